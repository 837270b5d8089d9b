import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setClock } from '@/lib/clock';
import { parseListParams, readListParams, toQueryString } from './filters';

describe('list parameters', () => {
  it('reads DESIGN.md’s parameters, lists comma-separated', () => {
    const result = parseListParams({
      q: ' hai phong ',
      province: 'P31',
      class: 'overdue,completed_late',
      page: '2',
      asOf: '2024-06-30',
    });
    expect(result.success && result.data).toEqual({
      q: 'hai phong',
      province: 'P31',
      class: ['overdue', 'completed_late'],
      page: 2,
      asOf: '2024-06-30',
    });
  });

  it('refuses impossible dates, unknown classes and pages below 1', () => {
    for (const bad of [{ asOf: '2024-02-30' }, { class: 'late' }, { page: '0' }, { dueFrom: '30/06/2024' }]) {
      expect(parseListParams(bad).success).toBe(false);
    }
  });

  it('drops only the bad parameter on pages', () => {
    const { params, invalid } = readListParams({ province: 'P31', asOf: 'yesterday' });
    expect(params).toEqual({ province: 'P31' });
    expect(invalid).toEqual(['asOf']);
  });

  it('writes filters back to a query string', () => {
    expect(toQueryString({ province: 'P31', class: ['overdue'], q: undefined })).toBe(
      '?province=P31&class=overdue',
    );
  });
});

describe('one code rule for every code parameter', () => {
  it('accepts a code as typed in any case and refuses what no code can be', () => {
    expect(parseListParams({ org: 'p31', review: 'TK20-NQ23' })).toMatchObject({
      success: true,
      data: { org: 'P31', review: 'TK20-NQ23' },
    });
    for (const bad of ['%', 'P 31', 'Hải-Phòng', 'a/b', 'X'.repeat(41)]) {
      expect(parseListParams({ org: bad }).success, bad).toBe(false);
    }
  });
});

describe('compare: an earlier day the figures are compared with', () => {
  beforeAll(() => setClock('2026-11-15T10:00:00+07:00'));
  afterAll(() => setClock(null));

  it('is read with the other shared parameters when it comes before the as-of day', () => {
    expect(parseListParams({ asOf: '2026-11-01', compare: '2026-10-01' })).toMatchObject({
      success: true,
      data: { asOf: '2026-11-01', compare: '2026-10-01' },
    });
    // no asOf: before today
    expect(parseListParams({ compare: '2026-01-01' }).success).toBe(true);
  });

  it('is refused on the same day, after the as-of day, after today, or when no day at all', () => {
    for (const bad of [
      { asOf: '2026-10-01', compare: '2026-10-01' },
      { asOf: '2026-10-01', compare: '2026-10-02' },
      { compare: '2026-11-15' },
      { compare: '2026-12-01' },
      { compare: '2026-02-30' },
      { compare: '01/10/2026' },
    ]) {
      const result = parseListParams(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues.map((i) => i.path[0])).toEqual(['compare']);
    }
  });

  it('is dropped alone on pages, and named, the other parameters kept', () => {
    expect(readListParams({ province: 'P31', asOf: '2026-10-01', compare: '2026-10-05' })).toEqual({
      params: { province: 'P31', asOf: '2026-10-01' },
      invalid: ['compare'],
      reasons: { compare: 'errors.compareNotBefore' },
    });
  });

  it('is refused for its format, not as "not before", when it is no day (the reason said)', () => {
    for (const compare of ['01/10/2026', '2026-02-30', '3000']) {
      const result = parseListParams({ asOf: '2026-11-01', compare });
      expect(
        result.error?.issues.map((i) => i.message),
        compare,
      ).toEqual(['errors.badDate']);
      expect(readListParams({ asOf: '2026-11-01', compare }), compare).toEqual({
        params: { asOf: '2026-11-01' },
        invalid: ['compare'],
        reasons: { compare: 'errors.badDate' },
      });
    }
  });

  it('is kept when the as-of day is malformed, whatever that text sorts as', () => {
    // '01/12/2026' sorts before '2026-10-01': comparing the two would drop a valid compare
    for (const asOf of ['01/12/2026', '0', '2026-13-01']) {
      expect(
        parseListParams({ asOf, compare: '2026-10-01' }).error?.issues.map((i) => i.path[0]),
        asOf,
      ).toEqual(['asOf']);
      expect(readListParams({ asOf, compare: '2026-10-01' }), asOf).toEqual({
        params: { compare: '2026-10-01' },
        invalid: ['asOf'],
        reasons: { asOf: 'errors.badDate' },
      });
    }
  });

  it('is checked against today once a bad as-of day has been dropped', () => {
    expect(readListParams({ province: 'P31', asOf: 'yesterday', compare: '2026-12-01' })).toEqual({
      params: { province: 'P31' },
      invalid: ['asOf', 'compare'],
      reasons: { asOf: 'errors.badDate', compare: 'errors.compareNotBefore' },
    });
    expect(readListParams({ asOf: 'yesterday', compare: '2026-10-01' })).toEqual({
      params: { compare: '2026-10-01' },
      invalid: ['asOf'],
      reasons: { asOf: 'errors.badDate' },
    });
  });
});
