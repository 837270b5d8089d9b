import { curveMonotoneX, line } from 'victory-vendor/d3-shape';
import { describe, expect, it } from 'vitest';
import { monotonePath } from './monotone';

// the very module recharts' <Line type="monotone"> draws with
const d3Path = (points: [number, number][]) => line().curve(curveMonotoneX)(points) ?? '';

describe('monotonePath', () => {
  it('draws what d3’s curveMonotoneX draws (recharts’ type="monotone")', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (const n of [1, 2, 3, 4, 7, 25, 53]) {
      // a cumulative count: flat stretches and steps, as the progress chart has
      let total = 0;
      const points = Array.from({ length: n }, (_, i): [number, number] => {
        if (random() < 0.6) total += Math.floor(random() * 40);
        return [(i / Math.max(1, n - 1)) * 1000, 100 - total / 20];
      });
      expect(monotonePath(points), `${n} points`).toBe(d3Path(points));
    }
  });

  it('never goes below a flat stretch between two equal points', () => {
    const d = monotonePath([
      [0, 50],
      [10, 50],
      [20, 10],
    ]);
    // the first segment's control points stay on y = 50
    expect(d.startsWith('M0,50C3.333,50,6.667,50,10,50')).toBe(true);
  });
});
