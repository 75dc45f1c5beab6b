// What goes with worse nights, in words: each factor's verdict, its figures and its interval.
import { formatNumber } from "./format";
import { panelText, pluralText, type Texts } from "./texts";
import type { Factor, Summary } from "./types";

/** The summary keys its factors by name; the insights command lists them. One shape for both. */
export function factorList(factors: Summary["insights"]["factors"]): Factor[] {
  return Object.entries(factors).map(([key, factor]) => ({ key, ...factor }));
}

// Clear verdicts first (worse, then better), then the unclear, then those without enough nights.
const ORDER = ["worse", "better", "no_clear_difference", "too_few_nights"];

/** Factors worth reading first: what is clear, then by how much more burden goes with them. */
export function sortedFactors(factors: readonly Factor[]): Factor[] {
  return [...factors].sort((a, b) => {
    const byVerdict = ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict);
    if (byVerdict) return byVerdict;
    return (b.difference ?? -Infinity) - (a.difference ?? -Infinity);
  });
}

export function factorName(texts: Texts, key: string): string {
  return panelText(texts, `factor_${key}`);
}

/** "12.5 (3.1 to 21.9)": the difference with its interval, or a dash without enough nights. */
export function differenceText(texts: Texts, factor: Factor, language: string): string {
  if (factor.difference === null || factor.difference_low === null || factor.difference_high === null) {
    return formatNumber(null, language);
  }
  return panelText(texts, "interval", {
    difference: formatNumber(factor.difference, language),
    low: formatNumber(factor.difference_low, language),
    high: formatNumber(factor.difference_high, language),
  });
}

export function factorSentence(texts: Texts, factor: Factor, language: string): string {
  const factorText = factorName(texts, factor.key);
  if (factor.verdict === "too_few_nights") {
    const { more_nights_with: more_with, more_nights_without: more_without } = factor;
    if (more_with && more_without) {
      return pluralText(texts, "factor_more_both", more_with, language, { factor: factorText, more_with, more_without });
    }
    if (more_with) return pluralText(texts, "factor_more_with", more_with, language, { factor: factorText, more: more_with });
    return pluralText(texts, "factor_more_without", more_without, language, { factor: factorText, more: more_without });
  }
  return panelText(texts, `factor_sentence_${factor.verdict}`, {
    factor: factorText,
    nights_with: factor.nights_with,
    nights_without: factor.nights_without,
    burden_with: formatNumber(factor.burden_with, language),
    burden_without: formatNumber(factor.burden_without, language),
    difference: formatNumber(factor.difference, language),
    low: formatNumber(factor.difference_low, language),
    high: formatNumber(factor.difference_high, language),
  });
}
