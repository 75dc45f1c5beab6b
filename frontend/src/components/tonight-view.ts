// Tonight: the plan in plain words, the lights and screens with their live state, skip or
// start now, and what has happened so far.
import { LitElement, css, html, nothing } from "lit";

import { detoxAction, errorMessage, type DetoxAction } from "../api";
import { entityName, formatList, formatNumber, formatTime, localeOf } from "../format";
import { tonightButtons, planLines, planSentence } from "../plan";
import { panelText, type Texts } from "../texts";
import { base } from "../styles";
import type { HomeAssistant, Tonight } from "../types";

type Action = Exclude<DetoxAction, "try_detox">;

const DONE_TEXT: Record<Action, string> = {
  skip_tonight: "skipped_done",
  start_detox: "started_done",
  resume_tonight: "resumed_done",
};

export class TonightView extends LitElement {
  static override properties = {
    hass: { attribute: false },
    entryId: { attribute: false },
    texts: { attribute: false },
    tonight: { attribute: false },
    compact: { type: Boolean },
    busy: { state: true },
    feedback: { state: true },
    error: { state: true },
  };

  declare hass: HomeAssistant;
  declare entryId: string;
  declare texts: Texts;
  declare tonight: Tonight | undefined;
  declare compact: boolean;
  declare busy: Action | undefined;
  declare feedback: string | undefined;
  declare error: string | undefined;

  constructor() {
    super();
    this.compact = false;
  }

  private t(name: string, values?: Record<string, string | number>): string {
    return panelText(this.texts, name, values);
  }

  private async run(action: Action): Promise<void> {
    this.busy = action;
    this.feedback = undefined;
    this.error = undefined;
    try {
      await detoxAction(this.hass, this.entryId, action);
      this.feedback = this.t(DONE_TEXT[action]);
    } catch (error) {
      this.error = errorMessage(error, this.texts);
    } finally {
      this.busy = undefined;
    }
  }

  protected override render(): unknown {
    const tonight = this.tonight;
    if (!tonight) return html`<p class="muted">${this.t("loading")}</p>`;
    const locale = localeOf(this.hass);
    const lines = planLines(tonight, { texts: this.texts, locale, name: (id) => entityName(this.hass, id) });
    const inactive = tonight.detox === "skipped" || tonight.detox === "missed" || tonight.detox === "off";
    return html`
      <h2>${this.t("tonight_title")}</h2>
      <p class="notice state ${tonight.detox}">${this.t(`detox_${tonight.detox}`)}</p>
      <sleep-hygiene-experiment-arm .hass=${this.hass} .texts=${this.texts} .arm=${tonight.experiment}></sleep-hygiene-experiment-arm>
      ${this.compact
        ? html`<p class="sentence ${inactive ? "inactive" : ""}">${planSentence(lines)}</p>`
        : html`<ol class="plan ${inactive ? "inactive" : ""}">
            ${lines.map(
              (line) => html`<li class=${line.status}>
                <span class="time">${line.time}</span><span class="what">${line.actions.join(", ")}</span>
                ${this.renderMark(line.status, line.started)}
              </li>`,
            )}
          </ol>`}
      ${this.renderActions(tonight)} ${this.compact ? nothing : this.renderDevices(tonight)}
      ${this.compact ? nothing : this.renderSoFar(tonight)}
    `;
  }

  /** "✓ started", "✓ done" or "skipped" beside a line of the plan. */
  private renderMark(status: string, started: boolean): unknown {
    if (status === "planned") return nothing;
    const text = status === "skipped" ? this.t("step_skipped") : `✓ ${this.t(started ? "step_started" : "step_done")}`;
    return html`<span class="mark ${status}">${text}</span>`;
  }

