import { afterEach, describe, expect, it } from 'vitest';
import { addDays, endOfDay, isIsoDay, setClock, today } from './clock';

afterEach(() => setClock(null));

describe('clock', () => {
  it('gives the Vietnamese calendar day, not the UTC one', () => {
    setClock('2026-11-27T18:30:00Z'); // 01:30 on the 28th in Hà Nội
    expect(today()).toBe('2026-11-28');
  });

  it('ends a day at midnight in Vietnam', () => {
    expect(endOfDay('2024-06-30').toISOString()).toBe('2024-06-30T17:00:00.000Z');
  });

  it('adds days across months', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });

  it('knows a day that exists from one that does not', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    for (const bad of [
      '2024-02-31',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-2-3',
      ' 2024-02-03',
      '',
    ]) {
      expect(isIsoDay(bad), bad).toBe(false);
    }
  });
});
