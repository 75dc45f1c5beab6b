// The experiment in words: "Today: no caffeine after 14:00 (night 3 of 14 …)", and a result's verdict.
import type { ArmComparison, ExperimentNight, NightArm, ShownExperiment } from "./experiment-types";
import { formatNight, formatNumber, formatTime, type Locale } from "./format";
import { lookup, pluralLookup, type Texts, type Values } from "./texts";

// The usual arm of these says what the house does as usual; of a habit, "as usual".
const OWN_USUAL = ["bedroom_target", "earlier_detox"];
// The measured comparisons, by the night's measure they read (their panel names).
const MEASURES: Record<string, string> = {
  sleep_latency: "latency_minutes",
  sleep_efficiency: "efficiency_percent",
  sleep_awakenings: "awakenings",
};

export function experimentText(texts: Texts, name: string, values?: Values): string {
  return lookup(texts, `common.experiment_${name}`, values);
}

/** An experiment text that names a count: `common.experiment_<name>_<category>`. */
function experimentCount(texts: Texts, name: string, count: number, language: string, values: Values): string {
  return pluralLookup(texts, `common.experiment_${name}`, count, language, values);
}

export function changeName(texts: Texts, change: string): string {
  return lookup(texts, `selector.experiment_change.options.${change}`);
}

/** The line for a night of an experiment, as the backend says it with the thanks. */
export function armLine(texts: Texts, arm: NightArm, locale: Locale): string {
  const key =
    arm.arm === "change"
      ? `arm_change_${arm.change}`
      : OWN_USUAL.includes(arm.change)
        ? `arm_usual_${arm.change}`
        : "arm_usual";
  const what = experimentText(texts, key, {
    time: arm.at === null ? "" : formatTime(arm.at, locale),
    target: arm.target === null ? "" : `${formatNumber(arm.target, locale.language)} ${arm.unit}`,
  });
  return experimentText(texts, "today", { arm: what, number: arm.number, nights: arm.nights });
}

/** A signed figure: "−12.5", "+3", "0". */
export function signed(value: number | null, language: string): string {
  if (value === null) return "–";
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(value);
}

function figures(comparison: ArmComparison, language: string): Values {
  return {
    difference: signed(comparison.difference, language),
    low: signed(comparison.difference_low, language),
    high: signed(comparison.difference_high, language),
    pairs: comparison.pairs,
    more: comparison.more_pairs_needed,
  };
}

/** What a finished experiment showed, sentence by sentence (the verdict first). */
export function resultSentences(texts: Texts, experiment: ShownExperiment, language: string): string[] {
  const result = experiment.result;
  const assigned = result?.as_assigned;
  if (!result || !assigned) return [];
  const verdict =
    assigned.verdict === "too_few_nights"
      ? experimentCount(texts, "verdict_too_few_nights", assigned.pairs, language, figures(assigned, language))
      : experimentText(texts, `verdict_${assigned.verdict}`, figures(assigned, language));
  const sentences = [verdict];
  if (assigned.verdict !== "too_few_nights") {
    sentences.push(experimentText(texts, "difference", figures(assigned, language)));
    sentences.push(
      experimentText(texts, "means", {
        change: formatNumber(assigned.mean_change, language),
        usual: formatNumber(assigned.mean_usual, language),
      }),
    );
  }
  const protocol = result.per_protocol;
  if (protocol) {
    const key = protocol.verdict === "too_few_nights" ? "per_protocol_too_few" : "per_protocol";
    sentences.push(experimentText(texts, key, figures(protocol, language)));
  }
  for (const [key, measured] of Object.entries(result.measured ?? {})) {
    const measure = lookup(texts, `common.panel_measure_${MEASURES[key] ?? key}`);
    const name = measured.verdict === "too_few_nights" ? "measured_too_few" : "measured";
    sentences.push(experimentText(texts, name, { ...figures(measured, language), measure }));
  }
  sentences.push(
    experimentCount(texts, "unanswered", result.pairs_dropped, language, {
      unanswered: result.unanswered,
      nights: result.nights_run,
      dropped: result.pairs_dropped,
    }),
  );
  return sentences;
}

/** "No alcohol: 1 Feb to 14 Feb" (and "stopped early"). */
export function experimentHeading(texts: Texts, experiment: ShownExperiment, language: string): string {
  const span = experimentText(texts, "span", {
    first: formatNight(experiment.first_night, language),
    last: formatNight(experiment.last_night, language),
  });
  const stopped = experiment.stopped_early ? ` (${experimentText(texts, "stopped_early")})` : "";
  return `${changeName(texts, experiment.change)}: ${span}${stopped}`;
}

export interface ChartPair {
  number: number;
  change: number | null;
  usual: number | null;
}

/** The nights as pairs, each pair's burden with the change and as usual (a night to come: none). */
export function chartPairs(nights: readonly ExperimentNight[]): ChartPair[] {
  const pairs: ChartPair[] = [];
  for (let index = 0; index + 1 < nights.length; index += 2) {
    const both = [nights[index], nights[index + 1]];
    const burden = (arm: string): number | null =>
      both.find((night) => night?.arm === arm)?.symptom_burden ?? null;
    pairs.push({ number: index / 2 + 1, change: burden("change"), usual: burden("usual") });
  }
  return pairs;
}
