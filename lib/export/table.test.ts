import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName, groupSpans, neutralizeFormula } from './table';

describe('neutralizeFormula', () => {
  it('never lets a text start with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const safe = neutralizeFormula(text);
        expect(/^[=+\-@\t\r]/.test(safe)).toBe(false);
        // nothing else changes: the original is the safe text less at most one leading apostrophe
        expect(safe === text || safe === `'${text}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('neutralises the classic payloads', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(neutralizeFormula('@SUM(1)')).toBe("'@SUM(1)");
    expect(neutralizeFormula('Hải Phòng')).toBe('Hải Phòng');
  });
});

describe('groupSpans', () => {
  it('merges adjacent columns of one group', () => {
    const spans = groupSpans([
      { key: 'a', header: 'A', kind: 'text' },
      { key: 'b', header: 'B', group: 'G', kind: 'int' },
      { key: 'c', header: 'C', group: 'G', kind: 'int' },
      { key: 'd', header: 'D', group: 'H', kind: 'int' },
    ]);
    expect(spans).toEqual([
      { group: 'G', from: 1, to: 2 },
      { group: 'H', from: 3, to: 3 },
    ]);
  });
});

describe('exportFileName', () => {
  it('is ASCII with the date', () => {
    expect(exportFileName('Kết quả thực hiện nhiệm vụ', '2024-06-30', 'xlsx')).toBe(
      'ket-qua-thuc-hien-nhiem-vu-2024-06-30.xlsx',
    );
  });
});
