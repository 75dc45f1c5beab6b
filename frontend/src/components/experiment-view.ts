// The personal experiment on the Insights view: start one, follow the one running, stop it, and
// read the finished ones (in words, with a chart of the two arms). Also the night's part shown on
// Tonight, the card and the morning's thanks, and the results in the summary for a doctor.
import { LitElement, css, html, nothing, svg } from "lit";

import { errorMessage } from "../api";
import { armLine, changeName, chartPairs, experimentHeading, experimentText, resultSentences } from "../experiment-text";
import type { Experiments, NightArm, ShownExperiment } from "../experiment-types";
import { formatNight, localeOf } from "../format";
import { panelText, textLanguage, type Texts, type Values } from "../texts";
import { base } from "../styles";
import type { HomeAssistant } from "../types";

type Fields = Record<string, string | number>;

function startExperiment(hass: HomeAssistant, entryId: string, fields: Fields): Promise<unknown> {
  return hass.connection.sendMessagePromise({ type: "sleep_hygiene/start_experiment", entry_id: entryId, ...fields });
}

function stopExperiment(hass: HomeAssistant, entryId: string): Promise<unknown> {
  return hass.connection.sendMessagePromise({ type: "sleep_hygiene/stop_experiment", entry_id: entryId });
}

const CHART_PAIR_WIDTH = 24;
const CHART_BAR_WIDTH = 8;

/** Each pair of nights: the burden with the change beside the burden as usual (0-100). */
function armsChart(texts: Texts, experiment: ShownExperiment): unknown {
  const pairs = chartPairs(experiment.nights ?? []);
  if (!pairs.length) return nothing;
  const width = pairs.length * CHART_PAIR_WIDTH;
  const bar = (value: number | null, x: number, arm: string): unknown =>
    value === null
      ? nothing
      : svg`<rect class=${arm} x=${x} y=${100 - Math.max(value, 1)} width=${CHART_BAR_WIDTH}
          height=${Math.max(value, 1)}></rect>`;
  return html`<figure class="arms-chart">
    <svg viewBox="0 0 ${width} 100" preserveAspectRatio="none" role="img" aria-label=${experimentText(texts, "chart_label")}>
      <line class="axis" x1="0" y1="100" x2=${width} y2="100"></line>
      ${pairs.map(
        (pair, index) => svg`${bar(pair.change, index * CHART_PAIR_WIDTH + 3, "change")}
          ${bar(pair.usual, index * CHART_PAIR_WIDTH + 3 + CHART_BAR_WIDTH + 1, "usual")}`,
      )}
    </svg>
    <figcaption>
      <span class="swatch change"></span>${experimentText(texts, "legend_change")}
      <span class="swatch usual"></span>${experimentText(texts, "legend_usual")}
    </figcaption>
  </figure>`;
}

/** A finished experiment: what it was, its result in words, and the chart. */
export function experimentResult(texts: Texts, language: string, experiment: ShownExperiment): unknown {
  const [verdict, ...rest] = resultSentences(texts, experiment, language);
  return html`<article class="result" data-change=${experiment.change}>
    <h3>${experimentHeading(texts, experiment, language)}</h3>
    ${verdict ? html`<p class="verdict">${verdict}</p>` : nothing}
    ${rest.map((sentence) => html`<p>${sentence}</p>`)} ${armsChart(texts, experiment)}
    <p class="muted">${experimentText(texts, "clearly_means")}</p>
  </article>`;
}

/** The finished experiments in the summary for a doctor (nothing when there are none). */
export function experimentSummary(texts: Texts, language: string, experiments: readonly ShownExperiment[] | undefined): unknown {
  const finished = (experiments ?? []).filter((experiment) => experiment.status === "finished");
  if (!finished.length) return nothing;
  return html`<h3>${experimentText(texts, "summary_title")}</h3>
    ${finished.map((experiment) => experimentResult(texts, language, experiment))}`;
}

export const resultStyles = css`
  .result h3 {
    font-size: 15px;
    font-weight: 500;
    margin: 12px 0 4px;
  }
  .result p {
    margin: 4px 0;
    line-height: 1.45;
  }
  .verdict {
    font-weight: 500;
  }
  .arms-chart {
    margin: 8px 0;
  }
  .arms-chart svg {
    width: 100%;
    max-width: 480px;
    height: 96px;
    display: block;
  }
  .arms-chart rect.change,
  .swatch.change {
    fill: var(--primary-color);
    background: var(--primary-color);
  }
  .arms-chart rect.usual,
  .swatch.usual {
    fill: var(--secondary-text-color);
    background: var(--secondary-text-color);
    opacity: 0.6;
  }
  .arms-chart .axis {
    stroke: var(--divider-color);
    stroke-width: 1;
  }
  figcaption {
    font-size: 13px;
    color: var(--secondary-text-color);
  }
  .swatch {
    display: inline-block;
    width: 10px;
    height: 10px;
    margin: 0 4px 0 8px;
    border-radius: 2px;
  }
  .swatch:first-child {
    margin-left: 0;
  }
`;

