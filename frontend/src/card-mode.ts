// What the card shows: the morning check-in or tonight's plan.
//
// The rule: the check-in while last night is not answered and this evening's wind-down has not
// begun (its digital detox, else its lights-out); tonight's plan otherwise. So the morning
// shows the check-in until it is answered, and the evening (and the night) shows the plan. A
// card set to "morning" or "tonight" always shows that.
import type { Step } from "./types";

export type CardMode = "morning" | "tonight";

/** When this evening's wind-down begins: the detox, else lights-out; null without either. */
export function windDownStart(steps: readonly Step[]): string | null {
  const detox = steps.find((step) => step.step === "digital_detox");
  const lightsOut = steps.find((step) => step.step === "lights_out");
  return (detox ?? lightsOut)?.at ?? null;
}

export function cardMode(
  setting: "auto" | CardMode | undefined,
  now: Date,
  lastNightAnswered: boolean,
  tonightSteps: readonly Step[],
): CardMode {
  if (setting === "morning" || setting === "tonight") return setting;
  if (lastNightAnswered) return "tonight";
  const start = windDownStart(tonightSteps);
  return start === null || now.getTime() < Date.parse(start) ? "morning" : "tonight";
}
