// The card picker's entry: its description follows the language the frontend shows.
import { textLanguage } from "./texts";

/** Every shipped language's description, put in by the build from the translations. */
declare const PICKER_DESCRIPTIONS: Readonly<Record<string, string>>;

/** The description in `language`, else in its base language ("de" for "de-CH"), else English. */
export function pickerDescription(
  descriptions: Readonly<Record<string, string>>,
  language: string | undefined,
): string {
  const base = language?.split("-")[0];
  return (
    (language && descriptions[language]) ||
    (base && descriptions[base]) ||
    (descriptions.en ?? "")
  );
}

/** The language Home Assistant's frontend shows now, if it is there to ask. */
function frontendLanguage(): string | undefined {
  const root = document.querySelector("home-assistant") as {
    hass?: { language: string; locale?: { language: string } };
  } | null;
  return root?.hass ? textLanguage(root.hass) : undefined;
}

/** The card's entry: read when the picker opens, so in the language shown then. */
export const CARD_ENTRY = {
  type: "sleep-hygiene-card",
  name: "Sleep Hygiene",
  get description(): string {
    return pickerDescription(PICKER_DESCRIPTIONS, frontendLanguage());
  },
  preview: true,
};
