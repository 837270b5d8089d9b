import { describe, expect, it } from 'vitest';
import { csvLine } from './csv';
import { neutralizeFormula } from './table';

describe('csvLine', () => {
  it('quotes a field with a comma, a quote or any line break, doubling quotes', () => {
    expect(csvLine(['a', 1, ''])).toBe('a,1,\r\n');
    expect(csvLine(['Đảng, "Nhà nước"', 'x'])).toBe('"Đảng, ""Nhà nước""",x\r\n');
    // A lone LF or CR breaks a line in Excel too: quoted (csv-stringify quoted only CRLF).
    expect(csvLine(['dòng 1\ndòng 2', 'a\rb', 'c\r\nd'])).toBe('"dòng 1\ndòng 2","a\rb","c\r\nd"\r\n');
  });

  it('quotes a field with a semicolon, which Excel in a Vietnamese locale splits on', () => {
    expect(csvLine(['P31; P32', 'x'])).toBe('"P31; P32",x\r\n');
    // Split on `;`, this cell would start a new one with a formula; quoted, it stays one text.
    const hostile = neutralizeFormula('ghi chú;=HYPERLINK("http://x","bấm")');
    expect(csvLine([hostile])).toBe('"ghi chú;=HYPERLINK(""http://x"",""bấm"")"\r\n');
  });

  it('leaves no unquoted field from which a semicolon-splitting reader gets a formula', () => {
    const cells = ['a;=1+1', 'b;+cmd', 'c;-2', 'd;@SUM(A1)', 'e;\t=1', '=1;2'].map(neutralizeFormula);
    for (const cell of cells) {
      const line = csvLine([cell]).slice(0, -2);
      // Unquoted, a line would split into pieces on `;`; every piece must not start a formula.
      const pieces = line.startsWith('"') ? [line] : line.split(';');
      for (const piece of pieces) expect(piece).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
