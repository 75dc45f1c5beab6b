// The card's visual editor: which bedroom, and whether to follow the time of day.
import { LitElement, css, html, type PropertyValues } from "lit";

import { errorMessage, fetchBedrooms } from "../api";
import { panelText, type Texts } from "../texts";
import { TextsController } from "../texts-controller";
import { base } from "../styles";
import type { Bedroom, CardConfig, HomeAssistant } from "../types";

const MODES = ["auto", "morning", "tonight"] as const;

export class SleepCardEditor extends LitElement {
  static override properties = {
    hass: { attribute: false },
    config: { state: true },
    bedrooms: { state: true },
    error: { state: true },
  };

  declare hass: HomeAssistant;
  declare config: CardConfig;
  declare bedrooms: Bedroom[] | undefined;
  declare error: unknown;
  private readonly text = new TextsController(this);

  setConfig(config: CardConfig): void {
    this.config = config;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hass) return;
    this.text.follow(this.hass);
    if (changed.has("hass") && !changed.get("hass")) {
      fetchBedrooms(this.hass).then(
        (bedrooms) => (this.bedrooms = bedrooms),
        (error: unknown) => (this.error = error ?? "error"),
      );
    }
  }

  private get texts(): Texts {
    return this.text.texts;
  }

  private t(name: string): string {
    return panelText(this.texts, name);
  }

  private change(key: "entry_id" | "mode", value: string): void {
    const config: CardConfig = { ...this.config };
    if (value) config[key] = value as never;
    else delete config[key];
    if (key === "mode" && value === "auto") delete config.mode;
    this.config = config;
    this.dispatchEvent(new CustomEvent("config-changed", { detail: { config }, bubbles: true, composed: true }));
  }

  protected override render(): unknown {
    if (!this.config) return html``;
    return html`
      <label>
        <span>${this.t("editor_bedroom")}</span>
        <select
          name="entry_id"
          @change=${(event: Event) => {
            this.change("entry_id", (event.target as HTMLSelectElement).value);
          }}
        >
          <option value="" ?selected=${!this.config.entry_id}>${this.t("editor_first_bedroom")}</option>
          ${(this.bedrooms ?? []).map(
            (bedroom) =>
              html`<option value=${bedroom.entry_id} ?selected=${bedroom.entry_id === this.config.entry_id}>
                ${bedroom.name}
              </option>`,
          )}
        </select>
      </label>
      <label>
        <span>${this.t("editor_mode")}</span>
        <select
          name="mode"
          @change=${(event: Event) => {
            this.change("mode", (event.target as HTMLSelectElement).value);
          }}
        >
          ${MODES.map(
            (mode) =>
              html`<option value=${mode} ?selected=${(this.config.mode ?? "auto") === mode}>${this.t(`mode_${mode}`)}</option>`,
          )}
        </select>
      </label>
      ${this.error ? html`<p class="error">${errorMessage(this.error, this.texts)}</p>` : ""}
    `;
  }

  static override styles = [
    base,
    css`
      :host {
        display: grid;
        gap: 16px;
      }
      label {
        display: grid;
        gap: 4px;
      }
      select {
        font: inherit;
        padding: 8px;
        border-radius: 4px;
        border: 1px solid var(--divider-color);
        background: var(--card-background-color, var(--secondary-background-color));
        color: var(--primary-text-color);
      }
    `,
  ];
}
