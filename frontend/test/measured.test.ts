import { describe, expect, it } from "vitest";

import { MEASURES, measuredRows, sourceText } from "../src/measured";
import type { Measured } from "../src/types";
import { englishTexts } from "./fixtures";

const texts = englishTexts();
const locale = { language: "en", timeFormat: "24", timeZone: "UTC" };

function night(overrides: Partial<Measured> = {}): Measured {
  return {
    into_bed: "2026-02-28T22:40:00+00:00",
    asleep_at: "2026-02-28T23:05:00+00:00",
    final_wake: null,
    out_of_bed: null,
    time_in_bed_minutes: 490,
    latency_minutes: 25,
    awakenings: 1,
    times_out_of_bed: null,
    waso_minutes: null,
    total_sleep_minutes: null,
    efficiency_percent: 89.4,
    wearable_score: null,
    phone_screen_minutes: 7,
    sources: {
      into_bed: "bed",
      asleep_at: "sleep_segment",
      time_in_bed_minutes: "bed",
      latency_minutes: "bed+sleep_segment",
      awakenings: "bed_shared+sleep_confidence",
      efficiency_percent: "bed+sleep_segment",
      phone_screen_minutes: "phone",
    },
    flags: [],
    ...overrides,
  };
}

describe("a measured night", () => {
  it("lists what was measured, in the night's order, each with where it came from", () => {
    const rows = measuredRows(night(), texts, locale);
    expect(rows.map((row) => [row.label, row.value, row.source])).toEqual([
      ["Into bed", "22:40", "from the bed sensor"],
      ["Fell asleep", "23:05", "from the phone's sleep segment"],
      ["Time in bed", "490 min", "from the bed sensor"],
      ["Time to fall asleep", "25 min", "from the bed sensor and the phone's sleep segment"],
      [
        "Awakenings longer than 5 minutes",
        "1",
        "from the shared bed sensor and the phone's sleep confidence",
      ],
      ["Sleep efficiency", "89.4 %", "from the bed sensor and the phone's sleep segment"],
      ["Phone screens on after the detox began", "7 min", "from the phone's screen"],
    ]);
  });

  it("leaves out what no source covered, and follows the 12-hour format", () => {
    const rows = measuredRows(night({ asleep_at: null, latency_minutes: null, phone_screen_minutes: null }), texts, {
      ...locale,
      timeFormat: "12",
    });
    expect(rows.map((row) => row.key)).toEqual(["into_bed", "time_in_bed_minutes", "awakenings", "efficiency_percent"]);
    expect(rows[0]?.value).toBe("10:40 PM");
  });

  it("names every measure and source the integration sends", () => {
    const sources = ["bed", "bed_shared", "sleep_segment", "sleep_confidence", "wearable", "phone"];
    const names = [...MEASURES.map(([key]) => `measure_${key}`), ...sources.map((s) => `measured_source_${s}`)];
    expect(names.filter((name) => !(`common.panel_${name}` in texts))).toEqual([]);
    expect(sourceText(texts, "bed+wearable", "en")).toBe("the bed sensor and the wearable");
  });
});
