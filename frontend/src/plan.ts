// Tonight's plan in plain words: one line per moment, each with what happens then.
import { formatList, formatNumber, formatTemperature, formatTime, type Locale } from "./format";
import { panelText, type Texts } from "./texts";
import type { Tonight } from "./types";

export interface PlanLine {
  at: string;
  time: string;
  actions: string[];
  /** "done" or "skipped" when every step at that minute is; else "planned". */
  status: "planned" | "done" | "skipped";
  /** The detox has started: its line is at the real start. */
  started: boolean;
}

export interface PlanContext {
  texts: Texts;
  locale: Locale;
  /** The name shown for an entity id (its friendly name). */
  name: (entityId: string) => string;
}

function detoxActions(tonight: Tonight, context: PlanContext): string[] {
  const { texts, locale } = context;
  const language = locale.language;
  const actions: string[] = [];
  if (tonight.lights.length) {
    const { brightness_pct, night_brightness_pct, color_temp_kelvin } = tonight.dim;
    actions.push(
      panelText(texts, color_temp_kelvin ? "plan_dim" : "plan_dim_plain", {
        lights: formatList(tonight.lights.map(context.name), language),
        brightness: formatNumber(brightness_pct, language),
        night_brightness: formatNumber(night_brightness_pct, language),
      }),
    );
  }
  if (tonight.screens.length) {
    const screens = formatList(tonight.screens.map(context.name), language);
    const key = tonight.screen_policy === "keep_off" ? "plan_screens_kept_off" : "plan_screens_off";
    actions.push(panelText(texts, key, { screens }));
  }
  return actions.length ? actions : [panelText(texts, "plan_detox")];
}

function stepActions(step: string, tonight: Tonight, context: PlanContext): string[] {
  switch (step) {
    case "digital_detox":
      return detoxActions(tonight, context);
    case "lights_out":
      return [panelText(context.texts, tonight.lights.length ? "plan_lights_off" : "step_lights_out")];
    case "wake":
      return [panelText(context.texts, "plan_wake")];
    default:
      return [panelText(context.texts, `step_${step}`)];
  }
}

/** The plan's lines in time order; what happens at the same minute shares one line. */
export function planLines(tonight: Tonight, context: PlanContext): PlanLine[] {
  const events: PlanEvent[] = [];
  tonight.steps.forEach((step, index) => {
    events.push({
      at: step.at,
      actions: stepActions(step.step, tonight, context),
      order: index * 2 + 1,
      status: step.status,
      started: step.step === "digital_detox" && step.status === "done",
    });
  });
  const climate = tonight.climate;
  if (climate) {
    const temperature = formatTemperature(climate.target, climate.unit, context.locale.language);
    const passed = (at: string): PlanEvent["status"] => (Date.parse(at) <= Date.parse(tonight.now) ? "done" : "planned");
    // A skipped night leaves the thermostat alone too.
    const climateStatus = (at: string): PlanEvent["status"] => (tonight.detox === "skipped" ? "skipped" : passed(at));
    events.push({
      at: climate.at,
      actions: [panelText(context.texts, "plan_thermostat", { temperature })],
      order: 0,
      status: climateStatus(climate.at),
      started: false,
    });
    events.push({
      at: climate.restore_at,
      actions: [panelText(context.texts, "plan_restore")],
      order: 0,
      status: climateStatus(climate.restore_at),
      started: false,
    });
  }
  const byMinute = new Map<number, PlanEvent[]>();
  for (const event of events) {
    const minute = Math.floor(Date.parse(event.at) / 60_000);
    byMinute.set(minute, [...(byMinute.get(minute) ?? []), event]);
  }
  return [...byMinute.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, group]) => {
      const sorted = [...group].sort((a, b) => a.order - b.order);
      const at = sorted[0]?.at ?? "";
      const statuses = new Set(sorted.map((event) => event.status));
      const status = statuses.size === 1 ? (sorted[0]?.status ?? "planned") : "planned";
      return {
        at,
        time: formatTime(at, context.locale),
        actions: sorted.flatMap((event) => event.actions),
        status,
        started: sorted.some((event) => event.started),
      };
    });
}

interface PlanEvent {
  at: string;
  actions: string[];
  order: number;
  status: "planned" | "done" | "skipped";
  started: boolean;
}

/** The plan as one sentence: "21:30 thermostat to 65 °F · 22:00 dim … · 22:30 lights off". */
export function planSentence(lines: readonly PlanLine[]): string {
  return lines.map((line) => `${line.time} ${line.actions.join(", ")}`).join(" · ");
}

/**
 * Skip, start and resume: shown until tonight's lights-out, each enabled only where it applies.
 * A skipped night offers Resume in Skip's place.
 */
export function tonightButtons(tonight: Tonight): { shown: boolean; skip: boolean; start: boolean; resume: boolean } {
  const over = tonight.lights_out_passed || ["done", "missed", "first_tomorrow", "off"].includes(tonight.detox);
  return {
    shown: !over,
    skip: !over && (tonight.detox === "planned" || tonight.detox === "running"),
    start: !over && tonight.detox === "planned",
    resume: !over && tonight.detox === "skipped",
  };
}
