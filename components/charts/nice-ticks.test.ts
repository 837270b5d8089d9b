import { getNiceTickValues } from 'recharts/es6/util/scale/getNiceTickValues';
import { describe, expect, it } from 'vitest';
import { niceTicks, pct, percentOf } from './nice-ticks';

describe('niceTicks', () => {
  it('gives the axes recharts gave the dashboard (five whole ticks from 0)', () => {
    expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(17)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(0)).toEqual([0, 1, 2, 3, 4]);
  });

  it('equals recharts’ getNiceTickValues for every count up to 1,000 and a spread above', () => {
    const maxima = [
      ...Array.from({ length: 1000 }, (_, i) => i),
      ...Array.from({ length: 200 }, (_, i) => Math.round(1.08 ** (i + 90))),
    ];
    const differing = maxima.filter(
      (max) => JSON.stringify(niceTicks(max)) !== JSON.stringify(getNiceTickValues([0, max], 5, false)),
    );
    expect(differing).toEqual([]);
  });

  it('places a value on the axis in percent', () => {
    expect(percentOf(5, 20)).toBe(25);
    expect(percentOf(3, 0)).toBe(0);
    expect(pct(100 / 3)).toBe('33.333%');
  });
});
