import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from './format';

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
