// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { CARD_ENTRY, pickerDescription } from "../src/picker";

const TABLE = { en: "English", de: "Deutsch", "pt-BR": "Português" };

function showLanguage(language: string): void {
  const root = document.createElement("home-assistant") as HTMLElement & { hass?: object };
  root.hass = { language, locale: { language } };
  document.body.append(root);
}

describe("the card picker's description", () => {
  afterEach(() => document.querySelector("home-assistant")?.remove());

  it("is in the language asked for, else its base language, else English", () => {
    expect(pickerDescription(TABLE, "de")).toBe("Deutsch");
    expect(pickerDescription(TABLE, "de-CH")).toBe("Deutsch");
    expect(pickerDescription(TABLE, "pt-BR")).toBe("Português");
    expect(pickerDescription(TABLE, "fi")).toBe("English");
    expect(pickerDescription(TABLE, undefined)).toBe("English");
  });

  it("follows the language the frontend shows when the picker reads it", () => {
    expect(CARD_ENTRY.description).toBe(
      "The morning check-in, or tonight's wind-down plan in the evening.",
    );
    showLanguage("de");
    expect(CARD_ENTRY.description).toBe(
      "Morgens der Check-in, abends der Plan zum Runterkommen für heute Nacht.",
    );
  });

  it("is there in every language the integration ships, each its own", () => {
    const shown = ["de", "en", "es", "fr", "it", "nl", "pl"].map((language) => {
      showLanguage(language);
      const description = CARD_ENTRY.description;
      document.querySelector("home-assistant")?.remove();
      return description;
    });
    expect(new Set(shown).size).toBe(shown.length);
  });
});
