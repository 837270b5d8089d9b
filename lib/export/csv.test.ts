import { describe, expect, it } from 'vitest';
import { csvLine } from './csv';

describe('csvLine', () => {
  it('quotes a field with a comma, a quote or any line break, doubling quotes', () => {
    expect(csvLine(['a', 1, ''])).toBe('a,1,\r\n');
    expect(csvLine(['Đảng, "Nhà nước"', 'x'])).toBe('"Đảng, ""Nhà nước""",x\r\n');
    // A lone LF or CR breaks a line in Excel too: quoted (csv-stringify quoted only CRLF).
    expect(csvLine(['dòng 1\ndòng 2', 'a\rb', 'c\r\nd'])).toBe('"dòng 1\ndòng 2","a\rb","c\r\nd"\r\n');
  });
});
