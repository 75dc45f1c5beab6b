import { describe, expect, it } from "vitest";

import { cardMode, windDownStart } from "../src/card-mode";
import type { Step } from "../src/types";

const STEPS: Step[] = [
  { step: "caffeine_cutoff", at: "2026-11-25T14:30:00Z", status: "planned" },
  { step: "digital_detox", at: "2026-11-25T22:00:00Z", status: "planned" },
  { step: "lights_out", at: "2026-11-25T22:30:00Z", status: "planned" },
  { step: "wake", at: "2026-11-26T06:30:00Z", status: "planned" },
];
const MORNING = new Date("2026-11-25T07:00:00Z");
const EVENING = new Date("2026-11-25T22:10:00Z");

describe("what the card shows", () => {
  it("shows the check-in in the morning until last night is answered", () => {
    expect(cardMode("auto", MORNING, false, STEPS)).toBe("morning");
    expect(cardMode(undefined, MORNING, true, STEPS)).toBe("tonight");
  });

  it("shows tonight's plan once the wind-down has begun, answered or not", () => {
    expect(cardMode("auto", EVENING, false, STEPS)).toBe("tonight");
    expect(cardMode("auto", new Date("2026-11-25T22:00:00Z"), false, STEPS)).toBe("tonight");
  });

  it("starts the wind-down at lights-out when there is no detox step", () => {
    const noDetox = STEPS.filter((step) => step.step !== "digital_detox");
    expect(windDownStart(noDetox)).toBe("2026-11-25T22:30:00Z");
    expect(cardMode("auto", EVENING, false, noDetox)).toBe("morning");
    expect(cardMode("auto", EVENING, false, [])).toBe("morning");
  });

  it("always shows what the card is set to", () => {
    expect(cardMode("morning", EVENING, true, STEPS)).toBe("morning");
    expect(cardMode("tonight", MORNING, false, STEPS)).toBe("tonight");
  });
});
