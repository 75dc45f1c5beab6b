// Trends: one bar per night for the score and for the symptom burden, the 7-night averages, and
// a night's score broken into its parts on a tap (fetched for that night alone: see "night-selected").
import { LitElement, css, html, nothing } from "lit";

import { barHeight, labelledNights, linePosition, neighbourNight } from "../chart";
import { formatNight, formatNumber, formatShortNight } from "../format";
import { panelText, type Texts } from "../texts";
import { base } from "../styles";
import type { Night, NightDetail, Nights } from "../types";
import { spanChips } from "./span-chips";

type Figure = "score" | "symptom_burden";

export class TrendsView extends LitElement {
  static override properties = {
    language: { attribute: false },
    timeFormat: { attribute: false },
    timeZone: { attribute: false },
    texts: { attribute: false },
    nights: { attribute: false },
    detail: { attribute: false },
    detailError: { attribute: false },
    span: { attribute: false },
    selected: { state: true },
  };

  declare language: string;
  declare timeFormat: string | undefined;
  declare timeZone: string | undefined;
  declare texts: Texts;
  declare nights: Nights | undefined;
  /** The selected night in full, once fetched (an earlier selection's until then). */
  declare detail: NightDetail | undefined;
  /** Why the selected night could not be fetched, as it came. */
  declare detailError: unknown;
  declare span: number;
  declare selected: string | undefined;

  private t(name: string, values?: Record<string, string | number>): string {
    return panelText(this.texts, name, values);
  }

  private pickSpan(span: number): void {
    this.dispatchEvent(new CustomEvent("span-changed", { detail: span, bubbles: true, composed: true }));
  }

  /** Select a night (undefined: none); the host fetches it in full and sets `detail`. */
  private select(night: string | undefined): void {
    this.selected = night;
    this.dispatchEvent(new CustomEvent("night-selected", { detail: night, bubbles: true, composed: true }));
  }

  protected override render(): unknown {
    const nights = this.nights;
    return html`
      <div class="head">
        <h2>${this.t("trends_title")}</h2>
        ${spanChips(
          this.texts,
          this.t("trends_title"),
          this.span,
          (span) => {
            this.pickSpan(span);
          },
          this.language,
        )}
      </div>
      ${nights ? this.renderCharts(nights) : html`<p class="muted">${this.t("loading")}</p>`}
    `;
  }

  private renderCharts(nights: Nights): unknown {
    const list = nights.nights;
    const anyAnswered = list.some((night) => night.score !== null || night.symptom_burden !== null);
    const selected = list.find((night) => night.night === this.selected);
    return html`
      ${anyAnswered ? nothing : html`<p class="notice">${this.t("no_nights")}</p>`}
      ${this.renderChart(list, "score", nights.score_average_7, "score", "score_hint")}
      ${this.renderChart(list, "symptom_burden", nights.symptom_burden_average_7, "burden", "burden_hint")}
      ${selected
        ? html`<sleep-hygiene-night-breakdown
            .texts=${this.texts}
            .language=${this.language}
            .timeFormat=${this.timeFormat}
            .timeZone=${this.timeZone}
            .night=${selected}
            .detail=${this.detail?.night === selected.night ? this.detail : undefined}
            .error=${this.detailError}
            .hasEarlier=${list.indexOf(selected) > 0}
            .hasLater=${list.indexOf(selected) < list.length - 1}
            @move=${(event: CustomEvent<number>) => {
              const names = list.map((night) => night.night);
              this.select(neighbourNight(names, selected.night, event.detail) ?? selected.night);
            }}
            @close=${() => {
              this.select(undefined);
            }}
          ></sleep-hygiene-night-breakdown>`
        : html`<p class="muted hint">${this.t("tap_a_night")}</p>`}
    `;
  }

  private renderChart(list: readonly Night[], figure: Figure, average: number | null, title: string, hint: string): unknown {
    const line = linePosition(average);
    const labels = new Set(labelledNights(list.length, 7));
    return html`
      <figure class="chart ${figure}" style="--count: ${list.length}">
        <figcaption>
          <span class="title">${this.t(title)}</span>
          <span class="muted">${this.t(hint)}</span>
          <span class="average">${this.t("average_7", { value: formatNumber(average, this.language) })}</span>
        </figcaption>
        <div class="plot">
          ${line === null ? nothing : html`<div class="average-line" style="bottom: ${line}%"></div>`}
          ${list.map((night) => {
            const value = night[figure];
            const height = barHeight(value);
            const label = `${formatNight(night.night, this.language)}: ${
              value === null ? this.t("not_answered") : formatNumber(value, this.language)
            }`;
            return html`<button
              class="night ${night.night === this.selected ? "selected" : ""}"
              title=${label}
              aria-label=${label}
              @click=${() => {
                this.select(night.night);
              }}
            >
              ${height === null ? html`<span class="empty"></span>` : html`<span class="bar" style="height: ${height}%"></span>`}
            </button>`;
          })}
        </div>
        <div class="labels" aria-hidden="true">
          ${list.map((night, index) => html`<span>${labels.has(index) ? formatShortNight(night.night, this.language) : ""}</span>`)}
        </div>
      </figure>
    `;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: 8px;
        margin-bottom: 8px;
      }
      .chart {
        margin: 0 0 16px;
      }
      figcaption {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        align-items: baseline;
        margin-bottom: 6px;
      }
      .title {
        font-weight: 500;
      }
      .average {
        margin-inline-start: auto;
        font-variant-numeric: tabular-nums;
      }
      .plot,
      .labels {
        display: grid;
        grid-template-columns: repeat(var(--count), minmax(0, 1fr));
        gap: 1px;
      }
      .plot {
        position: relative;
        height: 140px;
        border-bottom: 1px solid var(--divider-color);
      }
      .night {
        all: unset;
        display: flex;
        align-items: flex-end;
        justify-content: center;
        height: 100%;
        cursor: pointer;
        border-radius: 3px 3px 0 0;
      }
      .night:hover,
      .night.selected {
        background: var(--secondary-background-color);
      }
      .night:focus-visible {
        outline: 2px solid var(--primary-color);
      }
      .bar {
        width: 80%;
        max-width: 24px;
        min-width: 2px;
        border-radius: 3px 3px 0 0;
        background: var(--primary-color);
      }
      .symptom_burden .bar {
        background: var(--accent-color, var(--secondary-text-color));
      }
      .empty {
        width: 80%;
        max-width: 24px;
        height: 2px;
        background: var(--divider-color);
      }
      .average-line {
        position: absolute;
        left: 0;
        right: 0;
        border-top: 2px dashed var(--secondary-text-color);
        pointer-events: none;
      }
      .labels span {
        display: flex;
        justify-content: center;
        font-size: 11px;
        color: var(--secondary-text-color);
        white-space: nowrap;
      }
      .labels span:first-child {
        justify-content: flex-start;
      }
      .labels span:last-child {
        justify-content: flex-end;
      }
      .hint {
        margin: 0;
      }
    `,
  ];
}
