import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowHref, withParam } from '@/components/charts/stacked-rows';
import { setClock } from '@/lib/clock';
import {
  figureView,
  recommendationDrillDown,
  reportListParams,
  reportRecommendationParams,
} from './figure-filters';
import { readListParams, toQueryString } from './validations/filters';

const link = (search: Record<string, string>, narrow: Parameters<typeof recommendationDrillDown>[1]) =>
  new URL(
    `/recommendations${toQueryString(recommendationDrillDown(figureView(readListParams(search).params), narrow))}`,
    'http://localhost',
  ).searchParams;

describe('a recommendation segment links to the list of the same scope', () => {
  beforeAll(() => setClock('2026-11-15T10:00:00+07:00'));
  afterAll(() => setClock(null));

  it('carries a unit as a subtree (org), never as a province, with the review and the day', () => {
    const params = link({ org: 'HP-BDV', review: 'TK20-NQ23', asOf: '2026-10-01' }, { category: ['policy'] });
    expect(params.get('org')).toBe('HP-BDV');
    expect(params.has('province')).toBe(false);
    expect(params.get('review')).toBe('TK20-NQ23');
    expect(params.get('asOf')).toBe('2026-10-01');
    expect(params.get('category')).toBe('policy');
    // what the figures count: submitted by the day, every status but draft
    expect(params.get('status')?.split(',')).toEqual([
      'submitted',
      'under_review',
      'declined',
      'partially_accepted',
      'accepted',
      'implemented',
    ]);
  });

  it('carries a province chosen on the dashboard as the same subtree', () => {
    const params = link({ province: 'P31' }, {});
    expect(params.get('org')).toBe('P31');
    expect(params.has('province')).toBe(false);
    // today is the default: a bookmark of the list stays on today
    expect(params.has('asOf')).toBe(false);
  });

  it('narrows an addressee row to primaries, and its cells to the answer of that addressee', () => {
    const row = `/recommendations${toQueryString(
      recommendationDrillDown(figureView({ asOf: '2026-10-01', org: 'P31' }), {
        addressee: ['BNV'],
        primaries: '1',
      }),
    )}`;
    const cell = new URL(withParam(row, 'answer', 'accepted'), 'http://localhost').searchParams;
    const { params, invalid } = readListParams(Object.fromEntries(cell));
    expect(invalid).toEqual([]);
    expect(params).toMatchObject({
      org: 'P31',
      asOf: '2026-10-01',
      addressee: ['BNV'],
      primaries: '1',
      answer: ['accepted'],
    });
    expect(params.status).not.toContain('draft');
  });

  it('gives each addressee row, from the one link the widget sends, the link of that addressee', () => {
    const view = figureView({ asOf: '2026-10-01', org: 'P31' });
    const own = (code: string) =>
      `/recommendations${toQueryString(recommendationDrillDown(view, { addressee: [code], primaries: '1' }))}`;
    const common = { href: own(''), param: 'addressee' };
    for (const code of ['BNV', 'B-TW-41', 'QH']) {
      // the same text, parameters in the same order: only the payload is smaller
      expect(rowHref({ code, name: code, values: [] }, common)).toBe(own(code));
    }
    expect(rowHref({ code: 'P31', name: 'P31', href: '/tasks?org=P31', values: [] }, undefined)).toBe(
      '/tasks?org=P31',
    );
  });

  it("gives the reports' recommendation list the summary's filters and no draft", () => {
    const view = figureView({ org: 'HP-BDV', asOf: '2026-10-01' });
    expect(reportRecommendationParams(view)).toMatchObject({ org: 'HP-BDV', asOf: '2026-10-01' });
    expect(reportRecommendationParams(view).status).not.toContain('draft');
  });
});

describe('the compare day rides with the shared parameters of the reports', () => {
  beforeAll(() => setClock('2026-11-15T10:00:00+07:00'));
  afterAll(() => setClock(null));

  it('is kept by the view when it comes before the as-of day, not by the lists’ parameters', () => {
    const view = figureView(readListParams({ province: 'P31', compare: '2026-10-01' }).params);
    expect(view.compare).toBe('2026-10-01');
    // the detail lists and the summaries without comparison columns do not compare: their exports
    // must not say they do (only the task results carry it, see REPORTS' `compares`)
    expect(reportListParams(view)).toMatchObject({ org: 'P31' });
    expect(reportListParams(view)).not.toHaveProperty('compare');
    expect(reportRecommendationParams(view)).toMatchObject({ org: 'P31' });
    expect(reportRecommendationParams(view)).not.toHaveProperty('compare');
  });

  it('is left out when it does not come before the as-of day', () => {
    expect(figureView({ asOf: '2026-10-01', compare: '2026-10-01' }).compare).toBeUndefined();
  });
});
