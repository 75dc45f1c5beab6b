// custom:sleep-hygiene-card: the morning check-in or tonight's plan, by the rule in card-mode.ts.
import { LitElement, css, html, nothing } from "lit";

import { errorMessage, fetchBedroomsWithFirstView } from "../api";
import { BedroomSource } from "../bedroom-source";
import { cardMode } from "../card-mode";
import { panelText, type Texts } from "../texts";
import { TextsController } from "../texts-controller";
import { base } from "../styles";
import type { CardConfig, HomeAssistant } from "../types";

export const PANEL_PATH = "/sleep-hygiene";

export class SleepCard extends LitElement {
  static override properties = {
    hass: { attribute: false },
    config: { state: true },
    entryId: { state: true },
    error: { state: true },
    justCheckedIn: { state: true },
    noBedroom: { state: true },
  };

  declare hass: HomeAssistant;
  declare config: CardConfig;
  declare entryId: string | undefined;
  /** An error as it came; said in the user's language when shown. */
  declare error: unknown;
  declare justCheckedIn: boolean;
  declare noBedroom: boolean;
  private readonly source = new BedroomSource(this);
  private readonly text = new TextsController(this);
  private picking = false;

  constructor() {
    super();
    this.justCheckedIn = false;
    this.noBedroom = false;
  }

  static getConfigElement(): HTMLElement {
    return document.createElement("sleep-hygiene-card-editor");
  }

  static getStubConfig(): Omit<CardConfig, "type"> {
    return {};
  }

  setConfig(config: CardConfig): void {
    this.config = config;
    this.entryId = config.entry_id;
    this.error = undefined;
  }

  getCardSize(): number {
    return 8;
  }

  getGridOptions(): Record<string, number> {
    return { columns: 12, min_columns: 6, min_rows: 4 };
  }

  private get texts(): Texts {
    return this.text.texts;
  }

  private t(name: string, values?: Record<string, string | number>): string {
    return panelText(this.texts, name, values);
  }

  protected override willUpdate(): void {
    if (!this.hass) return;
    this.text.follow(this.hass);
    // No bedroom chosen (or the editor's choice cleared): the first one.
    if (!this.entryId && !this.picking && !this.noBedroom && !this.error) void this.pickFirstBedroom();
    this.source.use(this.hass, this.entryId);
    this.source.want("morning");
    this.source.want("tonight");
  }

  private async pickFirstBedroom(): Promise<void> {
    this.picking = true;
    try {
      const { bedrooms, firstView } = await fetchBedroomsWithFirstView(this.hass);
      this.entryId = bedrooms[0]?.entry_id;
      if (!this.entryId) this.noBedroom = true;
      this.source.use(this.hass, this.entryId, firstView);
    } catch (error) {
      this.error = error ?? "error";
    } finally {
      this.picking = false;
    }
  }

  private openPanel(event: Event): void {
    event.preventDefault();
    history.pushState(null, "", PANEL_PATH);
    window.dispatchEvent(new CustomEvent("location-changed", { detail: { replace: false } }));
  }

  protected override render(): unknown {
    return html`<ha-card>
      <div class="card-content">${this.renderBody()}</div>
      <div class="card-actions">
        <a href=${PANEL_PATH} @click=${(event: Event) => {
          this.openPanel(event);
        }}>${this.t("open_panel")}</a>
      </div>
    </ha-card>`;
  }

  private renderBody(): unknown {
    const { morning, tonight } = this.source.data;
    if (this.noBedroom) return html`<p class="notice">${this.t("no_bedrooms")}</p>`;
    const failed = this.error ?? this.text.error ?? this.source.errors.morning ?? this.source.errors.tonight;
    if (failed) return html`<p class="error" role="alert">${errorMessage(failed, this.texts)}</p>`;
    if (!morning || !tonight || !this.entryId) return html`<p class="muted">${this.t("loading")}</p>`;
    const mode = this.justCheckedIn ? "morning" : cardMode(this.config.mode, new Date(), morning.answered, tonight.steps);
    if (mode === "morning") {
      return html`<sleep-hygiene-morning
          .hass=${this.hass}
          .entryId=${this.entryId}
          .texts=${this.texts}
          .morning=${morning}
          @checked-in=${() => {
            this.justCheckedIn = true;
          }}
        ></sleep-hygiene-morning>
        ${this.justCheckedIn
          ? html`<button
              class="action"
              @click=${() => {
                this.justCheckedIn = false;
              }}
            >
              ${this.t("see_tonight")}
            </button>`
          : nothing}`;
    }
    return html`<sleep-hygiene-tonight
      compact
      .hass=${this.hass}
      .entryId=${this.entryId}
      .texts=${this.texts}
      .tonight=${tonight}
    ></sleep-hygiene-tonight>`;
  }

  static override styles = [
    base,
    css`
      ha-card {
        display: block;
        height: 100%;
        box-sizing: border-box;
      }
      .card-content {
        padding: 16px;
      }
      .card-actions {
        border-top: 1px solid var(--divider-color);
        padding: 8px 16px;
      }
      a {
        color: var(--primary-color);
        text-decoration: none;
      }
      button.action {
        margin-top: 12px;
      }
    `,
  ];
}
