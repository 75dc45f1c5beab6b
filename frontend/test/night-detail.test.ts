// Trends asks for one night in full when it is tapped: the message, the moves between nights,
// and a night the journal does not have said in the user's language.
import { describe, expect, it, vi } from "vitest";

import { errorMessage, fetchKind } from "../src/api";
import { BedroomSource } from "../src/bedroom-source";
import { neighbourNight } from "../src/chart";
import type { NightDetail } from "../src/types";
import { englishTexts, hassWith } from "./fixtures";

const detail = (night: string): NightDetail => ({
  night,
  answered: true,
  score: 72,
  symptom_burden: 30,
  bedroom: 80,
  habits: 70,
  symptoms: 66.7,
  parts: [{ key: "caffeine", group: "habits", points: 5, max_points: 10, source: "drake2013" }],
  answers: { twitches: "few" },
  notes: null,
  measured: null,
});

describe("one night in full", () => {
  it("asks sleep_hygiene/night for the night tapped", async () => {
    const send = vi.fn((message: Record<string, unknown>) => Promise.resolve(detail(String(message.night))));
    const reply = await fetchKind(hassWith(send), "night", "bedroom1", { night: "2026-11-24" });
    expect(send).toHaveBeenCalledWith({ type: "sleep_hygiene/night", entry_id: "bedroom1", night: "2026-11-24" });
    expect(reply.parts[0]?.max_points).toBe(10);
  });

  it("keeps only the reply for the night selected last", async () => {
    const pending: ((value: unknown) => void)[] = [];
    const send = vi.fn(() => new Promise((resolve) => pending.push(resolve)));
    const host = {
      addController: vi.fn(),
      removeController: vi.fn(),
      requestUpdate: vi.fn(),
      updateComplete: Promise.resolve(true),
    };
    const source = new BedroomSource(host);
    source.use(hassWith(send), "bedroom1");
    source.want("night", { night: "2026-11-23" });
    source.want("night", { night: "2026-11-24" });
    pending[1]?.(detail("2026-11-24"));
    pending[0]?.(detail("2026-11-23"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(source.data.night?.night).toBe("2026-11-24");
  });

  it("moves to the night before or after, and not past either end", () => {
    const nights = ["2026-11-22", "2026-11-23", "2026-11-24"];
    expect(neighbourNight(nights, "2026-11-23", -1)).toBe("2026-11-22");
    expect(neighbourNight(nights, "2026-11-23", 1)).toBe("2026-11-24");
    expect(neighbourNight(nights, "2026-11-24", 1)).toBeUndefined();
    expect(neighbourNight(nights, "2026-11-22", -1)).toBeUndefined();
    expect(neighbourNight(nights, "2025-01-01", 1)).toBeUndefined();
  });

  it("says a night out of the journal in words", () => {
    const error = {
      code: "not_found",
      message: "As sent.",
      translation_key: "night_not_in_journal",
      translation_placeholders: { night: "2024-01-01", first: "2025-11-26", last: "2026-11-25" },
    };
    expect(errorMessage(error, englishTexts())).toBe(
      "The journal has no night of 2024-01-01: it tells of the nights from 2025-11-26 to 2026-11-25.",
    );
  });
});
