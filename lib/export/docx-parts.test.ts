import { describe, expect, it } from 'vitest';
import { cellText } from './docx-parts';
import type { Column } from './table';

const change: Column = { key: 'c', header: 'c', kind: 'percent', signed: true };
const count: Column = { key: 'n', header: 'n', kind: 'int', signed: true };

describe('a Word table cell', () => {
  it('signs a change as it is written, rounded to a tenth of a percent', () => {
    expect(cellText(0.0004, change)).toBe('0%');
    expect(cellText(-0.0004, change)).toBe('0%');
    expect(cellText(0.0005, change)).toBe('+0,1%');
    expect(cellText(0.125, change)).toBe('+12,5%');
    expect(cellText(-0.125, change)).toBe('-12,5%');
    expect(cellText(0, change)).toBe('0%');
  });

  it('signs a rise of a count, and leaves unsigned columns and empty cells alone', () => {
    expect(cellText(1234, count)).toBe('+1.234');
    expect(cellText(-3, count)).toBe('-3');
    expect(cellText(0, count)).toBe('0');
    expect(cellText(0.5, { ...change, signed: false })).toBe('50%');
    expect(cellText(null, change)).toBe('');
    expect(cellText('Hải Phòng', { key: 't', header: 't', kind: 'text' })).toBe('Hải Phòng');
  });
});
