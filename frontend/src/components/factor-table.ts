// What goes with worse nights as a table and in sentences: each factor's verdict, difference
// and interval; shown in the panel and in the summary.
import { html, nothing } from "lit";

import { formatNumber } from "../format";
import { differenceText, factorName, factorSentence, sortedFactors } from "../insight-text";
import { panelText, pluralText, type Texts } from "../texts";
import type { Factor } from "../types";

export function factorTable(
  texts: Texts,
  language: string,
  factors: readonly Factor[],
  likely: string | null,
  minimum: number,
): unknown {
  const t = (name: string, values?: Record<string, string | number>): string => panelText(texts, name, values);
  const sorted = sortedFactors(factors);
  const cell = (nights: number, burden: number | null): string =>
    pluralText(texts, "nights_burden", nights, language, { nights, burden: formatNumber(burden, language) });
  const labels = {
    factor: t("factor_column"),
    verdict: t("verdict_column"),
    difference: t("difference_column"),
    with: t("with_column"),
    without: t("without_column"),
  };
  return html`
    <p class="likely">
      ${likely ? t("likely_trigger", { factor: factorName(texts, likely) }) : t("no_trigger")}
    </p>
    <div class="fit">
      <table class="factors cards">
        <thead>
          <tr>
            <th>${labels.factor}</th>
            <th>${labels.verdict}</th>
            <th class="number">${labels.difference}</th>
            <th class="number">${labels.with}</th>
            <th class="number">${labels.without}</th>
          </tr>
        </thead>
        <tbody>
          ${sorted.map(
            (factor) => html`<tr
              data-factor=${factor.key}
              data-verdict=${factor.verdict}
              class=${factor.key === likely ? "likely-row" : ""}
            >
              <td class="title">${factorName(texts, factor.key)}</td>
              <td>${t(`verdict_${factor.verdict}`)}</td>
              <td class="number figure" data-label=${labels.difference}>
                ${differenceText(texts, factor, language)}
              </td>
              <td class="number" data-label=${labels.with}>${cell(factor.nights_with, factor.burden_with)}</td>
              <td class="number" data-label=${labels.without}>
                ${cell(factor.nights_without, factor.burden_without)}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <ul class="sentences">
      ${sorted.map((factor) =>
        factor.verdict === "too_few_nights" && factor.nights_with === 0
          ? nothing
          : html`<li data-factor=${factor.key}>${factorSentence(texts, factor, language)}</li>`,
      )}
    </ul>
    <p class="muted">${t("insights_note", { minimum: formatNumber(minimum, language) })}</p>
  `;
}

export function redFlagList(texts: Texts, active: readonly string[]): unknown {
  const t = (name: string): string => panelText(texts, name);
  return html`
    ${active.length
      ? html`<ul class="red-flags">
          ${active.map((key) => html`<li data-red-flag=${key}>${t(`red_flag_${key}`)}</li>`)}
        </ul>`
      : html`<p>${t("red_flags_none")}</p>`}
    <p class="muted">${t("red_flags_note")}</p>
  `;
}
