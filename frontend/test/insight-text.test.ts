import { describe, expect, it } from "vitest";

import { differenceText, factorSentence, sortedFactors } from "../src/insight-text";
import type { Factor } from "../src/types";
import { englishTexts } from "./fixtures";

const texts = englishTexts();

function factor(overrides: Partial<Factor>): Factor {
  return {
    key: "alcohol",
    nights_with: 9,
    nights_without: 19,
    burden_with: 76.7,
    burden_without: 8.3,
    difference: 68.4,
    difference_low: 40.1,
    difference_high: 96.7,
    verdict: "worse",
    more_nights_with: 0,
    more_nights_without: 0,
    ...overrides,
  };
}

describe("what goes with worse nights, in words", () => {
  it("says a clear difference with its interval, and says 'goes with'", () => {
    const sentence = factorSentence(texts, factor({}), "en");
    expect(sentence).toBe(
      "Alcohol goes with worse nights: on 9 nights with it your burden averaged 76.7, on 19 nights" +
        " without it 8.3. The difference is 68.4 points (95 % interval 40.1 to 96.7).",
    );
    expect(sentence).not.toMatch(/cause/i);
    expect(differenceText(texts, factor({}), "en")).toBe("68.4 (40.1 to 96.7)");
  });

  it("calls an unclear difference no clear difference, however large it looks", () => {
    const unclear = factor({ verdict: "no_clear_difference", difference: 18, difference_low: -4, difference_high: 40 });
    expect(factorSentence(texts, unclear, "en")).toMatch(/^Alcohol: no clear difference\./);
  });

  it("says how many more nights a comparison needs", () => {
    const few = factor({ verdict: "too_few_nights", nights_with: 1, difference: null, more_nights_with: 2 });
    expect(factorSentence(texts, few, "en")).toBe("Alcohol: too few nights to tell yet. It needs 2 more nights with it.");
    const both = factor({ verdict: "too_few_nights", more_nights_with: 2, more_nights_without: 1, difference: null });
    expect(factorSentence(texts, both, "en")).toContain("2 more nights with it and 1 without it");
    expect(differenceText(texts, few, "en")).toBe("–");
  });

  it("says one night, not '1 nights'", () => {
    const one = factor({ verdict: "too_few_nights", nights_with: 2, difference: null, more_nights_with: 1 });
    expect(factorSentence(texts, one, "en")).toBe("Alcohol: too few nights to tell yet. It needs 1 more night with it.");
    const without = factor({ verdict: "too_few_nights", difference: null, more_nights_without: 1 });
    expect(factorSentence(texts, without, "en")).toContain("It needs 1 more night without it.");
    const both = factor({ verdict: "too_few_nights", more_nights_with: 1, more_nights_without: 2, difference: null });
    expect(factorSentence(texts, both, "en")).toContain("1 more night with it and 2 without it");
  });

  it("lists what is clear first, then the unclear by difference, then too few nights", () => {
    const listed = sortedFactors([
      factor({ key: "late_detox", verdict: "too_few_nights", difference: null }),
      factor({ key: "caffeine_after_cutoff", verdict: "no_clear_difference", difference: 3 }),
      factor({ key: "stressed_evening", verdict: "no_clear_difference", difference: 9 }),
      factor({ key: "alcohol", verdict: "worse" }),
    ]);
    expect(listed.map((item) => item.key)).toEqual([
      "alcohol",
      "stressed_evening",
      "caffeine_after_cutoff",
      "late_detox",
    ]);
  });
});
