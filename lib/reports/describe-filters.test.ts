import { describe, expect, it } from 'vitest';
import { figureView } from '@/lib/figure-filters';
import en from '@/messages/en.json';
import { describeFilters } from './describe-filters';

const t = (key: string) =>
  key.split('.').reduce<unknown>((m, k) => (m as Record<string, unknown>)[k], en) as string;

describe('the filters of an export, in words', () => {
  it('names the compare day only for a table with comparison columns', () => {
    const view = figureView({ asOf: '2026-11-01', compare: '2026-10-01', org: 'P31' });
    expect(view.compare).toBe('2026-10-01');
    expect(describeFilters(view, t, true)).toContain(`${en.reports.meta.compare}: 01/10/2026`);
    // a list or a summary without comparison columns does not compare: it must not say so
    expect(describeFilters(view, t)).not.toContain(en.reports.meta.compare);
    expect(describeFilters(view, t, false)).toBe(`${en.dashboard.province}: P31`);
  });
});