  private renderActions(tonight: Tonight): unknown {
    const can = tonightButtons(tonight);
    // Once lights-out has passed neither applies: say so rather than offer a refusal.
    const over =
      tonight.lights_out_passed && tonight.detox !== "off"
        ? html`<p class="muted over">${this.t("actions_over")}</p>`
        : nothing;
    return html`
      ${can.shown
        ? html`<div class="actions">
        ${can.resume
          ? html`<button class="action" ?disabled=${this.busy !== undefined} @click=${() => this.run("resume_tonight")}>
              ${this.t("resume")}
            </button>`
          : html`<button
              class="action"
              ?disabled=${!can.skip || this.busy !== undefined}
              @click=${() => this.run("skip_tonight")}
            >
              ${this.t("skip")}
            </button>`}
        <button
          class="action primary"
          ?disabled=${!can.start || this.busy !== undefined}
          @click=${() => this.run("start_detox")}
        >
          ${this.t("start")}
        </button>
      </div>
      ${can.resume
        ? html`<p class="muted resume-hint">
            ${this.t("resume_hint", { time: formatTime(this.lightsOut(tonight), localeOf(this.hass)) })}
          </p>`
        : nothing}`
        : over}
      ${this.feedback ? html`<p class="feedback" role="status">${this.feedback}</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    `;
  }

  private lightsOut(tonight: Tonight): string {
    return tonight.steps.find((step) => step.step === "lights_out")?.at ?? tonight.now;
  }

  private deviceState(entityId: string): string {
    const state = this.hass.states[entityId];
    if (!state) return this.t("entity_missing");
    const shown = this.hass.formatEntityState?.(state) ?? state.state;
    const brightness = state.attributes.brightness;
    if (state.state === "on" && typeof brightness === "number") {
      const language = localeOf(this.hass).language;
      return `${shown} · ${formatNumber(Math.round((brightness / 255) * 100), language)} %`;
    }
    return shown;
  }

  private renderDevices(tonight: Tonight): unknown {
    const devices = [
      ...tonight.lights.map((id) => ({ id, kind: "light" })),
      ...tonight.screens.map((id) => ({ id, kind: "screen" })),
    ];
    return html`
      <h3>${this.t("controls_title")}</h3>
      ${devices.length
        ? html`<ul class="devices">
            ${devices.map(
              ({ id, kind }) => html`<li data-entity=${id}>
                <span class="name">${entityName(this.hass, id)}</span>
                <span class="muted kind">${this.t(`kind_${kind}`)}</span>
                <span class="value">${this.deviceState(id)}</span>
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">${this.t("no_devices")}</p>`}
    `;
  }

  private renderSoFar(tonight: Tonight): unknown {
    const locale = localeOf(this.hass);
    const soFar = tonight.so_far;
    const items: string[] = [];
    if (soFar.detox_started_at) {
      items.push(this.t("so_far_detox_started", { time: formatTime(soFar.detox_started_at, locale) }));
    } else if (tonight.detox === "planned") {
      // A missed, skipped or switched-off night is said by the banner above: not "not yet".
      items.push(this.t("so_far_not_started"));
    }
    if (soFar.lights_out_at) items.push(this.t("so_far_lights_out", { time: formatTime(soFar.lights_out_at, locale) }));
    items.push(
      soFar.overrides.length
        ? this.t("so_far_overrides", {
            names: formatList(soFar.overrides.map((id) => entityName(this.hass, id)), locale.language),
          })
        : this.t("so_far_no_overrides"),
    );
    if (soFar.screen_minutes !== null) {
      items.push(this.t("so_far_screen_minutes", { minutes: formatNumber(soFar.screen_minutes, locale.language) }));
    }
    return html`<h3>${this.t("so_far_title")}</h3>
      <ul class="so-far">
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>`;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      .plan {
        list-style: none;
        padding: 0;
        margin: 12px 0;
      }
      .plan li {
        display: flex;
        gap: 12px;
        padding: 6px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .time {
        min-width: 72px;
        font-weight: 500;
        font-variant-numeric: tabular-nums;
      }
      .what {
        display: inline-block;
      }
      .what::first-letter {
        text-transform: uppercase;
      }
      .plan li.done .time,
      .plan li.done .what {
        color: var(--secondary-text-color);
      }
      .plan li.skipped .what {
        text-decoration: line-through;
        color: var(--secondary-text-color);
      }
      .mark {
        margin-inline-start: auto;
        font-size: 12px;
        white-space: nowrap;
        color: var(--secondary-text-color);
      }
      .mark.done {
        color: var(--success-color, #43a047);
      }
      .resume-hint {
        margin: 0 0 8px;
        font-size: 13px;
      }
      .inactive {
        opacity: 0.6;
      }
      .sentence {
        line-height: 1.5;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin: 12px 0;
      }
      .devices {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      .devices li {
        display: grid;
        grid-template-columns: 1fr auto;
        grid-template-areas: "name value" "kind value";
        padding: 6px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .name {
        grid-area: name;
      }
      .kind {
        grid-area: kind;
        font-size: 12px;
      }
      .value {
        grid-area: value;
        align-self: center;
      }
      .so-far {
        padding-inline-start: 20px;
        margin: 0;
      }
      .so-far li {
        padding: 2px 0;
      }
    `,
  ];
}
