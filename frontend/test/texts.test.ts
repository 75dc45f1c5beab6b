import { readFileSync, readdirSync } from "node:fs";

import { describe, expect, it, vi } from "vitest";

import { errorMessage } from "../src/api";
import { firstDetoxDay } from "../src/components/first-run";
import { fallback, fill, loadTexts, lookup, optionText, panelText, pluralText, questionText } from "../src/texts";
import type { Connection } from "../src/types";
import { englishTexts } from "./fixtures";

describe("text lookup", () => {
  const texts = { "common.panel_points": "{points} of {max} points", "selector.pain.options.cramps": "Cramps" };

  it("fills placeholders, and leaves one without a value as it is", () => {
    expect(fill("{points} of {max} points", { points: 5, max: 10 })).toBe("5 of 10 points");
    expect(fill("{points} of {max}", { points: 5 })).toBe("5 of {max}");
  });

  it("finds panel texts, questions and answers by their keys", () => {
    expect(panelText(texts, "points", { points: "2.5", max: 5 })).toBe("2.5 of 5 points");
    expect(optionText(texts, "pain", "cramps")).toBe("Cramps");
  });

  it("falls back to the key in words when a text is missing", () => {
    expect(panelText({}, "part_leg_sensations")).toBe("Leg sensations");
    expect(lookup({}, "common.panel_factor_warm_bedroom")).toBe("Warm bedroom");
    expect(questionText({}, "twitches")).toBe("Check in question twitches");
    expect(fallback("selector.caffeine.options.before_cutoff")).toBe("Before cutoff");
  });

  it("loads each language once per connection, and again after a failure", async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce({ code: "unknown_error", message: "down" })
      .mockResolvedValue({ language: "de", texts: { "common.panel_tab_morning": "Morgen" } });
    const connection = { sendMessagePromise: send } as unknown as Connection;
    await expect(loadTexts(connection, "de")).rejects.toEqual({ code: "unknown_error", message: "down" });
    await Promise.resolve();
    const [first, second] = await Promise.all([loadTexts(connection, "de"), loadTexts(connection, "de")]);
    expect(first).toEqual({ "common.panel_tab_morning": "Morgen" });
    expect(second).toBe(first);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith({ type: "sleep_hygiene/texts", language: "de" });
  });
});

describe("error messages", () => {
  const texts = { "exceptions.entry_not_found.message": "Kein Schlafzimmer hat die ID {entry_id}." };

  it("says the integration's errors in the user's language", () => {
    const error = {
      code: "not_found",
      message: "No Sleep Hygiene bedroom has the config entry id abc.",
      translation_key: "entry_not_found",
      translation_placeholders: { entry_id: "abc" },
    };
    expect(errorMessage(error, texts)).toBe("Kein Schlafzimmer hat die ID abc.");
  });

  it("keeps any other error's own message", () => {
    expect(errorMessage({ code: "unknown_command", message: "Unknown command." }, texts)).toBe("Unknown command.");
    expect(errorMessage({ translation_key: "nope", message: "As sent." }, texts)).toBe("As sent.");
    expect(errorMessage("lost connection")).toBe("lost connection");
  });
});

