/**
 * The ticks of a count axis from 0 to `max`: recharts' own rule (getNiceTickValues with five
 * ticks, whole numbers, domain [0, auto]), so that the charts drawn here without recharts keep
 * the axes they had — 0, 5, 10, 15, 20 rather than 0, 4, 8, 12, 16. The axis ends at the last tick.
 * Counts only: whole, not negative (a test holds it equal to recharts' function).
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) {
    // recharts' single-value case at 0: the ticks around it, the negative ones dropped by domain [0, …]
    return Array.from({ length: count }, (_, i) => i);
  }
  for (let correction = 0; ; correction++) {
    const step = adaptiveStep(max / (count - 1), correction);
    // 0 is in the interval, so it is a tick; every tick above it covers the rest
    const up = Math.ceil(max / step);
    if (up + 1 > count) continue;
    return Array.from({ length: count }, (_, i) => i * step);
  }
}

/** recharts' getAdaptiveStep for whole numbers: rough step rounded up to 0.05 (or 0.1) of its power of ten. */
function adaptiveStep(rough: number, correction: number): number {
  const digits = Math.floor(Math.log10(rough)) + 1;
  const power = 10 ** digits;
  const scale = digits !== 1 ? 0.05 : 0.1;
  // rounded to 12 digits: the float noise of rough / power / scale must not push a ceiling up
  const ratio = (Math.ceil(Number((rough / power / scale).toPrecision(12))) + correction) * scale;
  return Math.ceil(Number((ratio * power).toPrecision(12)));
}

/** A value's place on an axis that runs from 0 to `end`, in percent. */
export function percentOf(value: number, end: number): number {
  return end > 0 ? (value / end) * 100 : 0;
}

/** A length in percent for an SVG attribute, to a thousandth: long charts stay short in the HTML. */
export function pct(value: number): string {
  return `${Math.round(value * 1000) / 1000}%`;
}
