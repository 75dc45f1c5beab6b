// The summary to take to a doctor: the last 14-90 nights, averages, answers, red flags and
// triggers, all over the span chosen. Shown in the panel, and printed from a copy at the top of
// the page (print-portal).
import { LitElement, css, html, nothing } from "lit";

import { formatNight, formatNumber } from "../format";
import { factorList } from "../insight-text";
import { optionText, panelText, pluralText, type Texts } from "../texts";
import { base, cards } from "../styles";
import type { Summary, SummaryNight } from "../types";
import { experimentSummary, resultStyles } from "./experiment-view";
import { factorTable, redFlagList } from "./factor-table";

const QUESTIONS = ["twitches", "leg_sensations", "awakenings", "pain", "rested", "caffeine", "alcohol", "evening"];
// The averages over the span (the response also has the sensors' 7- and 28-night figures).
const AVERAGES: [string, string][] = [
  ["score", "average_score"],
  ["bedroom", "group_bedroom"],
  ["habits", "group_habits"],
  ["symptoms", "group_symptoms"],
  ["symptom_burden", "average_burden"],
];

export class SummaryView extends LitElement {
  static override properties = {
    texts: { attribute: false },
    language: { attribute: false },
    summary: { attribute: false },
    shownAbove: { attribute: false },
  };

  declare texts: Texts;
  declare language: string;
  declare summary: Summary | undefined;
  /** On the Insights view, which shows the red flags and insights above: only the print has them. */
  declare shownAbove: boolean;

  private t(name: string, values?: Record<string, string | number>): string {
    return panelText(this.texts, name, values);
  }

  private number(value: number | null | undefined): string {
    return formatNumber(value, this.language);
  }

  /** "72 (5 nights)": an average with the nights it rests on, or that no night had it. */
  private average(summary: Summary, key: string): string {
    const nights = summary.average_nights[key] ?? 0;
    const value = summary.averages[key];
    if (!nights || value === null || value === undefined) return this.t("average_no_night");
    return pluralText(this.texts, "average_nights", nights, this.language, { value: this.number(value), nights });
  }

  protected override render(): unknown {
    const summary = this.summary;
    if (!summary) return html`<p class="muted">${this.t("loading")}</p>`;
    const questions = QUESTIONS.filter((question) => question in summary.answer_counts);
    // The weekly question (what to tell a doctor) is counted, not given a column of its own.
    const counted = [...QUESTIONS, "doctor_signs"].filter((question) => question in summary.answer_counts);
    const labels = {
      score: this.t("column_score"),
      burden: this.t("column_burden"),
      notes: this.t("column_notes"),
    };
    return html`
      <article>
        <h2>${this.t("summary_heading", { bedroom: summary.bedroom })}</h2>
        <p>
          ${summary.nights.length
            ? this.t("summary_span", {
                first: formatNight(summary.first_night, this.language),
                last: formatNight(summary.last_night, this.language),
              })
            : this.t("summary_empty")}
        </p>
        <p class="muted">${this.t("summary_note")}</p>
        <h3>${this.t("summary_averages")}</h3>
        <table class="averages">
          ${AVERAGES.filter(([key]) => key in summary.averages).map(
            ([key, label]) => html`<tr data-average=${key}>
              <th>${this.t(label)}</th>
              <td class="number">${this.average(summary, key)}</td>
            </tr>`,
          )}
          <tr>
            <th>${this.t("summary_streak")}</th>
            <td class="number">${this.number(summary.check_in_streak)}</td>
          </tr>
        </table>
        ${this.shownAbove
          ? html`<p class="muted">${this.t("summary_printed_adds")}</p>`
          : html`<h3>${this.t("red_flags_title")}</h3>
              ${redFlagList(this.texts, summary.red_flags.active)}
              <h3>${this.t("insights_title")}</h3>
              <p class="muted">
                ${pluralText(this.texts, "insights_intro", summary.insights.nights, this.language, {
                  nights: summary.insights.nights,
                })}
              </p>
              ${factorTable(
                this.texts,
                this.language,
                factorList(summary.insights.factors),
                summary.insights.likely_trigger,
                summary.insights.minimum_difference,
              )}`}
        ${experimentSummary(this.texts, this.language, summary.experiments)}
        <h3>${this.t("summary_answers")}</h3>
        <table class="answers">
          ${counted.map(
            (question) => html`<tr>
              <th>${this.t(`question_${question}`)}</th>
              <td>
                ${Object.entries(summary.answer_counts[question] ?? {})
                  .map(([option, count]) => `${optionText(this.texts, question, option)}: ${count}`)
                  .join(" · ")}
              </td>
            </tr>`,
          )}
        </table>
        <h3>${this.t("summary_nights")}</h3>
        <div class="fit">
          <table class="nights cards">
            <thead>
              <tr>
                <th>${this.t("column_night")}</th>
                <th class="number">${labels.score}</th>
                <th class="number">${labels.burden}</th>
                ${questions.map((question) => html`<th>${this.t(`question_${question}`)}</th>`)}
                <th>${labels.notes}</th>
              </tr>
            </thead>
            <tbody>
              ${summary.nights.map((night) => this.renderNight(night, questions, labels))}
            </tbody>
          </table>
        </div>
      </article>
    `;
  }

  private renderNight(
    night: SummaryNight,
    questions: readonly string[],
    labels: { score: string; burden: string; notes: string },
  ): unknown {
    const answers = night.check_in?.answers ?? {};
    const notes = [night.check_in?.notes, night.detox_skipped ? this.t("summary_skipped") : null].filter(Boolean);
    return html`<tr data-night=${night.night}>
      <td class="when title">${formatNight(night.night, this.language)}</td>
      <td class="number figure" data-label=${labels.score}>${this.number(night.score?.score)}</td>
      <td class="number figure" data-label=${labels.burden}>${this.number(night.score?.symptom_burden)}</td>
      ${night.recorded
        ? questions.map((question) => {
            const answer = answers[question];
            return html`<td data-label=${this.t(`question_${question}`)}>
              ${answer ? optionText(this.texts, question, answer) : "–"}
            </td>`;
          })
        : html`<td colspan=${questions.length} class="muted">${this.t("summary_no_record")}</td>`}
      <td data-label=${labels.notes}>${notes.length ? notes.join(" · ") : nothing}</td>
    </tr>`;
  }

  static override styles = [
    base,
    cards,
    resultStyles,
    css`
      :host {
        display: block;
      }
      .averages {
        width: auto;
      }
      .nights,
      .answers {
        font-size: 13px;
      }
      .when {
        white-space: nowrap;
      }
      .answers th,
      .answers td {
        overflow-wrap: anywhere;
      }
      .likely-row td {
        font-weight: 500;
      }
      .red-flags li,
      .sentences li {
        padding: 2px 0;
      }
      @media print {
        :host {
          color: #000;
          font-size: 10pt;
        }
        .muted,
        th {
          color: #333;
        }
        th,
        td {
          border-bottom-color: #bbb;
          padding: 3px 4px;
        }
        .nights,
        .answers {
          font-size: 8pt;
        }
        tr {
          break-inside: avoid;
        }
        h2,
        h3 {
          break-after: avoid;
        }
      }
    `,
  ];
}
