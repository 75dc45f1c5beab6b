import { describe, expect, it } from "vitest";

import { linkedTab } from "../src/components/panel";

describe("a link to the panel", () => {
  it("opens the view it names, as a red-flag notice links to Insights", () => {
    expect(linkedTab("?view=insights")).toBe("insights");
    expect(linkedTab("?view=morning&x=1")).toBe("morning");
  });

  it("leaves the first view to the panel otherwise", () => {
    expect(linkedTab("")).toBeUndefined();
    expect(linkedTab("?view=settings")).toBeUndefined();
  });
});