/** The night's part of a running experiment, where the person looks (nothing outside one). */
export class ExperimentArm extends LitElement {
  static override properties = {
    hass: { attribute: false },
    texts: { attribute: false },
    arm: { attribute: false },
  };

  declare hass: HomeAssistant;
  declare texts: Texts;
  declare arm: NightArm | null | undefined;

  protected override render(): unknown {
    if (!this.arm || !this.hass) return nothing;
    return html`<p class="arm ${this.arm.arm}">${armLine(this.texts, this.arm, localeOf(this.hass))}</p>`;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      .arm {
        margin: 8px 0;
        padding: 8px 12px;
        border-radius: 4px;
        border-left: 4px solid var(--secondary-text-color);
        background: var(--secondary-background-color);
      }
      .arm.change {
        border-left-color: var(--primary-color);
      }
    `,
  ];
}

export class ExperimentView extends LitElement {
  static override properties = {
    hass: { attribute: false },
    entryId: { attribute: false },
    texts: { attribute: false },
    experiments: { attribute: false },
    change: { state: true },
    nights: { state: true },
    target: { state: true },
    minutes: { state: true },
    busy: { state: true },
    confirming: { state: true },
    error: { state: true },
  };

  declare hass: HomeAssistant;
  declare entryId: string;
  declare texts: Texts;
  declare experiments: Experiments | undefined;
  declare change: string;
  declare nights: number | undefined;
  declare target: number | undefined;
  declare minutes: number;
  declare busy: boolean;
  declare confirming: boolean;
  declare error: string | undefined;

  constructor() {
    super();
    this.change = "no_caffeine_after_cutoff";
    this.minutes = 30;
    this.busy = false;
    this.confirming = false;
  }

  private say(name: string, values?: Values): string {
    return experimentText(this.texts, name, values);
  }

  private get language(): string {
    return textLanguage(this.hass);
  }

  private async act(action: () => Promise<unknown>): Promise<void> {
    this.busy = true;
    this.error = undefined;
    try {
      await action();
      this.confirming = false;
    } catch (error) {
      this.error = errorMessage(error, this.texts);
    } finally {
      this.busy = false;
    }
  }

  private start(): void {
    const choices = this.experiments?.choices;
    if (!choices) return;
    const fields: Fields = { change: this.change, nights: this.nights ?? choices.nights.default };
    if (this.change === "bedroom_target") fields.target_temperature = this.target ?? this.defaultTarget();
    if (this.change === "earlier_detox") fields.minutes_earlier = this.minutes;
    void this.act(() => startExperiment(this.hass, this.entryId, fields));
  }

  private defaultTarget(): number {
    const choices = this.experiments?.choices;
    return choices ? choices.usual_target - Math.ceil(choices.target_difference) : 0;
  }

  protected override render(): unknown {
    const experiments = this.experiments;
    return html`<section class="experiment">
        <h2>${this.say("title")}</h2>
        ${!experiments
          ? html`<p class="muted">${panelText(this.texts, "loading")}</p>`
          : experiments.current
            ? this.renderCurrent(experiments.current, experiments.tonight)
            : this.renderForm(experiments)}
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      </section>
      ${experiments?.past.length
        ? html`<section class="past">
            <h2>${this.say("past_title")}</h2>
            ${experiments.past.map((experiment) => experimentResult(this.texts, this.language, experiment))}
          </section>`
        : nothing}`;
  }

  private number(event: Event): number | undefined {
    const value = (event.target as HTMLInputElement).valueAsNumber;
    return Number.isFinite(value) ? value : undefined;
  }

  private renderForm(experiments: Experiments): unknown {
    const choices = experiments.choices;
    return html`<p class="muted">${this.say("intro")}</p>
      <div class="form">
        <label
          >${this.say("field_change")}
          <select
            name="change"
            @change=${(event: Event) => {
              this.change = (event.target as HTMLSelectElement).value;
            }}
          >
            ${choices.changes.map(
              (change) =>
                html`<option value=${change} ?selected=${change === this.change}>${changeName(this.texts, change)}</option>`,
            )}
          </select>
        </label>
        <label
          >${this.say("field_nights", { min: choices.nights.min, max: choices.nights.max })}
          <input
            name="nights"
            type="number"
            inputmode="numeric"
            min=${choices.nights.min}
            max=${choices.nights.max}
            step="2"
            .value=${String(this.nights ?? choices.nights.default)}
            @input=${(event: Event) => {
              this.nights = this.number(event);
            }}
          />
        </label>
        ${this.change === "bedroom_target"
          ? html`<label
                >${this.say("field_target", { unit: choices.unit })}
                <input
                  name="target_temperature"
                  type="number"
                  inputmode="decimal"
                  min=${choices.target_range[0]}
                  max=${choices.target_range[1]}
                  step="0.5"
                  .value=${String(this.target ?? this.defaultTarget())}
                  @input=${(event: Event) => {
                    this.target = this.number(event);
                  }}
                />
              </label>
              <p class="muted hint">
                ${this.say("target_hint", {
                  usual: choices.usual_target,
                  unit: choices.unit,
                  difference: choices.target_difference,
                })}
              </p>`
          : nothing}
        ${this.change === "earlier_detox"
          ? html`<label
                >${this.say("field_minutes")}
                <input
                  name="minutes_earlier"
                  type="number"
                  inputmode="numeric"
                  min=${choices.minutes_earlier[0]}
                  max=${choices.minutes_earlier[1]}
                  step="5"
                  .value=${String(this.minutes)}
                  @input=${(event: Event) => {
                    this.minutes = this.number(event) ?? this.minutes;
                  }}
                />
              </label>
              <p class="muted hint">${this.say("minutes_hint", { minutes: choices.usual_detox_minutes })}</p>`
          : nothing}
        <p class="muted">${this.say("first_night", { night: formatNight(choices.earliest_first_night, this.language) })}</p>
        <button class="action primary start" ?disabled=${this.busy} @click=${() => this.start()}>${this.say("start")}</button>
      </div>`;
  }

  private renderCurrent(current: ShownExperiment, tonight: NightArm | null): unknown {
    const language = this.language;
    const change = changeName(this.texts, current.change);
    const result = current.result;
    const number = tonight?.number ?? Math.min((result?.nights_run ?? 0) + 1, current.arms.length);
    const kept = result ? result.arms.change.kept + result.arms.usual.kept : 0;
    return html`<p class="notice status" role="status">
        ${current.status === "planned"
          ? this.say("planned", { change, night: formatNight(current.first_night, language), nights: current.arms.length })
          : this.say("running", {
              change,
              number,
              nights: current.arms.length,
              last: formatNight(current.last_night, language),
            })}
      </p>
      <sleep-hygiene-experiment-arm .hass=${this.hass} .texts=${this.texts} .arm=${tonight}></sleep-hygiene-experiment-arm>
      ${result && result.nights_run
        ? html`<p class="progress">${this.say("progress", { nights: result.nights_run, unanswered: result.unanswered })}
            ${this.say("kept", { kept, nights: result.nights_run })}</p>`
        : nothing}
      <p class="muted">${this.say("result_later", { night: formatNight(current.last_night, language) })}</p>
      ${this.confirming
        ? html`<p>${this.say("stop_confirm")}</p>
            <div class="actions">
              <button
                class="action"
                ?disabled=${this.busy}
                @click=${() => {
                  this.confirming = false;
                }}
              >
                ${this.say("stop_no")}
              </button>
              <button class="action primary stop-yes" ?disabled=${this.busy} @click=${() => this.act(() => stopExperiment(this.hass, this.entryId))}>
                ${this.say("stop_yes")}
              </button>
            </div>`
        : html`<div class="actions">
            <button
              class="action stop"
              ?disabled=${this.busy}
              @click=${() => {
                this.confirming = true;
              }}
            >
              ${this.say("stop")}
            </button>
          </div>`}`;
  }

  static override styles = [
    base,
    resultStyles,
    css`
      :host {
        display: block;
      }
      section {
        background: var(--card-background-color, var(--ha-card-background));
        border-radius: var(--ha-card-border-radius, 12px);
        border: 1px solid var(--divider-color);
        padding: 16px;
        margin-bottom: 16px;
      }
      .form {
        display: grid;
        gap: 10px;
        max-width: 420px;
      }
      label {
        display: grid;
        gap: 4px;
        font-size: 14px;
      }
      select,
      input {
        font: inherit;
        min-height: 40px;
        padding: 6px 8px;
        border-radius: 8px;
        border: 1px solid var(--divider-color);
        background: var(--card-background-color, var(--ha-card-background));
        color: var(--primary-text-color);
      }
      .hint {
        margin: -4px 0 0;
        font-size: 13px;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-top: 8px;
      }
      .start {
        justify-self: start;
      }
    `,
  ];
}
