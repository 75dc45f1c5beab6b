import { describe, expect, it } from "vitest";

import { MIN_BAR_PERCENT, barHeight, barsShown, labelledNights, linePosition } from "../src/chart";

describe("bar chart scaling", () => {
  it("scales 0-100 to the chart's height, a zero still visible", () => {
    expect(barHeight(72)).toBe(72);
    expect(barHeight(100)).toBe(100);
    expect(barHeight(0)).toBe(MIN_BAR_PERCENT);
    expect(barHeight(50, 200)).toBe(25);
  });

  it("clamps figures out of range, and has no bar for a night without one", () => {
    expect(barHeight(130)).toBe(100);
    expect(barHeight(-5)).toBe(MIN_BAR_PERCENT);
    expect(barHeight(null)).toBeNull();
    expect(barHeight(Number.NaN)).toBeNull();
  });

  it("puts the average line where the figure is", () => {
    expect(linePosition(71.4)).toBeCloseTo(71.4);
    expect(linePosition(0)).toBe(0);
    expect(linePosition(null)).toBeNull();
  });

  it("counts one bar per night with a figure", () => {
    expect(barsShown([null, 0, 50, null, 100])).toBe(3);
  });

  it("labels a few nights evenly, always the newest", () => {
    expect(labelledNights(14, 7)).toEqual([1, 3, 5, 7, 9, 11, 13]);
    expect(labelledNights(90, 7)).toEqual([11, 24, 37, 50, 63, 76, 89]);
    expect(labelledNights(3, 7)).toEqual([0, 1, 2]);
    expect(labelledNights(0, 7)).toEqual([]);
  });
});
