// The morning check-in: every question in full, one tap per answer, one tap to save.
import { LitElement, css, html, nothing, type PropertyValues } from "lit";

import { checkIn, errorMessage } from "../api";
import {
  EVENING,
  NOTES_MAX_LENGTH,
  eveningToggles,
  initialDraft,
  isSaved,
  noteLength,
  noteToSend,
  status,
  tap,
  unsaved,
} from "../check-in-state";
import { formatNight, formatNumber, formatTime, localeOf } from "../format";
import { lookup, optionText, panelText, type Texts } from "../texts";
import { base } from "../styles";
import type { Answers, CheckInScore, HomeAssistant, Morning } from "../types";

export class MorningView extends LitElement {
  static override properties = {
    hass: { attribute: false },
    entryId: { attribute: false },
    texts: { attribute: false },
    morning: { attribute: false },
    pickable: { type: Boolean },
    draft: { state: true },
    note: { state: true },
    saving: { state: true },
    result: { state: true },
    promptCare: { state: true },
    error: { state: true },
  };

  declare hass: HomeAssistant;
  declare entryId: string;
  declare texts: Texts;
  declare morning: Morning | undefined;
  /** Offer the last 7 nights (the panel): a missed morning answered later. */
  declare pickable: boolean;
  declare draft: Answers;
  /** The note as typed (the saved one until changed). */
  declare note: string;
  declare saving: boolean;
  declare result: CheckInScore | null | undefined;
  /** Whether the answers just saved report pain, numbness or swelling. */
  declare promptCare: boolean;
  declare error: string | undefined;

