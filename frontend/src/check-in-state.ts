// The check-in form's state: what is saved, what the person has tapped, and what is left to send.
import type { Answers, Question } from "./types";

export type FormStatus = "empty" | "unsaved" | "saved";

/** A tap on an answer chip: that question takes that answer (tapping it again keeps it). */
export function tap(draft: Answers, question: string, option: string): Answers {
  if (question === EVENING && option !== CALM) return { ...draft, [question]: toggleEvening(draft[question], option) };
  return { ...draft, [question]: option };
}

/** The evening question: "calm", or "stressed" and "hard exercise" as two toggles. */
export const EVENING = "evening";
const CALM = "calm";
const BOTH = "stressed_hard_exercise";
const TOGGLES = ["stressed", "hard_exercise"] as const;

/** The evening's toggles that are on for an answer ("stressed_hard_exercise": both). */
export function eveningToggles(answer: string | null | undefined): string[] {
  if (answer === BOTH) return [...TOGGLES];
  return TOGGLES.filter((toggle) => toggle === answer);
}

/** The evening's answer after a toggle is tapped: both on is one answer, neither is calm. */
export function toggleEvening(answer: string | null | undefined, toggle: string): string {
  const on = new Set(eveningToggles(answer));
  if (on.has(toggle)) on.delete(toggle);
  else on.add(toggle);
  if (on.size === 2) return BOTH;
  return [...on][0] ?? CALM;
}

/** The answers tapped but not saved yet, in the questions' order. */
export function unsaved(questions: readonly Question[], draft: Answers, saved: Answers): Answers {
  const changed: Answers = {};
  for (const { key } of questions) {
    const value = draft[key];
    if (value !== null && value !== undefined && value !== saved[key]) changed[key] = value;
  }
  return changed;
}

export function status(questions: readonly Question[], draft: Answers, saved: Answers): FormStatus {
  if (Object.keys(unsaved(questions, draft, saved)).length) return "unsaved";
  return questions.some(({ key }) => saved[key] !== null && saved[key] !== undefined) ? "saved" : "empty";
}

/** Whether one question's shown answer is the saved one. */
export function isSaved(question: string, draft: Answers, saved: Answers): boolean {
  const value = draft[question];
  return value !== null && value !== undefined && value === saved[question];
}

/**
 * Taps from the saved answers to `wanted`: one per answer that differs, plus one to submit
 * (none when nothing differs). Every answer is one tap, so 8 questions take at most 9.
 */
export function tapsNeeded(questions: readonly Question[], saved: Answers, wanted: Answers): number {
  const changes = Object.keys(unsaved(questions, wanted, saved)).length;
  return changes ? changes + 1 : 0;
}

/** The form starts from what is saved; the saved answers are also its baseline. */
export function initialDraft(questions: readonly Question[], saved: Answers): Answers {
  return Object.fromEntries(questions.map(({ key }) => [key, saved[key] ?? null]));
}

/** The longest note the check-in takes, in characters (the service's limit). */
export const NOTES_MAX_LENGTH = 500;

/** A note's length as the service counts it: characters (code points), without outer spaces. */
export function noteLength(note: string): number {
  return [...note.trim()].length;
}

/**
 * The note to send with the answers: the typed note when it is new and within the limit, else
 * undefined (an empty note sends nothing; a saved note is kept).
 */
export function noteToSend(note: string, saved: string | null): string | undefined {
  const typed = note.trim();
  if (!typed || typed === (saved ?? "") || noteLength(typed) > NOTES_MAX_LENGTH) return undefined;
  return typed;
}
