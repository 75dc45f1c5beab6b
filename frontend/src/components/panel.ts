// The "Sleep" sidebar panel: one tab per bedroom, and Morning, Tonight, Trends and Insights.
import { LitElement, css, html, nothing, type PropertyValues } from "lit";

import { errorMessage, fetchBedroomsWithFirstView, type Kind } from "../api";
import { BedroomSource } from "../bedroom-source";
import { localeOf } from "../format";
import { panelText, textLanguage, type Texts } from "../texts";
import { TextsController } from "../texts-controller";
import { base, section } from "../styles";
import type { Bedroom, HomeAssistant } from "../types";

const TABS = ["morning", "tonight", "trends", "insights"] as const;
type Tab = (typeof TABS)[number];

/** The view a link asks for with `?view=`, if it is one. */
export function linkedTab(search: string): Tab | undefined {
  const view = new URLSearchParams(search).get("view");
  return TABS.find((tab) => tab === view);
}

export class SleepPanel extends LitElement {
  static override properties = {
    hass: { attribute: false },
    narrow: { attribute: false },
    bedrooms: { state: true },
    entryId: { state: true },
    tab: { state: true },
    error: { state: true },
    nightsSpan: { state: true },
    trendsNight: { state: true },
    summarySpan: { state: true },
    morningNight: { state: true },
  };

  declare hass: HomeAssistant;
  declare narrow: boolean;
  declare bedrooms: Bedroom[] | undefined;
  declare entryId: string | undefined;
  declare tab: Tab | undefined;
  /** An error as it came; said in the user's language when shown. */
  declare error: unknown;
  declare nightsSpan: number;
  /** The night tapped on Trends, fetched in full for its breakdown. */
  declare trendsNight: string | undefined;
  declare summarySpan: number;
  /** The night picked on Morning (a missed morning); undefined: the one due now. */
  declare morningNight: string | undefined;
  private readonly source = new BedroomSource(this);
  private readonly text = new TextsController(this);

  constructor() {
    super();
    this.nightsSpan = 28;
    this.summarySpan = 14;
    // A link may open a view: a red-flag notice opens Insights (/sleep-hygiene?view=insights).
    this.tab = linkedTab(window.location.search);
  }

  private get texts(): Texts {
    return this.text.texts;
  }

