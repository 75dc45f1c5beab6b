// Trigger comparisons in words: "Alcohol: on 9 nights with it your burden averaged 58, …".
import { formatNumber } from "./format";
import { panelText, type Texts } from "./texts";
import type { Factor, Summary } from "./types";

/** The summary keys its factors by name; the insights command lists them. One shape for both. */
export function factorList(factors: Summary["insights"]["factors"]): Factor[] {
  return Object.entries(factors).map(([key, factor]) => ({ key, ...factor }));
}

/** Factors worth reading first: comparable ones by how much more burden goes with them. */
export function sortedFactors(factors: readonly Factor[]): Factor[] {
  return [...factors].sort((a, b) => {
    if (a.difference === null || b.difference === null) {
      return Number(a.difference === null) - Number(b.difference === null);
    }
    return b.difference - a.difference;
  });
}

export function factorName(texts: Texts, key: string): string {
  return panelText(texts, `factor_${key}`);
}

export function factorSentence(texts: Texts, factor: Factor, language: string): string {
  const values = {
    factor: factorName(texts, factor.key),
    nights_with: factor.nights_with,
    nights_without: factor.nights_without,
    burden_with: formatNumber(factor.burden_with, language),
    burden_without: formatNumber(factor.burden_without, language),
  };
  return panelText(texts, factor.difference === null ? "factor_not_enough" : "factor_sentence", values);
}
