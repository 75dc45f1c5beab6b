// The bedrooms' list brings the first bedroom's morning and tonight: the panel and card paint
// after one round trip, and ask for neither again until something changes.
import { describe, expect, it, vi } from "vitest";

import { fetchBedroomsWithFirstView } from "../src/api";
import { BedroomSource } from "../src/bedroom-source";
import type { FirstView, Morning } from "../src/types";
import { hassWith, tonight } from "./fixtures";

const morning: Morning = {
  night: "2026-11-24",
  answered: false,
  questions: [{ key: "twitches", options: ["none", "few", "many"] }],
  answers: { twitches: null },
  notes: null,
  caffeine_cutoff: "2026-11-24T14:00:00+00:00",
  score: null,
  habits_and_bedroom: null,
  symptom_burden: null,
  prompt_care: false,
  recent: [{ night: "2026-11-24", answered: false }],
};
const first: FirstView = { entry_id: "bedroom1", morning, tonight: tonight() };

function host() {
  return { addController: vi.fn(), removeController: vi.fn(), requestUpdate: vi.fn(), updateComplete: Promise.resolve(true) };
}

describe("the first view comes with the bedrooms", () => {
  it("asks for the list with the first view", async () => {
    const send = vi.fn(() => Promise.resolve({ bedrooms: [{ entry_id: "bedroom1", name: "Main", loaded: true }], first_view: first }));
    const reply = await fetchBedroomsWithFirstView(hassWith(send));
    expect(send).toHaveBeenCalledWith({ type: "sleep_hygiene/bedrooms", first_view: true });
    expect(reply.firstView?.morning.night).toBe("2026-11-24");
    expect(reply.bedrooms[0]?.entry_id).toBe("bedroom1");
  });

  it("sends no second message for what came with it", () => {
    const sent: unknown[] = [];
    const send = vi.fn((message: Record<string, unknown>) => {
      sent.push(message.type);
      return new Promise(() => undefined);
    });
    const source = new BedroomSource(host());
    // The panel wants the morning before it knows its bedroom.
    source.want("morning");
    source.use(hassWith(send), "bedroom1", first);
    source.want("morning");
    source.want("tonight");
    expect(send).not.toHaveBeenCalled();
    expect(source.data.morning).toBe(morning);
    expect(source.data.tonight?.night).toBe("2026-11-25");
    // An event still fetches both again.
    source.refresh();
    expect(sent).toEqual([
      "sleep_hygiene/morning",
      "sleep_hygiene/tonight",
    ]);
  });

  it("takes no view of another bedroom, nor none at all", () => {
    const send = vi.fn(() => new Promise(() => undefined));
    const source = new BedroomSource(host());
    source.use(hassWith(send), "bedroom2", first);
    expect(source.data.morning).toBeUndefined();
    source.want("morning");
    source.use(hassWith(send), "bedroom3", null);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