  private t(name: string, values?: Record<string, string | number>): string {
    return panelText(this.texts, name, values);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hass) return;
    this.text.follow(this.hass);
    if (!this.bedrooms && changed.has("hass") && !changed.get("hass")) void this.loadBedrooms();
    this.source.use(this.hass, this.entryId);
    // The first tab is known once the morning is: before what it shows is asked for.
    const morning = this.source.data.morning;
    if (!this.tab && morning) this.tab = morning.answered ? "tonight" : "morning";
    for (const [kind, params] of this.wanted()) this.source.want(kind, params);
  }

  private wanted(): [Kind, Record<string, unknown>][] {
    const morning = this.morningNight ? { night: this.morningNight } : {};
    const wanted: [Kind, Record<string, unknown>][] = [["morning", morning]];
    if (this.tab === "tonight") wanted.push(["tonight", {}]);
    if (this.tab === "trends") wanted.push(["nights", { nights: this.nightsSpan }]);
    if (this.tab === "trends" && this.trendsNight) wanted.push(["night", { night: this.trendsNight }]);
    if (this.tab === "insights") wanted.push(["insights", {}], ["summary", { nights: this.summarySpan }]);
    if (this.tab === "insights") wanted.push(["experiments", {}]);
    return wanted;
  }

  private async loadBedrooms(): Promise<void> {
    try {
      const { bedrooms, firstView } = await fetchBedroomsWithFirstView(this.hass);
      this.bedrooms = bedrooms;
      this.entryId ??= bedrooms[0]?.entry_id;
      this.source.use(this.hass, this.entryId, firstView);
    } catch (error) {
      this.error = error ?? "error";
    }
  }

  private pickBedroom(entryId: string): void {
    this.entryId = entryId;
    this.tab = undefined;
    this.morningNight = undefined;
  }

  protected override render(): unknown {
    return html`
      <div class="toolbar">
        <ha-menu-button .hass=${this.hass} .narrow=${this.narrow}></ha-menu-button>
        <div class="title">${this.t("title")}</div>
      </div>
      <div class="content">${this.renderContent()}</div>
    `;
  }

  private renderContent(): unknown {
    const failed = this.error ?? this.text.error;
    if (failed) return html`<p class="error" role="alert">${errorMessage(failed, this.texts)}</p>`;
    if (!this.bedrooms) return html`<p class="muted">${this.t("loading")}</p>`;
    if (!this.bedrooms.length) return html`<p class="notice">${this.t("no_bedrooms")}</p>`;
    return html`
      ${this.bedrooms.length > 1
        ? html`<nav class="tabs bedrooms" role="tablist">
            ${this.bedrooms.map((bedroom) =>
              this.renderTab(bedroom.name, bedroom.entry_id === this.entryId, () => {
                this.pickBedroom(bedroom.entry_id);
              }),
            )}
          </nav>`
        : nothing}
      <nav class="tabs views" role="tablist">
        ${TABS.map((tab) =>
          this.renderTab(this.t(`tab_${tab}`), tab === this.tab, () => {
            this.tab = tab;
          }),
        )}
      </nav>
      ${this.renderTabContent()}
    `;
  }

  private renderTab(label: string, selected: boolean, pick: () => void): unknown {
    return html`<button role="tab" class="tab" aria-selected=${selected ? "true" : "false"} @click=${pick}>
      ${label}
    </button>`;
  }

  private renderError(kinds: Kind[]): unknown {
    const error = kinds.map((kind) => this.source.errors[kind]).find(Boolean);
    return error ? html`<p class="error" role="alert">${errorMessage(error, this.texts)}</p>` : nothing;
  }

  private renderTabContent(): unknown {
    const { data } = this.source;
    const entryId = this.entryId ?? "";
    const language = textLanguage(this.hass);
    switch (this.tab) {
      case undefined:
        return this.renderError(["morning"]) === nothing
          ? html`<p class="muted">${this.t("loading")}</p>`
          : this.renderError(["morning"]);
      case "morning":
        return html`${this.renderError(["morning"])}<section>
            <sleep-hygiene-morning
              .hass=${this.hass}
              .entryId=${entryId}
              .texts=${this.texts}
              .morning=${data.morning}
              pickable
              @night-picked=${(event: CustomEvent<string | undefined>) => {
                this.morningNight = event.detail;
              }}
            ></sleep-hygiene-morning>
          </section>`;
      case "tonight":
        return html`${this.renderError(["tonight"])}
          <sleep-hygiene-first-run
            .hass=${this.hass}
            .entryId=${entryId}
            .texts=${this.texts}
            .tonight=${data.tonight}
          ></sleep-hygiene-first-run>
          <section>
            <sleep-hygiene-tonight
              .hass=${this.hass}
              .entryId=${entryId}
              .texts=${this.texts}
              .tonight=${data.tonight}
            ></sleep-hygiene-tonight>
          </section>
          ${this.hass.user?.is_admin
            ? html`<section>
                <sleep-hygiene-dashboard-yaml
                  .hass=${this.hass}
                  .entryId=${entryId}
                  .texts=${this.texts}
                ></sleep-hygiene-dashboard-yaml>
              </section>`
            : nothing}`;
      case "trends":
        return html`${this.renderError(["nights"])}<section>
            <sleep-hygiene-trends
              .language=${language}
              .timeFormat=${localeOf(this.hass).timeFormat}
              .timeZone=${localeOf(this.hass).timeZone}
              .texts=${this.texts}
              .nights=${data.nights}
              .detail=${data.night}
              .detailError=${this.source.errors.night}
              .span=${this.nightsSpan}
              @span-changed=${(event: CustomEvent<number>) => {
                this.nightsSpan = event.detail;
              }}
              @night-selected=${(event: CustomEvent<string | undefined>) => {
                this.trendsNight = event.detail;
              }}
            ></sleep-hygiene-trends>
          </section>
          <section>
            <sleep-hygiene-journal-export
              .hass=${this.hass}
              .entryId=${entryId}
              .texts=${this.texts}
            ></sleep-hygiene-journal-export>
          </section>`;
      case "insights":
        return html`${this.renderError(["insights", "summary", "experiments"])}
          <sleep-hygiene-experiment .hass=${this.hass} .entryId=${entryId} .texts=${this.texts} .experiments=${data.experiments}></sleep-hygiene-experiment>
          <sleep-hygiene-insights
            .language=${language}
            .texts=${this.texts}
            .insights=${data.insights}
            .summary=${data.summary}
            .span=${this.summarySpan}
            @summary-span-changed=${(event: CustomEvent<number>) => {
              this.summarySpan = event.detail;
            }}
          ></sleep-hygiene-insights>`;
    }
  }

  static override styles = [
    base,
    section,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--primary-background-color);
      }
      .toolbar {
        display: flex;
        align-items: center;
        height: var(--header-height, 56px);
        padding: 0 12px;
        gap: 12px;
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-bottom: var(--app-header-border-bottom, none);
        box-sizing: border-box;
      }
      .title {
        font-size: 20px;
        font-weight: 400;
      }
      .content {
        max-width: 960px;
        margin: 0 auto;
        padding: 8px 12px 24px;
      }
      .tabs {
        display: flex;
        overflow-x: auto;
        gap: 4px;
        margin: 0 0 12px;
        border-bottom: 1px solid var(--divider-color);
      }
      .tab {
        font: inherit;
        font-size: 15px;
        background: none;
        border: none;
        border-bottom: 3px solid transparent;
        color: var(--secondary-text-color);
        padding: 10px 12px;
        cursor: pointer;
        white-space: nowrap;
      }
      .tab[aria-selected="true"] {
        color: var(--primary-color);
        border-bottom-color: var(--primary-color);
      }
      .tab:focus-visible {
        outline: 2px solid var(--primary-color);
      }
      @media print {
        .toolbar,
        .tabs {
          display: none;
        }
      }
    `,
  ];
}