  constructor() {
    super();
    this.draft = {};
    this.note = "";
    this.saving = false;
    this.promptCare = false;
    this.pickable = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has("morning") || !this.morning) return;
    const before = changed.get("morning");
    const { questions, answers } = this.morning;
    const fresh = initialDraft(questions, answers);
    // Keep what the person tapped and has not saved yet, unless the night itself moved on.
    const kept = before && before.night === this.morning.night ? unsaved(questions, this.draft, before.answers) : {};
    this.draft = { ...fresh, ...kept };
    const sameNight = before?.night === this.morning.night;
    if (!sameNight || noteToSend(this.note, before.notes) === undefined) this.note = this.morning.notes ?? "";
    if (before?.night !== this.morning.night) this.result = undefined;
  }

  private t(name: string, values?: Record<string, string | number>): string {
    return panelText(this.texts, name, values);
  }

  private choose(question: string, option: string): void {
    this.draft = tap(this.draft, question, option);
    this.result = undefined;
    this.error = undefined;
  }

  private async save(): Promise<void> {
    const morning = this.morning;
    if (!morning) return;
    const answers = unsaved(morning.questions, this.draft, morning.answers);
    const notes = noteToSend(this.note, morning.notes);
    this.saving = true;
    this.error = undefined;
    try {
      const reply = await checkIn(this.hass, this.entryId, morning.night, answers, notes);
      // Until the fresh morning arrives, what was sent counts as saved.
      this.morning = {
        ...morning,
        answered: true,
        answers: { ...morning.answers, ...answers },
        notes: notes ?? morning.notes,
      };
      this.result = reply.score;
      this.promptCare = reply.prompt_care;
      this.dispatchEvent(new CustomEvent("checked-in", { bubbles: true, composed: true }));
      // The confirmation is below the fold on most screens: bring it into view.
      await this.updateComplete;
      this.renderRoot.querySelector(".confirmation")?.scrollIntoView({ block: "center" });
    } catch (error) {
      this.error = errorMessage(error, this.texts);
    } finally {
      this.saving = false;
    }
  }

  /** The thanks: habits & bedroom beside the symptom burden, never one mixed number. */
  private confirmation(): string | typeof nothing {
    const hygiene = this.result === undefined ? this.morning?.habits_and_bedroom : this.result?.habits_and_bedroom;
    const burden = this.result === undefined ? this.morning?.symptom_burden : this.result?.symptom_burden;
    if (this.result === undefined && !this.morning?.answered) return nothing;
    const language = this.hass.locale?.language ?? this.hass.language;
    const first =
      hygiene === null || hygiene === undefined
        ? this.t("confirm_no_score")
        : this.t("confirm_hygiene", { hygiene: formatNumber(hygiene, language) });
    return burden === null || burden === undefined
      ? first
      : `${first} ${this.t("confirm_burden", { burden: formatNumber(burden, language) })}`;
  }

  /** The signs that need care today, with any answer of pain, numbness or swelling. */
  private renderPromptCare(): unknown {
    const shown = this.result === undefined ? this.morning?.prompt_care : this.promptCare;
    if (!shown) return nothing;
    return html`<div class="prompt-care" role="alert">
      <strong>${this.t("prompt_care_title")}</strong>
      <p>${lookup(this.texts, "common.prompt_care")}</p>
    </div>`;
  }

  /** The night's caffeine cut-off in the user's time format ("2:00 PM"). */
  private cutoff(): string {
    const iso = this.morning?.caffeine_cutoff;
    return iso ? formatTime(iso, localeOf(this.hass)) : "";
  }

  private questionLabel(key: string): string {
    return lookup(this.texts, `common.check_in_question_${key}`, { cutoff: this.cutoff() });
  }

  private optionLabel(key: string, option: string): string {
    if (key === "caffeine" && option === "before_cutoff") {
      return lookup(this.texts, "common.check_in_choice_before_cutoff", { cutoff: this.cutoff() });
    }
    if (key === EVENING && option !== "calm") return this.t(`evening_${option}`);
    return optionText(this.texts, key, option);
  }

  protected override render(): unknown {
    const morning = this.morning;
    if (!morning) return html`<p class="muted">${this.t("loading")}</p>`;
    const language = this.hass.locale?.language ?? this.hass.language;
    const state = status(morning.questions, this.draft, morning.answers);
    const noteChanged = noteToSend(this.note, morning.notes) !== undefined;
    const pending = Object.keys(unsaved(morning.questions, this.draft, morning.answers)).length + (noteChanged ? 1 : 0);
    const shownState = state === "saved" && noteChanged ? "unsaved" : state;
    const confirmation = shownState === "saved" ? this.confirmation() : nothing;
    return html`
      <h2>${this.t("morning_title", { night: formatNight(morning.night, language) })}</h2>
      ${this.pickable ? this.renderNightPicker(morning, language) : nothing}
      <p class="muted intro">${this.t("morning_intro")}</p>
      ${morning.questions.map((question) => this.renderQuestion(question.key, question.options))}
      ${this.renderNote(morning.notes)}
      <div class="footer">
        <button class="action primary" ?disabled=${!pending || this.saving} @click=${() => this.save()}>
          ${this.saving ? this.t("saving") : this.t("submit")}
        </button>
        <span class="status ${shownState}" role="status">
          ${shownState === "unsaved"
            ? this.t("status_unsaved", { count: pending })
            : this.t(shownState === "saved" ? "status_saved" : "status_empty")}
        </span>
      </div>
      ${confirmation === nothing ? nothing : html`<p class="notice confirmation" role="status">${confirmation}</p>`}
      ${confirmation === nothing ? nothing : html`<sleep-hygiene-experiment-arm .hass=${this.hass} .texts=${this.texts} .arm=${morning.experiment_today}></sleep-hygiene-experiment-arm>`}
      ${shownState === "saved" ? this.renderPromptCare() : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    `;
  }

  /** The last 7 nights, answered ones marked: a missed morning can be answered later. */
  private renderNightPicker(morning: Morning, language: string): unknown {
    const recent = morning.recent;
    if (recent.length < 2) return nothing;
    const last = recent[0]?.night;
    return html`<label class="night-picker">
      <span class="muted">${this.t("night_picker")}</span>
      <select
        @change=${(event: Event) => {
          const night = (event.target as HTMLSelectElement).value;
          this.dispatchEvent(
            new CustomEvent("night-picked", {
              detail: night === last ? undefined : night,
              bubbles: true,
              composed: true,
            }),
          );
        }}
      >
        ${recent.map(
          ({ night, answered }) => html`<option value=${night} ?selected=${night === morning.night}>
            ${this.t(answered ? "night_option_answered" : "night_option_open", { night: formatNight(night, language) })}
          </option>`,
        )}
      </select>
    </label>`;
  }

  /** The optional note: folded away, so the answers and Save stay nine taps. */
  private renderNote(saved: string | null): unknown {
    const length = noteLength(this.note);
    return html`
      <details class="note" ?open=${saved !== null}>
        <summary>${saved === null ? this.t("note_add") : this.t("note_saved")}</summary>
        <label>
          <span class="muted">${this.t("note_label")}</span>
          <textarea
            rows="3"
            maxlength=${NOTES_MAX_LENGTH}
            .value=${this.note}
            @input=${(event: Event) => {
              this.note = (event.target as HTMLTextAreaElement).value;
              this.result = undefined;
              this.error = undefined;
            }}
          ></textarea>
        </label>
        <span class="muted count ${length > NOTES_MAX_LENGTH ? "over" : ""}">
          ${this.t("note_count", { count: length, max: NOTES_MAX_LENGTH })}
        </span>
      </details>
    `;
  }

  private renderQuestion(key: string, options: readonly string[]): unknown {
    const saved = this.morning?.answers ?? {};
    const chosen = this.draft[key];
    // The evening: "calm", or stressed and hard exercise as two toggles (both is one answer).
    const shown = key === EVENING ? options.filter((option) => option !== "stressed_hard_exercise") : options;
    const pressed = (option: string): boolean =>
      key === EVENING && option !== "calm" ? eveningToggles(chosen).includes(option) : chosen === option;
    const mark =
      chosen === null || chosen === undefined
        ? nothing
        : isSaved(key, this.draft, saved)
          ? html`<span class="mark saved">✓ ${this.t("answer_saved")}</span>`
          : html`<span class="mark unsaved">● ${this.t("answer_unsaved")}</span>`;
    return html`
      <div class="question" role="group" aria-labelledby="q-${key}" data-question=${key}>
        <p class="text" id="q-${key}">${this.questionLabel(key)} ${mark}</p>
        <div class="chips">
          ${shown.map(
            (option) => html`<button
              class="chip"
              data-option=${option}
              aria-pressed=${pressed(option) ? "true" : "false"}
              @click=${() => {
                this.choose(key, option);
              }}
            >
              ${this.optionLabel(key, option)}
            </button>`,
          )}
        </div>
        ${key === "doctor_signs" ? html`<p class="muted hint">${this.t("doctor_signs_hint")}</p>` : nothing}
      </div>
    `;
  }

  static override styles = [
    base,
    css`
      :host {
        display: block;
      }
      .intro {
        margin: 0 0 8px;
      }
      .night-picker {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin: 0 0 8px;
      }
      .night-picker select {
        font: inherit;
        min-height: 36px;
        padding: 4px 8px;
        border-radius: 4px;
        border: 1px solid var(--divider-color);
        background: var(--card-background-color, var(--ha-card-background));
        color: var(--primary-text-color);
      }
      .question {
        padding: 8px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .text {
        margin: 0 0 8px;
      }
      .mark {
        font-size: 12px;
        white-space: nowrap;
        margin-inline-start: 4px;
      }
      .mark.saved {
        color: var(--success-color, #43a047);
      }
      .mark.unsaved {
        color: var(--warning-color, #ffa600);
      }
      .note {
        padding: 8px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .note summary {
        cursor: pointer;
        min-height: 32px;
        line-height: 32px;
        color: var(--primary-color);
      }
      .note label {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .note textarea {
        font: inherit;
        box-sizing: border-box;
        width: 100%;
        padding: 8px;
        border-radius: 4px;
        border: 1px solid var(--divider-color);
        background: var(--card-background-color, var(--ha-card-background));
        color: var(--primary-text-color);
        resize: vertical;
      }
      .count {
        font-size: 12px;
      }
      .count.over {
        color: var(--error-color, #db4437);
      }
      .footer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 12px;
        padding-top: 12px;
      }
      .status.unsaved {
        color: var(--warning-color, #ffa600);
      }
      .status.saved {
        color: var(--success-color, #43a047);
      }
      .confirmation {
        margin: 12px 0 0;
        font-size: 16px;
      }
      .hint {
        margin: 6px 0 0;
        font-size: 13px;
      }
      .prompt-care {
        margin: 12px 0 0;
        padding: 12px;
        border-radius: 8px;
        border: 2px solid var(--error-color, #db4437);
        color: var(--primary-text-color);
      }
      .prompt-care p {
        margin: 4px 0 0;
      }
    `,
  ];
}
