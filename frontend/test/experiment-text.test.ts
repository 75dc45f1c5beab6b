import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { armLine, chartPairs, experimentHeading, resultSentences, signed } from "../src/experiment-text";
import type { ArmComparison, NightArm, ShownExperiment } from "../src/experiment-types";
import type { Locale } from "../src/format";
import { englishTexts } from "./fixtures";

const texts = englishTexts();
const LONDON: Locale = { language: "en", timeFormat: "24", timeZone: "Europe/London" };
const TWELVE: Locale = { language: "en", timeFormat: "12", timeZone: "Europe/London" };

function arm(overrides: Partial<NightArm> = {}): NightArm {
  return {
    night: "2026-11-25",
    change: "no_caffeine_after_cutoff",
    arm: "change",
    number: 3,
    nights: 14,
    at: "2026-11-25T14:00:00+00:00",
    target_c: null,
    target: null,
    unit: "°C",
    ...overrides,
  };
}

function comparison(overrides: Partial<ArmComparison> = {}): ArmComparison {
  return {
    pairs: 7,
    mean_change: 20,
    mean_usual: 35.5,
    difference: -15.5,
    difference_low: -24,
    difference_high: -6.25,
    verdict: "clearly_lower",
    more_pairs_needed: 0,
    ...overrides,
  };
}

function finished(overrides: Partial<ShownExperiment> = {}): ShownExperiment {
  return {
    change: "no_alcohol",
    first_night: "2026-02-01",
    last_night: "2026-02-14",
    arms: ["change", "usual", "usual", "change"],
    stopped_at: null,
    stopped_early: false,
    status: "finished",
    unit: "°C",
    target: null,
    usual_target: null,
    minutes_earlier: null,
    usual_detox_minutes: null,
    nights: null,
    result: {
      as_of: "2026-02-14",
      nights_run: 14,
      unanswered: 1,
      pairs_dropped: 1,
      arms: { change: { kept: 6, not_kept: 1, unknown: 0 }, usual: { kept: 6, not_kept: 0, unknown: 1 } },
      as_assigned: comparison(),
      per_protocol: comparison({ pairs: 4, verdict: "too_few_nights", difference_low: null, difference_high: null }),
      measured: { sleep_latency: comparison({ difference: -5, verdict: "no_clear_difference", difference_high: 2 }) },
    },
    ...overrides,
  };
}

describe("the night's part of an experiment", () => {
  it("names the cut-off in the user's time format, or says as usual", () => {
    expect(armLine(texts, arm(), LONDON)).toBe("Today: no caffeine after 14:00 (night 3 of 14 of your experiment).");
    expect(armLine(texts, arm(), TWELVE)).toBe("Today: no caffeine after 2:00 PM (night 3 of 14 of your experiment).");
    expect(armLine(texts, arm({ arm: "usual" }), LONDON)).toBe("Today: as usual (night 3 of 14 of your experiment).");
  });

  it("says the bedroom's own target and detox time on both arms", () => {
    const target = arm({ change: "bedroom_target", at: null, target: 65, unit: "°F" });
    expect(armLine(texts, target, LONDON)).toContain("the bedroom at 65 °F");
    expect(armLine(texts, { ...target, arm: "usual", target: 68 }, LONDON)).toContain("the bedroom at its usual 68 °F");
    const detox = arm({ change: "earlier_detox", at: "2026-11-25T21:30:00+00:00" });
    expect(armLine(texts, detox, LONDON)).toContain("the detox earlier, at 21:30");
  });
});

describe("a finished experiment in words", () => {
  it("says the verdict, the difference with its interval, per protocol and measured, labelled", () => {
    expect(resultSentences(texts, finished(), "en")).toEqual([
      "Symptom burden was clearly lower on nights with the change.",
      "With the change minus as usual: -15.5 points (90 % interval -24 to -6.3), over 7 pairs of nights as the draw assigned them.",
      "Mean symptom burden: 20 with the change, 35.5 as usual.",
      "Per protocol, only the pairs whose two nights kept to their part: too few to tell (4).",
      "Time to fall asleep, with the change minus as usual: -5 (90 % interval -24 to +2), over 7 measured pairs.",
      "1 of 14 nights without an answer; 1 pair left out.",
    ]);
  });

  it("says too few nights with how many more pairs are needed", () => {
    const few = finished();
    few.result!.as_assigned = comparison({ pairs: 3, verdict: "too_few_nights", more_pairs_needed: 2 });
    expect(resultSentences(texts, few, "en")[0]).toBe(
      "Too few nights to tell: 3 complete pairs, and an interval needs 2 more.",
    );
    few.result!.as_assigned = comparison({ pairs: 1, verdict: "too_few_nights", more_pairs_needed: 4 });
    expect(resultSentences(texts, few, "en")[0]).toBe(
      "Too few nights to tell: 1 complete pair, and an interval needs 4 more.",
    );
    expect(resultSentences(texts, finished({ result: null }), "en")).toEqual([]);
  });

  it("heads it with the change and its nights, stopped early said", () => {
    expect(experimentHeading(texts, finished({ stopped_early: true }), "en")).toBe(
      "No alcohol: Sun, Feb 1 to Sat, Feb 14 (stopped early)",
    );
  });

  it("signs a difference, and pairs the nights for the chart", () => {
    expect([signed(-3.25, "de"), signed(0, "en"), signed(null, "en")]).toEqual(["-3,3", "0", "–"]);
    const nights = [
      { night: "2026-02-01", arm: "usual" as const, symptom_burden: 40, kept: true },
      { night: "2026-02-02", arm: "change" as const, symptom_burden: 10, kept: true },
      { night: "2026-02-03", arm: "change" as const, symptom_burden: null, kept: null },
    ];
    expect(chartPairs(nights)).toEqual([{ number: 1, change: 10, usual: 40 }]);
  });
});

describe("every experiment text the frontend uses", () => {
  it("is in the integration's English translations", () => {
    const code = ["../src/components/experiment-view.ts", "../src/experiment-text.ts"]
      .map((file) => readFileSync(new URL(file, import.meta.url), "utf8"))
      .join("\n");
    const used = [...code.matchAll(/(?:say|experimentText)\((?:texts, )?"([a-z0-9_]+)"/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((name) => !(`common.experiment_${name}` in texts))).toEqual([]);
    const keys = ["today", "arm_usual", "unanswered_one", "unanswered_other", "verdict_too_few_nights_one", "clearly_means"];
    expect(keys.filter((name) => !(`common.experiment_${name}` in texts))).toEqual([]);
  });
});
