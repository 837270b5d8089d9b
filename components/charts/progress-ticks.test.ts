import { describe, expect, it } from 'vitest';
import { dayTicks } from './progress-chart';

/** The chart's width from which each tier of day labels is written (container queries), and the plot's. */
const WIDTHS = { all: 320, md: 512, lg: 672 } as const;
const plotOf = (width: number) => width - 60 - 16;

describe('the progress chart’s day labels', () => {
  it('never come closer than a label and recharts’ 16 px gap, at every width they are written at', () => {
    for (let count = 2; count <= 120; count++) {
      const tiers = dayTicks(count);
      const shown = { all: ['all'], md: ['all', 'md'], lg: ['all', 'md', 'lg'] } as const;
      for (const [width, kinds] of Object.entries(shown) as [keyof typeof WIDTHS, readonly string[]][]) {
        const at = tiers.flatMap((tier, i) => (tier && kinds.includes(tier) ? [i] : []));
        const step = plotOf(WIDTHS[width]) / (count - 1);
        for (let j = 1; j < at.length; j++) {
          expect((at[j] - at[j - 1]) * step, `${count} points at ${width}`).toBeGreaterThanOrEqual(61 + 16);
        }
      }
    }
  });

  it('keep the last day, and leave out the first (it would stick out of the axis)', () => {
    const tiers = dayTicks(25);
    expect(tiers[24]).toBe('all');
    expect(tiers[0]).toBeNull();
    expect(tiers.filter(Boolean).length).toBeGreaterThan(3);
  });
});
