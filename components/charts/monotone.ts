/**
 * An SVG path through points with d3's curveMonotoneX (what recharts draws for `type="monotone"`):
 * a cubic curve that never overshoots between two points, so a cumulative count never seems to
 * go down. Points in drawing order, x increasing.
 */
export function monotonePath(points: readonly (readonly [number, number])[]): string {
  const n = points.length;
  if (n === 0) return '';
  const [x0, y0] = points[0];
  if (n === 1) return `M${round(x0)},${round(y0)}Z`;
  if (n === 2) return `M${round(x0)},${round(y0)}L${round(points[1][0])},${round(points[1][1])}`;
  const tangents = new Array<number>(n);
  for (let i = 1; i < n - 1; i++) tangents[i] = slope3(points[i - 1], points[i], points[i + 1]);
  tangents[0] = slope2(points[0], points[1], tangents[1]);
  tangents[n - 1] = slope2(points[n - 2], points[n - 1], tangents[n - 2]);
  let d = `M${round(x0)},${round(y0)}`;
  for (let i = 1; i < n; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    const dx = (bx - ax) / 3;
    d += `C${round(ax + dx)},${round(ay + dx * tangents[i - 1])},${round(bx - dx)},${round(by - dx * tangents[i])},${round(bx)},${round(by)}`;
  }
  return d;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
const sign = (v: number) => (v < 0 ? -1 : 1);

/** The tangent at b (Steffen's method, as d3's slope3). */
function slope3(a: readonly [number, number], b: readonly [number, number], c: readonly [number, number]) {
  const h0 = b[0] - a[0];
  const h1 = c[0] - b[0];
  const s0 = (b[1] - a[1]) / (h0 || (h1 < 0 ? -0 : 0));
  const s1 = (c[1] - b[1]) / (h1 || (h0 < 0 ? -0 : 0));
  const p = (s0 * h1 + s1 * h0) / (h0 + h1);
  return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
}

/** The tangent at an end, from the one next to it (d3's slope2). */
function slope2(a: readonly [number, number], b: readonly [number, number], t: number) {
  const h = b[0] - a[0];
  return h ? ((3 * (b[1] - a[1])) / h - t) / 2 : t;
}
