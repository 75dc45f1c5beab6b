import { describe, expect, it } from "vitest";

import {
  NOTES_MAX_LENGTH,
  eveningToggles,
  initialDraft,
  isSaved,
  noteLength,
  noteToSend,
  status,
  tap,
  tapsNeeded,
  toggleEvening,
  unsaved,
} from "../src/check-in-state";
import type { Answers, Question } from "../src/types";

const QUESTIONS: Question[] = [
  { key: "twitches", options: ["none", "few", "many"] },
  { key: "leg_sensations", options: ["none", "some", "severe"] },
  { key: "awakenings", options: ["none", "one_two", "three_plus"] },
  { key: "pain", options: ["none", "cramps", "pain_numbness_swelling"] },
  { key: "rested", options: ["poorly", "somewhat", "well"] },
  { key: "caffeine", options: ["none", "before_cutoff", "afternoon", "evening"] },
  { key: "alcohol", options: ["none", "one", "two_plus"] },
  { key: "evening", options: ["calm", "stressed", "hard_exercise"] },
];
const NOTHING: Answers = Object.fromEntries(QUESTIONS.map(({ key }) => [key, null]));
const LAST_OPTIONS: Answers = Object.fromEntries(QUESTIONS.map(({ key, options }) => [key, options.at(-1) ?? null]));

describe("the check-in form", () => {
  it("answers all 8 questions in 9 taps: one per answer and one to save", () => {
    expect(tapsNeeded(QUESTIONS, NOTHING, LAST_OPTIONS)).toBe(9);
    let draft = initialDraft(QUESTIONS, NOTHING);
    let taps = 0;
    for (const { key, options } of QUESTIONS) {
      draft = tap(draft, key, options.at(-1) ?? "");
      taps += 1;
    }
    expect(taps + 1).toBeLessThanOrEqual(9);
    expect(unsaved(QUESTIONS, draft, NOTHING)).toEqual(LAST_OPTIONS);
  });

  it("starts from what is saved, and needs no tap when nothing changes", () => {
    const saved = { ...NOTHING, twitches: "few", rested: "well" };
    const draft = initialDraft(QUESTIONS, saved);
    expect(draft.twitches).toBe("few");
    expect(status(QUESTIONS, draft, saved)).toBe("saved");
    expect(tapsNeeded(QUESTIONS, saved, saved)).toBe(0);
    expect(tapsNeeded(QUESTIONS, saved, { ...saved, twitches: "none" })).toBe(2);
  });

  it("tells saved from unsaved answers", () => {
    const saved = { ...NOTHING, twitches: "few" };
    const draft = tap(tap(initialDraft(QUESTIONS, saved), "alcohol", "one"), "twitches", "few");
    expect(isSaved("twitches", draft, saved)).toBe(true);
    expect(isSaved("alcohol", draft, saved)).toBe(false);
    expect(isSaved("pain", draft, saved)).toBe(false);
    expect(status(QUESTIONS, draft, saved)).toBe("unsaved");
    expect(unsaved(QUESTIONS, draft, saved)).toEqual({ alcohol: "one" });
  });

  it("is empty before the first answer", () => {
    expect(status(QUESTIONS, initialDraft(QUESTIONS, NOTHING), NOTHING)).toBe("empty");
  });

  it("keeps an answer tapped twice", () => {
    const once = tap(NOTHING, "pain", "cramps");
    expect(tap(once, "pain", "cramps")).toEqual(once);
  });
});

describe("the note", () => {
  it("is sent when typed and new, trimmed, and never over the service's limit", () => {
    expect(noteToSend("  Late dinner. ", null)).toBe("Late dinner.");
    expect(noteToSend("Late dinner.", "Late dinner.")).toBeUndefined();
    expect(noteToSend("   ", "Late dinner.")).toBeUndefined();
    expect(noteToSend("x".repeat(NOTES_MAX_LENGTH), null)).toHaveLength(NOTES_MAX_LENGTH);
    expect(noteToSend("x".repeat(NOTES_MAX_LENGTH + 1), null)).toBeUndefined();
  });

  it("counts characters as the service does (an emoji is one)", () => {
    expect(noteLength(" 😴 ok ")).toBe(4);
  });
});

describe("the evening: calm, or stressed and hard exercise as two toggles", () => {
  it("keeps one tap for one answer, and a second toggle makes both", () => {
    let draft = initialDraft(QUESTIONS, NOTHING);
    draft = tap(draft, "evening", "stressed");
    expect(draft.evening).toBe("stressed");
    draft = tap(draft, "evening", "hard_exercise");
    expect(draft.evening).toBe("stressed_hard_exercise");
    expect(eveningToggles(draft.evening)).toEqual(["stressed", "hard_exercise"]);
    // Toggled off again: the other stays; with neither on, the evening was calm.
    draft = tap(draft, "evening", "stressed");
    expect(draft.evening).toBe("hard_exercise");
    draft = tap(draft, "evening", "hard_exercise");
    expect(draft.evening).toBe("calm");
    // Calm clears both toggles.
    expect(tap({ evening: "stressed_hard_exercise" }, "evening", "calm").evening).toBe("calm");
  });

  it("reads each stored answer as its toggles", () => {
    expect(eveningToggles("calm")).toEqual([]);
    expect(eveningToggles(null)).toEqual([]);
    expect(eveningToggles("hard_exercise")).toEqual(["hard_exercise"]);
    expect(toggleEvening(null, "stressed")).toBe("stressed");
  });
});
