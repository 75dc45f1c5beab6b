// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";

const ELEMENTS = ["sleep-hygiene-panel", "sleep-hygiene-card", "sleep-hygiene-card-editor"];

describe("the bundle's entry", () => {
  it("defines the panel, the card and its editor, and lists the card once", async () => {
    await import("../src/index");
    for (const name of ELEMENTS) expect(customElements.get(name), name).toBeDefined();
    const cards = (window as unknown as { customCards: { type: string }[] }).customCards;
    expect(cards.filter((card) => card.type === "sleep-hygiene-card")).toHaveLength(1);
  });

  it("can be loaded a second time (panel module and card module) without an error", async () => {
    const panel = customElements.get("sleep-hygiene-panel");
    vi.resetModules();
    await expect(import("../src/index")).resolves.toBeDefined();
    expect(customElements.get("sleep-hygiene-panel")).toBe(panel);
    const cards = (window as unknown as { customCards: { type: string }[] }).customCards;
    expect(cards.filter((card) => card.type === "sleep-hygiene-card")).toHaveLength(1);
  });

  it("gives the card picker an editor and a stub", async () => {
    await import("../src/index");
    const card = customElements.get("sleep-hygiene-card") as unknown as {
      getConfigElement(): HTMLElement;
      getStubConfig(): object;
    };
    expect(card.getConfigElement().localName).toBe("sleep-hygiene-card-editor");
    expect(card.getStubConfig()).toEqual({});
  });
});
