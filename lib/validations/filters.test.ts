import { describe, expect, it } from 'vitest';
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
