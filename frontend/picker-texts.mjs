// The card picker's description of the card in every language the integration ships, read from
// its translations at build time: the picker lists the card before any text is loaded.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const translations = fileURLToPath(
  new URL("../custom_components/sleep_hygiene/translations/", import.meta.url),
);

/** Return `{language: description}`, in a stable order (the bundle is byte for byte the same). */
function pickerDescriptions() {
  const descriptions = {};
  for (const file of readdirSync(translations).filter((name) => name.endsWith(".json")).sort()) {
    const texts = JSON.parse(readFileSync(`${translations}${file}`, "utf8"));
    descriptions[file.slice(0, -".json".length)] = texts.common.panel_card_description;
  }
  return descriptions;
}

/** The build's `define`: where the sources say `PICKER_DESCRIPTIONS`, the table itself. */
export const pickerDefine = { PICKER_DESCRIPTIONS: JSON.stringify(pickerDescriptions()) };
