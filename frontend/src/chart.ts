// The trend chart's geometry: bar heights on a 0-100 scale, and which nights get a date label.

/** The height (percent of the chart) of a bar for a 0-100 figure; a night with none has no bar. */
export const MIN_BAR_PERCENT = 2; // a 0 is still a bar, so an answered night always shows

export function barHeight(value: number | null, scale = 100): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const clamped = Math.min(Math.max(value, 0), scale);
  return Math.max((clamped / scale) * 100, MIN_BAR_PERCENT);
}

/** Where a line for a figure sits, as percent from the bottom (null: no line). */
export function linePosition(value: number | null, scale = 100): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return (Math.min(Math.max(value, 0), scale) / scale) * 100;
}

/**
 * The indexes of the nights that carry a date label: at most `most`, evenly spaced, the last
 * night always labelled (the newest is what people look for first).
 */
export function labelledNights(count: number, most: number): number[] {
  if (count <= 0 || most <= 0) return [];
  const step = Math.max(1, Math.ceil(count / most));
  const labelled: number[] = [];
  for (let index = count - 1; index >= 0; index -= step) labelled.unshift(index);
  return labelled;
}

/** The night `step` bars from `night` (-1 the one before), or undefined past either end. */
export function neighbourNight(nights: readonly string[], night: string, step: number): string | undefined {
  const index = nights.indexOf(night);
  return index < 0 ? undefined : nights[index + step];
}

/** How many bars have a figure: the nights the chart actually shows. */
export function barsShown(values: readonly (number | null)[]): number {
  return values.filter((value) => barHeight(value) !== null).length;
}