describe("every text the frontend uses", () => {
  const english = englishTexts();
  const sources = (dir: URL): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? sources(new URL(`${entry.name}/`, dir)) : [readFileSync(new URL(entry.name, dir), "utf8")],
    );
  const code = sources(new URL("../src/", import.meta.url)).join("\n");

  it("is in the integration's English translations", () => {
    const used = [...code.matchAll(/(?:\bt|panelText)\((?:[\w.]+, )?"([a-z0-9_]+)"/g)].map((match) => match[1]);
    const ternaries = [
      ...code.matchAll(/(?:\bt|panelText)\((?:[\w.]+, )?[^"()]*\? "([a-z0-9_]+)" : "([a-z0-9_]+)"/g),
    ].flatMap((match) => [match[1], match[2]]);
    expect(ternaries.length).toBeGreaterThanOrEqual(4);
    const missing = [...used, ...ternaries].filter((name) => !(`common.panel_${name}` in english));
    expect(used.length).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  const model = (file: string): string =>
    readFileSync(new URL(`../../custom_components/sleep_hygiene/model/${file}`, import.meta.url), "utf8");
  const found = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((match) => match[1] ?? "");

  it("names every score part, group and source, factor and red flag the model has", () => {
    const weights = model("score_weights.py");
    const measured = /MEASURED_KEYS: Final = \(([^)]*)\)/.exec(model("measured_score.py"))?.[1] ?? "";
    const keys = {
      part: [
        ...found(model("score.py"), /\("(\w+)", \w+_points\(/g),
        ...found(weights, /AnswerRule\(\s*"(\w+)"/g),
        ...found(measured, /"(\w+)"/g),
      ],
      group: found(weights, /^GROUP_\w+: Final = "(\w+)"/gm),
      source: found(weights, /^SOURCE_\w+: Final = "(\w+)"/gm),
      factor: found(model("insights.py"), /^[A-Z_]+: Final = "(\w+)"/gm),
      red_flag: found(model("red_flags.py"), /^[A-Z_]+: Final = "(\w+)"/gm),
      verdict: found(model("factor_comparison.py"), /^VERDICT_\w+: Final = "(\w+)"/gm),
    };
    // Each pattern still finds the model's keys (18 parts, 4 groups, 8 sources, 8 factors, 5 rules today).
    for (const list of Object.values(keys)) expect(list.length).toBeGreaterThanOrEqual(4);
    const names = Object.entries(keys).flatMap(([kind, list]) => list.map((key) => `${kind}_${key}`));
    expect(names.filter((name) => !(`common.panel_${name}` in english))).toEqual([]);
    // A clear or unclear verdict is said in a sentence of its own.
    const sentences = keys.verdict.filter((verdict) => verdict !== "too_few_nights");
    expect(sentences.filter((verdict) => !(`common.panel_factor_sentence_${verdict}` in english))).toEqual([]);
  });

  it("names every detox state, step, tab, card mode and question the panel shows", () => {
    const names = [
      ...["planned", "running", "done", "skipped", "missed", "off"].map((k) => `detox_${k}`),
      ...["caffeine_cutoff", "exercise_cutoff", "warm_bath", "stretches", "lights_out"].map((k) => `step_${k}`),
      ...["morning", "tonight", "trends", "insights"].map((k) => `tab_${k}`),
      ...["auto", "morning", "tonight"].map((k) => `mode_${k}`),
      ...["light", "screen"].map((k) => `kind_${k}`),
      ...["twitches", "leg_sensations", "awakenings", "pain", "rested", "caffeine", "alcohol", "evening"].map(
        (k) => `question_${k}`,
      ),
    ];
    expect(names.filter((name) => !(`common.panel_${name}` in english))).toEqual([]);
  });
});

describe("texts that name a count", () => {
  const texts = {
    "common.panel_range_nights_one": "{nights} night",
    "common.panel_range_nights_few": "{nights} noce",
    "common.panel_range_nights_many": "{nights} nocy",
    "common.panel_range_nights_other": "{nights} nights",
  };

  it("say one night, not 1 nights", () => {
    expect(pluralText(texts, "range_nights", 1, "en", { nights: 1 })).toBe("1 night");
    expect(pluralText(texts, "range_nights", 14, "en", { nights: 14 })).toBe("14 nights");
  });

  it("follow the language's plural rules (Polish has few and many)", () => {
    expect(pluralText(texts, "range_nights", 22, "pl", { nights: 22 })).toBe("22 noce");
    expect(pluralText(texts, "range_nights", 28, "pl", { nights: 28 })).toBe("28 nocy");
  });

  it("every language ships all four forms", () => {
    const english = englishTexts();
    for (const category of ["one", "few", "many", "other"]) {
      expect(english[`common.panel_range_nights_${category}`]).toBeDefined();
    }
  });
});

describe("the first evening", () => {
  it("says today or tomorrow on the home's calendar", () => {
    expect(firstDetoxDay("2026-11-25T22:00:00+00:00", "2026-11-25T18:00:00+00:00", "UTC")).toBe("today");
    expect(firstDetoxDay("2026-11-26T22:00:00+00:00", "2026-11-25T23:10:00+00:00", "UTC")).toBe("tomorrow");
    // 03:00 UTC on the 26th is 10 PM on the 25th in New York: still today there.
    expect(firstDetoxDay("2026-11-26T03:00:00+00:00", "2026-11-25T23:10:00+00:00", "America/New_York")).toBe("today");
  });
});
