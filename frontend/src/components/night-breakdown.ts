// One night's score in its parts: each with its points, its maximum and its source, in words.
// The title comes from the night's bar at once; the parts, answers and measures once `detail`
// (sleep_hygiene/night) is there.
import { LitElement, css, html, nothing } from "lit";

import { errorMessage } from "../api";
import { formatNight, formatNumber, type Locale } from "../format";
import { measuredRows } from "../measured";
import { optionText, panelText, type Texts } from "../texts";
import { base } from "../styles";
import type { Night, NightDetail, Part } from "../types";

// The groups in the score's order; a group the model adds later comes after them.
const GROUPS = ["bedroom", "habits", "symptoms", "measured"];

export function partGroups(parts: readonly Part[]): string[] {
  return [...new Set([...GROUPS, ...parts.map((part) => part.group)])].filter((group) =>
    parts.some((part) => part.group === group),
  );
}

export class NightBreakdown extends LitElement {
  static override properties = {
    texts: { attribute: false },
    language: { attribute: false },
    timeFormat: { attribute: false },
    timeZone: { attribute: false },
    night: { attribute: false },
    detail: { attribute: false },
    error: { attribute: false },
    hasEarlier: { attribute: false },
    hasLater: { attribute: false },
  };

  declare texts: Texts;
  declare language: string;
  declare timeFormat: string | undefined;
  declare timeZone: string | undefined;
  declare night: Night;
  /** The same night in full, or undefined while it is on its way. */
  declare detail: NightDetail | undefined;
  /** Why it could not be fetched, as it came (shown only while `detail` is missing). */
  declare error: unknown;
  declare hasEarlier: boolean;
  declare hasLater: boolean;

  private t(name: string, values?: Record<string, string | number>): string {
    return panelText(this.texts, name, values);
  }

  private send(name: string, detail?: number): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  protected override render(): unknown {
    const night = this.night;
    const when = formatNight(night.night, this.language);
    const title =
      night.score === null
        ? this.t("breakdown_no_score", { night: when })
        : this.t("breakdown_title", { night: when, score: formatNumber(night.score, this.language) });
    return html`
      <div class="breakdown" role="region" aria-label=${title}>
        <div class="head">
          <h3>${title}</h3>
          <div class="nav">
            <button class="action" ?disabled=${!this.hasEarlier} @click=${() => { this.send("move", -1); }}>
              ${this.t("earlier_night")}
            </button>
            <button class="action" ?disabled=${!this.hasLater} @click=${() => { this.send("move", 1); }}>
              ${this.t("later_night")}
            </button>
            <button class="action" @click=${() => { this.send("close"); }}>${this.t("close")}</button>
          </div>
        </div>
        ${night.symptom_burden === null
          ? nothing
          : html`<p>${this.t("breakdown_burden", { burden: formatNumber(night.symptom_burden, this.language) })}</p>`}
        ${this.renderDetail(this.detail)}
      </div>
    `;
  }

  private renderDetail(detail: NightDetail | undefined): unknown {
    if (!detail) {
      return this.error
        ? html`<p class="error" role="alert">${errorMessage(this.error, this.texts)}</p>`
        : html`<p class="muted">${this.t("loading")}</p>`;
    }
    return html`
      ${detail.parts.length
        ? partGroups(detail.parts).map((group) =>
            this.renderGroup(group, detail.parts.filter((part) => part.group === group)),
          )
        : html`<p class="muted">${this.t("breakdown_empty")}</p>`}
      ${this.renderSideBySide(detail)}
    `;
  }

  private get locale(): Locale {
    return { language: this.language, timeFormat: this.timeFormat ?? "language", timeZone: this.timeZone };
  }

  /** The check-in as answered and the night as measured, in two columns: never merged. */
  private renderSideBySide(night: NightDetail): unknown {
    if (!night.answers && !night.measured) return nothing;
    const answers = Object.entries(night.answers ?? {});
    const rows = night.measured ? measuredRows(night.measured, this.texts, this.locale) : [];
    return html`
      <div class="side-by-side">
        <section class="answers" aria-label=${this.t("answers_title")}>
          <h4>${this.t("answers_title")}</h4>
          ${night.answers
            ? html`<dl>
                ${answers.map(
                  ([question, answer]) => html`<div data-answer=${question}>
                    <dt>${this.t(`question_${question}`)}</dt>
                    <dd>${answer ? optionText(this.texts, question, answer) : this.t("not_answered")}</dd>
                  </div>`,
                )}
              </dl>
              ${night.notes ? html`<p class="notes">${this.t("notes_shown", { notes: night.notes })}</p>` : nothing}`
            : html`<p class="muted">${this.t("answers_none")}</p>`}
        </section>
        <section class="measured" aria-label=${this.t("measured_title")}>
          <h4>${this.t("measured_title")}</h4>
          ${rows.length
            ? html`<dl>
                ${rows.map(
                  (row) => html`<div data-measure=${row.key}>
                    <dt>${row.label}</dt>
                    <dd>${row.value}</dd>
                    ${row.source ? html`<dd class="muted source">${row.source}</dd>` : nothing}
                  </div>`,
                )}
              </dl>`
            : html`<p class="muted">${this.t("measured_none")}</p>`}
          ${night.measured?.flags.length ? html`<p class="muted">${this.t("measured_flags")}</p>` : nothing}
        </section>
      </div>
      <p class="muted apart">${this.t("side_by_side_note")}</p>
    `;
  }

  private renderGroup(group: string, parts: readonly Part[]): unknown {
    return html`
      <h4>${this.t(`group_${group}`)}</h4>
      <ul>
        ${parts.map(
          (part) => html`<li data-part=${part.key}>
            <span class="name">${this.t(`part_${part.key}`)}</span>
            <span class="points">
              ${part.points === null
                ? this.t("points_missing")
                : this.t("points", {
                    points: formatNumber(part.points, this.language),
                    max: formatNumber(part.max_points, this.language),
                  })}
            </span>
            <span class="muted source">${this.t("source", { source: this.t(`source_${part.source}`) })}</span>
          </li>`,
        )}
      </ul>
    `;
  }

  static override styles = [
    base,
    css`
      .breakdown {
        border-top: 1px solid var(--divider-color);
        padding-top: 8px;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
      }
      .head h3 {
        margin: 8px 0;
      }
      .nav {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      h4 {
        margin: 12px 0 4px;
        font-weight: 500;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li {
        display: grid;
        grid-template-columns: 1fr auto;
        grid-template-areas: "name points" "source source";
        padding: 6px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .name {
        grid-area: name;
      }
      .points {
        grid-area: points;
        font-variant-numeric: tabular-nums;
      }
      .source {
        grid-area: source;
        font-size: 12px;
      }
      .side-by-side {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(170px, 1fr));
        gap: 0 16px;
      }
      dl {
        margin: 0;
      }
      dl > div {
        padding: 4px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      dt {
        font-size: 12px;
        color: var(--secondary-text-color);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .notes {
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
      .apart {
        font-size: 12px;
      }
    `,
  ];
}
