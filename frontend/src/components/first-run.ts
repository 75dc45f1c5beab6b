// A bedroom's first evening: when the first detox runs, a short try of its dim, and what to add.
import { LitElement, css, html, nothing } from "lit";

import { detoxAction, errorMessage } from "../api";
import { formatTime, localeOf } from "../format";
import { panelText, type Texts } from "../texts";
import { base } from "../styles";
import type { HomeAssistant, Tonight } from "../types";

/** How long "Try it now" dims the lights (the try_detox action's default). */
export const TRY_MINUTES = 3;

/** Whether the first detox runs today or tomorrow, on the home's calendar as the panel shows it. */
export function firstDetoxDay(firstDetox: string, now: string, timeZone: string | undefined): "today" | "tomorrow" {
  const day = (iso: string): string => new Date(iso).toLocaleDateString("en-CA", { timeZone });
  return day(firstDetox) === day(now) ? "today" : "tomorrow";
}

export class FirstRun extends LitElement {
  static override properties = {
    hass: { attribute: false },
    entryId: { attribute: false },
    texts: { attribute: false },
    tonight: { attribute: false },
    busy: { state: true },
    error: { state: true },
  };

  declare hass: HomeAssistant;
  declare entryId: string;
  declare texts: Texts;
  declare tonight: Tonight | undefined;
  declare busy: boolean;
  declare error: string | undefined;

  constructor() {
    super();
    this.busy = false;
  }

  private t(name: string, values?: Record<string, string | number>): string {
    return panelText(this.texts, name, values);
  }

  private async tryIt(): Promise<void> {
    this.busy = true;
    this.error = undefined;
    try {
      await detoxAction(this.hass, this.entryId, "try_detox");
    } catch (error) {
      this.error = errorMessage(error, this.texts);
    } finally {
      this.busy = false;
    }
  }

  protected override render(): unknown {
    const tonight = this.tonight;
    const first = tonight?.first_run;
    if (!tonight || !first) return nothing;
    const locale = localeOf(this.hass);
    const time = formatTime(first.first_detox, locale);
    const day = firstDetoxDay(first.first_detox, tonight.now, locale.timeZone);
    const next = [
      first.has_phone ? undefined : this.t("next_phone"),
      first.has_climate ? undefined : this.t("next_climate"),
      first.has_lights ? undefined : this.t("next_lights"),
    ].filter((text): text is string => text !== undefined);
    const trying = tonight.trying_until;
    return html`<section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">${this.t("first_title")}</h2>
      <p class="when">${this.t(`first_detox_${day}`, { time })}</p>
      ${first.has_lights
        ? html`<p>${this.t("try_text", { minutes: TRY_MINUTES })}</p>
            <div class="actions">
              <button class="action primary" ?disabled=${this.busy || trying !== null} @click=${() => this.tryIt()}>
                ${this.t("try")}
              </button>
            </div>
            ${trying ? html`<p class="feedback" role="status">${this.t("trying", { time: formatTime(trying, locale) })}</p>` : nothing}`
        : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${next.length
        ? html`<h3>${this.t("next_title")}</h3>
            <ul class="next">
              ${next.map((text) => html`<li>${text}</li>`)}
            </ul>`
        : nothing}
    </section>`;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      .first-run {
        border: 2px solid var(--primary-color);
        border-radius: 12px;
        padding: 12px 16px;
        margin: 0 0 12px;
        background: var(--card-background-color, var(--ha-card-background, #fff));
      }
      h2 {
        margin-top: 0;
      }
      .when {
        font-size: 16px;
      }
      .actions {
        margin: 8px 0;
      }
      .next {
        padding-inline-start: 20px;
        margin: 0;
      }
      .next li {
        padding: 2px 0;
      }
    `,
  ];
}
