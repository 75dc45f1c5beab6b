// A panel's or card's texts, in the user's language: loaded again when the language changes.
import type { ReactiveController, ReactiveControllerHost } from "lit";

import { loadTexts, textLanguage, type Texts } from "./texts";
import type { HomeAssistant } from "./types";

export class TextsController implements ReactiveController {
  texts: Texts = {};
  /** Why the texts could not be loaded, as it came. */
  error: unknown;
  private language?: string;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to start: follow() loads on the host's first update with `hass`.
  }

  /** Load the texts of the user's language unless they are those already shown. */
  follow(hass: HomeAssistant): void {
    const language = textLanguage(hass);
    if (language === this.language) return;
    this.language = language;
    loadTexts(hass.connection, language).then(
      (texts) => {
        this.texts = texts;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.error = error ?? "error";
        this.host.requestUpdate();
      },
    );
  }
}
