// A night as its sources measured it, row by row, each with where it came from. Shown beside the
// night's check-in answers, never merged with them.
import { formatList, formatNumber, formatTime, type Locale } from "./format";
import { panelText, type Texts } from "./texts";
import type { Measured } from "./types";

type Kind = "time" | "minutes" | "percent" | "count";
type MeasureKey = Exclude<keyof Measured, "sources" | "flags">;

/** The measures in the order a night goes: into bed, asleep, awake, up; then the figures. */
export const MEASURES: readonly (readonly [MeasureKey, Kind])[] = [
  ["into_bed", "time"],
  ["asleep_at", "time"],
  ["final_wake", "time"],
  ["out_of_bed", "time"],
  ["time_in_bed_minutes", "minutes"],
  ["latency_minutes", "minutes"],
  ["awakenings", "count"],
  ["times_out_of_bed", "count"],
  ["waso_minutes", "minutes"],
  ["total_sleep_minutes", "minutes"],
  ["efficiency_percent", "percent"],
  ["wearable_score", "count"],
  ["phone_screen_minutes", "minutes"],
];

export interface MeasuredRow {
  key: string;
  label: string;
  value: string;
  /** "From the bed sensor and the phone's sleep segment", or "" when no source is named. */
  source: string;
}

/** "bed+sleep_segment" in words: each source's text, joined as the language joins a list. */
export function sourceText(texts: Texts, source: string, language: string): string {
  const names = source.split("+").filter(Boolean);
  return formatList(
    names.map((name) => panelText(texts, `measured_source_${name}`)),
    language,
  );
}

function valueText(texts: Texts, kind: Kind, value: string | number, locale: Locale): string {
  if (kind === "time") return formatTime(String(value), locale);
  const figure = formatNumber(Number(value), locale.language);
  if (kind === "minutes") return panelText(texts, "measured_minutes", { minutes: figure });
  if (kind === "percent") return panelText(texts, "measured_percent", { percent: figure });
  return figure;
}

/** The rows of what was measured; a measure no source covered is left out, never guessed. */
export function measuredRows(measured: Measured, texts: Texts, locale: Locale): MeasuredRow[] {
  const rows: MeasuredRow[] = [];
  for (const [key, kind] of MEASURES) {
    const value = measured[key];
    if (value === null) continue;
    const source = measured.sources[key];
    rows.push({
      key,
      label: panelText(texts, `measure_${key}`),
      value: valueText(texts, kind, value, locale),
      source: source ? panelText(texts, "measured_from", { sources: sourceText(texts, source, locale.language) }) : "",
    });
  }
  return rows;
}
