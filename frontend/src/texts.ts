// Text lookup: every text comes from the integration's translations (sleep_hygiene/texts).
import type { Connection } from "./types";

export type Texts = Readonly<Record<string, string>>;
export type Values = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fill `{name}` placeholders; a placeholder without a value stays as it is. */
export function fill(template: string, values: Values = {}): string {
  return template.replace(PLACEHOLDER, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** What to show when a text is missing (texts not loaded yet, or a key the backend lacks). */
export function fallback(key: string): string {
  const last = key.slice(key.lastIndexOf(".") + 1);
  const bare = last.replace(/^panel_(part|source|factor|red_flag|step|question|group|tab)_/, "");
  const words = bare.replace(/^panel_/, "").replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Look a text up by its full key (e.g. `selector.twitches.options.few`). */
export function lookup(texts: Texts, key: string, values?: Values): string {
  const template = texts[key];
  return template === undefined ? fallback(key) : fill(template, values);
}

/**
 * A text that names a count: `<key>_<category>`, the category the language's plural rules give
 * (`one`, `few`, `many`, `other`); every language has all four.
 */
export function pluralLookup(texts: Texts, key: string, count: number, language: string, values?: Values): string {
  let category: string;
  try {
    category = new Intl.PluralRules(language).select(count);
  } catch {
    category = count === 1 ? "one" : "other";
  }
  const full = `${key}_${category}`;
  return lookup(texts, full in texts ? full : `${key}_other`, values);
}

/** A panel text that names a count: `common.panel_<name>_<category>` (see `pluralLookup`). */
export function pluralText(texts: Texts, name: string, count: number, language: string, values?: Values): string {
  return pluralLookup(texts, `common.panel_${name}`, count, language, values);
}

/** A panel text: `common.panel_<name>`. */
export function panelText(texts: Texts, name: string, values?: Values): string {
  return lookup(texts, `common.panel_${name}`, values);
}

/** The text of a check-in question, and of one of its answers. */
export function questionText(texts: Texts, question: string): string {
  return lookup(texts, `common.check_in_question_${question}`);
}

export function optionText(texts: Texts, question: string, option: string): string {
  return lookup(texts, `selector.${question}.options.${option}`);
}

/** The language to ask for: the user's frontend language, else Home Assistant's. */
export function textLanguage(hass: { language: string; locale?: { language: string } }): string {
  return hass.locale?.language ?? hass.language;
}

const loaded = new WeakMap<Connection, Map<string, Promise<Texts>>>();

/** Load the texts of a language once per connection; the panel and every card share them. */
export function loadTexts(connection: Connection, language: string): Promise<Texts> {
  let byLanguage = loaded.get(connection);
  if (!byLanguage) {
    byLanguage = new Map();
    loaded.set(connection, byLanguage);
  }
  let texts = byLanguage.get(language);
  if (!texts) {
    texts = connection
      .sendMessagePromise<{ texts: Texts }>({ type: "sleep_hygiene/texts", language })
      .then((reply) => reply.texts);
    // A failed load is tried again next time rather than remembered.
    texts.catch(() => byLanguage.delete(language));
    byLanguage.set(language, texts);
  }
  return texts;
}
