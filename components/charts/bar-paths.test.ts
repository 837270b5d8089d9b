import { describe, expect, it } from 'vitest';
import { barPaths, rowAt, rowTicks } from './bar-paths';

describe('horizontal bars as one path per series', () => {
  it('stacks each row left to right in series order, one rectangle per segment, in percent of the axis', () => {
    // two rows, each a band of 50 % of the height with 10 % of it left free above and below
    const paths = barPaths([{ values: [10, 30] }, { values: [20, 0] }], ['red', 'blue'], 40);
    expect(paths).toEqual([
      { color: 'red', series: 0, d: 'M0 5h25v40h-25zM0 55h50v40h-50z' },
      { color: 'blue', series: 1, d: 'M25 5h75v40h-75z' },
    ]);
  });

  it('paints a row in its own colour (one path per colour) and rounds to a thousandth', () => {
    const paths = barPaths(
      [
        { values: [1], color: 'green' },
        { values: [2], color: 'amber' },
        { values: [3], color: 'green' },
      ],
      ['grey'],
      3,
    );
    expect(paths.map((p) => [p.color, p.series, p.d])).toEqual([
      ['green', 0, 'M0 3.333h33.333v26.667h-33.333zM0 70h100v26.667h-100z'],
      ['amber', 0, 'M0 36.667h66.667v26.667h-66.667z'],
    ]);
  });

  it('draws nothing for a zero or negative value, or an empty axis', () => {
    expect(barPaths([{ values: [0, -1] }], ['red', 'blue'], 5)).toEqual([]);
    expect(barPaths([{ values: [0] }], ['red'], 0)).toEqual([]);
  });
});

describe('the row under the pointer', () => {
  it('is the band the point falls in, none outside the plot', () => {
    expect(rowAt(0, 4)).toBe(0);
    expect(rowAt(0.49, 4)).toBe(1);
    expect(rowAt(0.999, 4)).toBe(3);
    expect(rowAt(1, 4)).toBeNull();
    expect(rowAt(-0.01, 4)).toBeNull();
  });
});

describe("the rows' ticks", () => {
  it('marks the middle of each band', () => {
    expect(rowTicks(4)).toBe('M0 12.5h6M0 37.5h6M0 62.5h6M0 87.5h6');
    expect(rowTicks(0)).toBe('');
  });
});
