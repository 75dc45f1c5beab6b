// For an administrator: the bedroom's dashboard of built-in cards (sleep_hygiene/dashboard), with
// its real entity ids, to paste into a dashboard's raw configuration editor.
import { LitElement, css, html, nothing } from "lit";

import { errorMessage } from "../api";
import { panelText, type Texts } from "../texts";
import { base } from "../styles";
import type { HomeAssistant } from "../types";

export class DashboardYaml extends LitElement {
  static override properties = {
    hass: { attribute: false },
    entryId: { attribute: false },
    texts: { attribute: false },
    yaml: { state: true },
    copied: { state: true },
    error: { state: true },
  };

  declare hass: HomeAssistant;
  declare entryId: string;
  declare texts: Texts;
  declare yaml: string | undefined;
  declare copied: boolean;
  declare error: string | undefined;

  constructor() {
    super();
    this.copied = false;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("entryId")) {
      this.yaml = undefined;
      this.copied = false;
    }
  }

  private t(name: string): string {
    return panelText(this.texts, name);
  }

  private async load(): Promise<void> {
    this.error = undefined;
    try {
      const reply = await this.hass.connection.sendMessagePromise<{ yaml: string }>({
        type: "sleep_hygiene/dashboard",
        entry_id: this.entryId,
      });
      this.yaml = reply.yaml;
    } catch (error) {
      this.error = errorMessage(error, this.texts);
    }
  }

  private async copy(): Promise<void> {
    const area = this.renderRoot.querySelector("textarea");
    try {
      await navigator.clipboard.writeText(this.yaml ?? "");
      this.copied = true;
    } catch {
      // No clipboard outside a secure page: select it, for the person to copy.
      area?.select();
    }
  }

  protected override render(): unknown {
    return html`
      <h3>${this.t("dashboard_title")}</h3>
      <p class="muted">${this.t("dashboard_intro")}</p>
      ${this.yaml === undefined
        ? html`<button class="action" @click=${() => this.load()}>${this.t("dashboard_show")}</button>`
        : html`<textarea readonly rows="12" aria-label=${this.t("dashboard_title")}>${this.yaml}</textarea>
            <button class="action" @click=${() => this.copy()}>
              ${this.copied ? this.t("copied") : this.t("copy")}
            </button>`}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    `;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      textarea {
        box-sizing: border-box;
        width: 100%;
        font-family: var(--ha-font-family-code, monospace);
        font-size: 12px;
        color: var(--primary-text-color);
        background: var(--secondary-background-color);
        border: 1px solid var(--divider-color);
        border-radius: 4px;
        margin-bottom: 8px;
      }
    `,
  ];
}
