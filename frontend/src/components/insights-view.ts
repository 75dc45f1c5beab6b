// Insights: the trigger comparison, active red flags, and the printable summary for a doctor.
import { LitElement, css, html } from "lit";

import { panelText, pluralText, type Texts } from "../texts";
import { base, cards, section } from "../styles";
import type { Insights, Summary } from "../types";
import { factorTable, redFlagList } from "./factor-table";
import { PrintPortal } from "./print-portal";
import { spanChips } from "./span-chips";

export class InsightsView extends LitElement {
  static override properties = {
    language: { attribute: false },
    texts: { attribute: false },
    insights: { attribute: false },
    summary: { attribute: false },
    span: { attribute: false },
  };

  declare language: string;
  declare texts: Texts;
  declare insights: Insights | undefined;
  declare summary: Summary | undefined;
  declare span: number;
  private readonly portal = new PrintPortal();

  override connectedCallback(): void {
    super.connectedCallback();
    this.portal.attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.portal.detach();
  }

  protected override updated(): void {
    this.portal.show(this.texts, this.language, this.summary);
  }

  private t(name: string, values?: Record<string, string | number>): string {
    return panelText(this.texts, name, values);
  }

  private pickSpan(span: number): void {
    this.dispatchEvent(new CustomEvent("summary-span-changed", { detail: span, bubbles: true, composed: true }));
  }

  protected override render(): unknown {
    const insights = this.insights;
    return html`
      <section class="insights">
        <h2>${this.t("insights_title")}</h2>
        ${insights
          ? html`<p class="muted">
                ${pluralText(this.texts, "insights_intro", insights.nights, this.language, { nights: insights.nights })}
              </p>
              ${factorTable(
                this.texts,
                this.language,
                insights.factors,
                insights.likely_trigger,
                insights.minimum_difference,
              )}`
          : html`<p class="muted">${this.t("loading")}</p>`}
      </section>
      <section class="red-flags">
        <h2>${this.t("red_flags_title")}</h2>
        ${insights ? redFlagList(this.texts, insights.red_flags) : html`<p class="muted">${this.t("loading")}</p>`}
      </section>
      <section class="summary">
        <div class="head">
          <h2>${this.t("summary_title")}</h2>
          ${spanChips(
            this.texts,
            this.t("summary_title"),
            this.span,
            (span) => {
              this.pickSpan(span);
            },
            this.language,
          )}
          <button
            class="action primary"
            ?disabled=${!this.summary}
            @click=${() => {
              window.print();
            }}
          >
            ${this.t("print")}
          </button>
        </div>
        <sleep-hygiene-summary
          .texts=${this.texts}
          .language=${this.language}
          .summary=${this.summary}
          .shownAbove=${true}
        ></sleep-hygiene-summary>
      </section>
    `;
  }

  static override styles = [
    base,
    section,
    cards,
    css`
      :host {
        display: block;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 12px;
        margin-bottom: 8px;
      }
      .head h2 {
        margin: 0;
        flex: 1 1 auto;
      }
      .likely-row td {
        font-weight: 500;
      }
    `,
  ];
}
