import { describe, expect, it } from 'vitest';
import { formatCapped, formatDate, formatNumber, formatPercent, formatTime, parseDay } from './format';

describe('formatting', () => {
  it('writes dates dd/MM/yyyy in both languages', () => {
    expect(formatDate('2026-03-09')).toBe('09/03/2026');
    expect(formatDate(null)).toBe('');
  });

  it('groups thousands the Vietnamese way, or the English way', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });

  it('writes a count that stopped at its cap as the cap and a plus', () => {
    expect(formatCapped(1001, 1000, 'vi')).toBe('1.000+');
    expect(formatCapped(1001, 1000, 'en')).toBe('1,000+');
    expect(formatCapped(1000, 1000, 'vi')).toBe('1.000');
    expect(formatCapped(7, 1000, 'vi')).toBe('7');
  });

  it('writes a ratio as a percentage with one decimal', () => {
    expect(formatPercent(0.4567, 'vi')).toBe('45,7%');
    expect(formatPercent(0.4567, 'en')).toBe('45.7%');
    expect(formatPercent(1, 'vi')).toBe('100%');
  });
});

describe('formatTime', () => {
  it("shows an instant as hh:mm:ss in Vietnam's time", () => {
    expect(formatTime(new Date('2026-11-15T03:04:05Z'))).toBe('10:04:05');
    expect(formatTime(new Date('2026-11-15T17:00:00Z'))).toBe('00:00:00');
  });
});

describe('parseDay', () => {
  it('reads a day typed dd/MM/yyyy, whatever the browser language, as YYYY-MM-DD', () => {
    expect(parseDay('31/12/2026')).toBe('2026-12-31');
    expect(parseDay('09/03/2026')).toBe('2026-03-09');
    expect(parseDay('1/2/2027')).toBe('2027-02-01');
    expect(parseDay('01.02.2027')).toBe('2027-02-01');
    expect(parseDay(' 15-11-2026 ')).toBe('2026-11-15');
    expect(parseDay('2026-12-31')).toBe('2026-12-31');
  });

  it('gives back what formatDate wrote', () => {
    for (const day of ['2026-01-01', '2026-12-31', '2024-02-29', '1999-07-04']) {
      expect(parseDay(formatDate(day))).toBe(day);
    }
  });

  it('takes 29 February only in a leap year', () => {
    expect(parseDay('29/02/2024')).toBe('2024-02-29');
    expect(parseDay('29/02/2000')).toBe('2000-02-29');
    expect(parseDay('29/02/2026')).toBeNull();
    expect(parseDay('29/02/1900')).toBeNull();
  });

  it('refuses days that do not exist rather than rolling them over', () => {
    expect(parseDay('31/02/2026')).toBeNull();
    expect(parseDay('31/04/2026')).toBeNull();
    expect(parseDay('00/01/2026')).toBeNull();
    expect(parseDay('15/00/2026')).toBeNull();
    expect(parseDay('2026-02-30')).toBeNull();
  });

  it('refuses the month first (US order) when it cannot be a day first', () => {
    expect(parseDay('12/31/2026')).toBeNull();
  });

  it('refuses two-digit years, letters, junk and empty text', () => {
    for (const text of [
      '31/12/26',
      '3/1/26',
      '31/12/202',
      '31/12/20266',
      '311/2/2026',
      'abc',
      '31/ab/2026',
      '31 12 2026',
      '31/12/2026x',
      '',
      '   ',
      '2026-1-5',
    ]) {
      expect(parseDay(text), text).toBeNull();
    }
  });
});
