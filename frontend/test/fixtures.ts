// Shared test data: the integration's English texts, and a night's plan like the demo bedroom's.
import { readFileSync } from "node:fs";

import type { Texts } from "../src/texts";
import type { HomeAssistant, Tonight } from "../src/types";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") flat[prefix + key] = value;
    else Object.assign(flat, flatten(value, `${prefix}${key}.`));
  }
  return flat;
}

/** The texts sleep_hygiene/texts sends in English: every key without the component prefix. */
export function englishTexts(): Texts {
  const url = new URL("../../custom_components/sleep_hygiene/translations/en.json", import.meta.url);
  return flatten(JSON.parse(readFileSync(url, "utf8")) as Tree);
}

export const NAMES: Record<string, string> = {
  "light.bed_lamp": "Bed lamp",
  "light.ceiling": "Ceiling light",
  "light.reading": "Reading light",
  "media_player.tv": "TV",
  "switch.console": "console",
};

export function tonight(overrides: Partial<Tonight> = {}): Tonight {
  return {
    night: "2026-11-25",
    now: "2026-11-25T18:00:00+00:00",
    detox: "planned",
    lights_out_passed: false,
    steps: [
      { step: "caffeine_cutoff", at: "2026-11-25T14:30:00+00:00", status: "planned" },
      { step: "digital_detox", at: "2026-11-25T22:00:00+00:00", status: "planned" },
      { step: "lights_out", at: "2026-11-25T22:30:00+00:00", status: "planned" },
      { step: "wake", at: "2026-11-26T06:30:00+00:00", status: "planned" },
    ],
    first_run: null,
    trying_until: null,
    climate: {
      entity_id: "climate.bedroom",
      at: "2026-11-25T21:30:00+00:00",
      target: 65,
      unit: "°F",
      restore_at: "2026-11-26T06:30:00+00:00",
    },
    lights: ["light.bed_lamp", "light.ceiling", "light.reading"],
    screens: ["media_player.tv", "switch.console"],
    dim: { brightness_pct: 40, night_brightness_pct: 5, color_temp_kelvin: 2200 },
    screen_policy: "keep_off",
    so_far: { detox_started_at: null, lights_out_at: null, overrides: [], screen_minutes: null },
    ...overrides,
  };
}

/** A Home Assistant whose websocket answers with `send`, for the data sources. */
export function hassWith(send: (message: Record<string, unknown>) => Promise<unknown>): HomeAssistant {
  return {
    connection: {
      sendMessagePromise: send as <T>(message: Record<string, unknown>) => Promise<T>,
      subscribeMessage: () => Promise.resolve(() => Promise.resolve()),
    },
    states: {},
    language: "en",
    config: { time_zone: "UTC" },
    callService: () => Promise.resolve(),
  };
}
