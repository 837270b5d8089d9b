import { describe, expect, it } from 'vitest';
import { dayTickClasses, dayTicksAt } from './progress-chart';

const WIDTH = 58;
const GAP = 16;

describe('the progress chart’s day labels', () => {
  it('never overlap, nor stick out of the axis, at any plot width', () => {
    for (let count = 1; count <= 120; count += 7) {
      for (const plot of [244, 308, 372, 436, 500, 596, 692, 900]) {
        const shown = dayTicksAt(count, plot);
        const at = shown.flatMap((s, i) => (s ? [i] : []));
        const x = (i: number) => (count > 1 ? (i / (count - 1)) * plot : plot / 2);
        expect(at.length, `${count} points on ${plot} px`).toBeGreaterThan(0);
        for (let j = 1; j < at.length; j++) {
          expect(x(at[j]) - x(at[j - 1]), `${count} points on ${plot} px`).toBeGreaterThanOrEqual(
            WIDTH + GAP,
          );
        }
        if (at[0] !== undefined && at[0] !== count - 1) expect(x(at[0])).toBeGreaterThanOrEqual(WIDTH / 2);
      }
    }
  });

  it('keep the last day, as recharts’ preserveEnd does, and write five on a dashboard column', () => {
    // 25 months on the plot of a chart 483 px wide (a 1350 px screen, two columns)
    const shown = dayTicksAt(25, 483 - 60 - 16);
    expect(shown[24]).toBe(true);
    expect(shown[0]).toBe(false);
    expect(shown.filter(Boolean)).toHaveLength(5);
  });

  it('give each label the container widths it is written at', () => {
    const classes = dayTickClasses(25);
    expect(classes[24]).toBe(''); // at every width
    expect(classes[0]).toBeNull(); // at none
    expect(classes.some((c) => c?.startsWith('hidden'))).toBe(true);
  });
});
