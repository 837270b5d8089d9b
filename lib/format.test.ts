import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatTime } from './format';

describe('formatting', () => {
  it('writes dates dd/MM/yyyy in both languages', () => {
    expect(formatDate('2026-03-09')).toBe('09/03/2026');
    expect(formatDate(null)).toBe('');
  });

  it('groups thousands the Vietnamese way, or the English way', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
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
