import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, endOfDay, expiryClock, isIsoDay, now, setClock, today } from './clock';

afterEach(() => {
  setClock(null);
  vi.unstubAllEnvs();
});

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
      // JavaScript has a year 0, PostgreSQL does not: '0000-01-01'::date is an error (22008)
      '0000-01-01',
    ]) {
      expect(isIsoDay(bad), bad).toBe(false);
    }
  });
});

describe('APP_NOW', () => {
  const fixed = '2026-11-15T03:00:00.000Z';
  const isReal = (instant: Date) => Math.abs(instant.getTime() - Date.now()) < 60_000;

  it('is ignored by a production server that is not a demo', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SEED_DEMO', '');
    vi.stubEnv('APP_NOW', fixed);
    expect(isReal(now())).toBe(true);
    vi.stubEnv('SEED_DEMO', '0');
    expect(isReal(now())).toBe(true);
    expect(isReal(expiryClock())).toBe(true);
  });

  it('fixes "now" in a demo, but never the expiry of sessions and locks outside tests', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('SEED_DEMO', '1');
    vi.stubEnv('APP_NOW', fixed);
    expect(now().toISOString()).toBe(fixed);
    expect(isReal(expiryClock())).toBe(true);
  });

  it('fixes both clocks in a test run', () => {
    vi.stubEnv('NODE_ENV', 'test');
    vi.stubEnv('SEED_DEMO', '');
    vi.stubEnv('APP_NOW', fixed);
    expect(now().toISOString()).toBe(fixed);
    expect(expiryClock().toISOString()).toBe(fixed);
  });

  it('is ignored when it is not an instant', () => {
    vi.stubEnv('NODE_ENV', 'test');
    vi.stubEnv('APP_NOW', 'tomorrow');
    expect(isReal(now())).toBe(true);
  });
});
