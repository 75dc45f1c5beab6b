// "Your journal": the whole journal downloaded as CSV (one row a night) or JSON.
import { LitElement, css, html, nothing } from "lit";

import { errorMessage, exportJournal } from "../api";
import { panelText, type Texts } from "../texts";
import { base } from "../styles";
import type { HomeAssistant } from "../types";

type Format = "csv" | "json";

export class JournalExport extends LitElement {
  static override properties = {
    hass: { attribute: false },
    entryId: { attribute: false },
    texts: { attribute: false },
    busy: { state: true },
    error: { state: true },
  };

  declare hass: HomeAssistant;
  declare entryId: string;
  declare texts: Texts;
  declare busy: Format | undefined;
  declare error: string | undefined;

  private t(name: string): string {
    return panelText(this.texts, name);
  }

  private async download(format: Format): Promise<void> {
    this.busy = format;
    this.error = undefined;
    try {
      const file = await exportJournal(this.hass, this.entryId, format);
      const url = URL.createObjectURL(new Blob([file.content], { type: `${file.mime_type};charset=utf-8` }));
      const link = document.createElement("a");
      link.href = url;
      link.download = file.filename;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      // The browser has the file once the click is handled.
      setTimeout(() => {
        URL.revokeObjectURL(url);
      }, 0);
    } catch (error) {
      this.error = errorMessage(error, this.texts);
    } finally {
      this.busy = undefined;
    }
  }

  protected override render(): unknown {
    return html`
      <h2>${this.t("export_title")}</h2>
      <p class="muted">${this.t("export_intro")}</p>
      <div class="actions">
        ${(["csv", "json"] as const).map(
          (format) => html`<button
            class="action"
            data-format=${format}
            ?disabled=${this.busy !== undefined}
            @click=${() => this.download(format)}
          >
            ${this.t(`export_${format}`)}
          </button>`,
        )}
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    `;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
    `,
  ];
}
