import { describe, expect, it } from "vitest";

import type { Locale } from "../src/format";
import { tonightButtons, planLines, planSentence } from "../src/plan";
import { NAMES, englishTexts, tonight } from "./fixtures";

const UTC24: Locale = { language: "en-GB", timeFormat: "24", timeZone: "UTC" };
const context = (locale: Locale = UTC24) => ({
  texts: englishTexts(),
  locale,
  name: (id: string) => NAMES[id] ?? id,
});

describe("tonight's plan in words", () => {
  it("says every moment in time order, in plain words", () => {
    expect(planSentence(planLines(tonight(), context()))).toBe(
      "14:30 caffeine cut-off · 21:30 thermostat to 65 °F · " +
        "22:00 dim Bed lamp, Ceiling light and Reading light to 40 %, warm, then slowly to 5 %, " +
        "TV and console off and kept off · 22:30 lights off · " +
        "06:30 thermostat back to its day setting, wake-up and morning check-in",
    );
  });

  it("puts what happens in the same minute on one line, thermostat first", () => {
    const lines = planLines(tonight(), context());
    expect(lines.map((line) => line.time)).toEqual(["14:30", "21:30", "22:00", "22:30", "06:30"]);
    expect(lines.at(-1)?.actions).toEqual(["thermostat back to its day setting", "wake-up and morning check-in"]);
  });

  it("leaves out what the bedroom does not have", () => {
    const bare = tonight({ lights: [], screens: [], climate: null, steps: tonight().steps.slice(1) });
    expect(planSentence(planLines(bare, context()))).toBe(
      "22:00 digital detox begins · 22:30 lights out · 06:30 wake-up and morning check-in",
    );
  });

  it("says screens only go off with the gentle policy, and no warmth without a colour", () => {
    const gentle = tonight({
      screen_policy: "gentle",
      lights: ["light.bed_lamp"],
      dim: { brightness_pct: 40, night_brightness_pct: 5, color_temp_kelvin: null },
    });
    const detox = planLines(gentle, context()).find((line) => line.time === "22:00");
    expect(detox?.actions).toEqual(["dim Bed lamp to 40 %, then slowly to 5 %", "TV and console off"]);
  });

  it("writes times in the user's format and zone", () => {
    const twelve = planLines(tonight(), context({ language: "en-US", timeFormat: "12", timeZone: "America/New_York" }));
    expect(twelve.map((line) => line.time)).toEqual(["9:30 AM", "4:30 PM", "5:00 PM", "5:30 PM", "1:30 AM"]);
  });
});

describe("skip and start", () => {
  it("apply before lights-out where the detox can still change", () => {
    expect(tonightButtons(tonight())).toEqual({ shown: true, skip: true, start: true, resume: false });
    expect(tonightButtons(tonight({ detox: "running" }))).toEqual({
      shown: true,
      skip: true,
      start: false,
      resume: false,
    });
  });

  it("offer Resume in Skip's place on a skipped night, until lights-out", () => {
    expect(tonightButtons(tonight({ detox: "skipped" }))).toEqual({
      shown: true,
      skip: false,
      start: false,
      resume: true,
    });
    expect(tonightButtons(tonight({ detox: "skipped", lights_out_passed: true })).resume).toBe(false);
  });

  it("are gone once lights-out has passed, whatever the detox did", () => {
    for (const detox of ["missed", "done", "running", "skipped"] as const) {
      expect(tonightButtons(tonight({ detox, lights_out_passed: true })).shown).toBe(false);
    }
    expect(tonightButtons(tonight({ detox: "off" })).shown).toBe(false);
    expect(tonightButtons(tonight({ detox: "first_tomorrow" })).shown).toBe(false);
  });
});

describe("the plan follows what happened", () => {
  it("shows a detox started by hand at its real start, marked started", () => {
    const steps = tonight().steps.map((step) =>
      step.step === "digital_detox" ? { ...step, at: "2026-11-25T19:12:00+00:00", status: "done" as const } : step,
    );
    const lines = planLines(tonight({ detox: "running", steps }), context());
    const detox = lines.find((line) => line.started);
    expect(detox?.time).toBe("19:12");
    expect(detox?.status).toBe("done");
    expect(lines.map((line) => line.time)).not.toContain("22:00");
  });

  it("marks a skipped night's detox, lights-out and thermostat as skipped, not the wake", () => {
    const steps = tonight().steps.map((step) =>
      ["digital_detox", "lights_out"].includes(step.step) ? { ...step, status: "skipped" as const } : step,
    );
    const lines = planLines(tonight({ detox: "skipped", steps }), context());
    const status = Object.fromEntries(lines.map((line) => [line.time, line.status]));
    expect(status).toEqual({ "14:30": "planned", "21:30": "skipped", "22:00": "skipped", "22:30": "skipped", "06:30": "planned" });
  });
});
