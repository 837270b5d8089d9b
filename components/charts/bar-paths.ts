import { percentOf } from './nice-ticks';

/** recharts' barCategoryGap, 10% of a row's band on each side */
export const GAP = 0.1;

/** A number for a path drawn in a 100 × 100 box, to a thousandth: long charts stay short in the HTML. */
function n(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/**
 * The bars of a horizontal chart as one SVG path per colour, in a 100 × 100 box stretched over
 * the plot (x: percent of the axis' `end`, y: percent of the plot's height) — one per series, and
 * per colour within it (a one-series chart may paint each row its own): a rectangle per
 * segment costs ~30 bytes of path instead of a ~90-byte element, and the page fewer nodes to
 * render (issue 20: the addressee chart was 57 KB of SVG). Rows stack their values in series
 * order; a row's own `color` paints all its segments. Zero or negative values draw nothing.
 */
export function barPaths(
  rows: { values: number[]; color?: string }[],
  seriesColors: string[],
  end: number,
): { color: string; series: number; d: string }[] {
  const paths = new Map<string, { color: string; series: number; d: string }>();
  const band = 100 / Math.max(1, rows.length);
  rows.forEach((row, r) => {
    let start = 0;
    const y = n((r + GAP) * band);
    const h = n((1 - 2 * GAP) * band);
    row.values.forEach((value, s) => {
      const x = start;
      start += value;
      if (value <= 0) return;
      const color = row.color ?? seriesColors[s];
      const key = `${s} ${color}`;
      const path = paths.get(key) ?? { color, series: s, d: '' };
      const w = n(percentOf(value, end));
      path.d += `M${n(percentOf(x, end))} ${y}h${w}v${h}h-${w}z`;
      paths.set(key, path);
    });
  });
  return [...paths.values()];
}

/** The row under a point `fraction` (0–1) of the way down a plot of `count` rows; null outside. */
export function rowAt(fraction: number, count: number): number | null {
  const row = Math.floor(fraction * count);
  return row >= 0 && row < count ? row : null;
}

/** The rows' ticks left of the axis: a 6-unit line at each band's middle, y in percent of the plot's height. */
export function rowTicks(count: number): string {
  const band = 100 / Math.max(1, count);
  return Array.from({ length: count }, (_, r) => `M0 ${n((r + 0.5) * band)}h6`).join('');
}
