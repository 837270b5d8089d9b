import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellName, MAX_ROWS, readSpreadsheet } from './spreadsheet';

async function xlsx(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Nhiệm vụ'));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readSpreadsheet', () => {
  it('reads an XLSX with dates as ISO days and text trimmed and composed', async () => {
    const file = await xlsx((s) => {
      s.addRow(['Tên nhiệm vụ', 'Hạn hoàn thành']);
      s.addRow([' Rà soát ', new Date(Date.UTC(2026, 11, 31))]);
    });
    expect(await readSpreadsheet(file)).toEqual({
      ok: true,
      rows: [
        ['Tên nhiệm vụ', 'Hạn hoàn thành'],
        ['Rà soát', '2026-12-31'],
      ],
    });
  });

  it('reads a UTF-8 CSV, with or without BOM, comma or semicolon', async () => {
    expect(await readSpreadsheet(utf8('\uFEFFa;b\n"Hải; Phòng";2'))).toEqual({
      ok: true,
      rows: [
        ['a', 'b'],
        ['Hải; Phòng', '2'],
      ],
    });
    expect(await readSpreadsheet(utf8('a,b\nx,y\n'))).toMatchObject({
      rows: [
        ['a', 'b'],
        ['x', 'y'],
      ],
    });
  });

  it('refuses a formula and names the cell', async () => {
    const file = await xlsx((s) => {
      s.addRow(['Tên nhiệm vụ']);
      s.getCell('B2').value = { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellFormulaValue;
    });
    expect(await readSpreadsheet(file)).toEqual({
      ok: false,
      problem: { key: 'import.file.formula', params: { cell: 'B2' } },
    });
  });

  it('refuses a zip bomb from its central directory, before inflating it', async () => {
    const zip = await JSZip.loadAsync(await xlsx((s) => s.addRow(['Tên nhiệm vụ'])));
    zip.file('xl/worksheets/sheet1.xml', new Uint8Array(120 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(await readSpreadsheet(bytes)).toMatchObject({
      ok: false,
      problem: { key: 'import.file.zipBomb' },
    });
  }, 30_000);

  it('refuses a zip that is not a workbook, and a binary file', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await readSpreadsheet(bytes)).toMatchObject({ problem: { key: 'import.file.notSpreadsheet' } });
    const pdfish = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0, 0xff, 0xd8]);
    expect(await readSpreadsheet(pdfish)).toMatchObject({ ok: false });
  });

  it('refuses UTF-16 and Windows-1258 CSVs with a message naming the encoding', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(Buffer.from('a,b\n', 'utf16le'))]);
    expect(await readSpreadsheet(utf16)).toMatchObject({ problem: { key: 'import.file.utf16' } });
    // "Hải Phòng" in Windows-1258: ò is 0xF2, ả is a + combining 0xD2.
    const cp1258 = new Uint8Array([0x48, 0x61, 0xd2, 0x69, 0x20, 0x50, 0x68, 0xf2, 0x6e, 0x67]);
    expect(await readSpreadsheet(cp1258)).toMatchObject({ problem: { key: 'import.file.notUtf8' } });
  });

  it('refuses more than 20,000 rows, a cell over 10,000 characters, more than 10 MB, an empty file', async () => {
    const many = `a\n${'x\n'.repeat(MAX_ROWS + 1)}`;
    expect(await readSpreadsheet(utf8(many))).toMatchObject({ problem: { key: 'import.file.tooManyRows' } });
    const rows = await xlsx((s) => {
      s.addRow(['a']);
      for (let i = 0; i <= MAX_ROWS; i++) s.addRow(['x']);
    });
    expect(await readSpreadsheet(rows)).toMatchObject({ problem: { key: 'import.file.tooManyRows' } });
    expect(await readSpreadsheet(utf8(`a\n${'x'.repeat(10_001)}`))).toMatchObject({
      problem: { key: 'import.file.cellTooLong', params: { cell: 'A2' } },
    });
    const long = await xlsx((s) => s.addRow(['y'.repeat(10_001)]));
    expect(await readSpreadsheet(long)).toMatchObject({ problem: { key: 'import.file.cellTooLong' } });
    expect(await readSpreadsheet(new Uint8Array(10 * 1024 * 1024 + 1))).toMatchObject({
      problem: { key: 'import.file.tooLarge' },
    });
    expect(await readSpreadsheet(new Uint8Array())).toMatchObject({ problem: { key: 'import.file.empty' } });
  }, 60_000);

  it('counts rows with values against the limit, not blank rows the template adds below them', async () => {
    const file = await xlsx((s) => {
      s.addRow(['Tên nhiệm vụ']);
      s.addRow(['Rà soát']);
      for (let r = 3; r <= MAX_ROWS + 300; r++)
        s.getCell(r, 1).dataValidation = { type: 'list', allowBlank: true, formulae: ['"a,b"'] };
    });
    expect(await readSpreadsheet(file)).toEqual({ ok: true, rows: [['Tên nhiệm vụ'], ['Rà soát']] });
  });

  it('refuses a file whose values stand below the last row allowed, however few they are', async () => {
    const file = await xlsx((s) => {
      s.addRow(['Tên nhiệm vụ']);
      s.getCell(MAX_ROWS + 500, 1).value = 'xa';
    });
    expect(await readSpreadsheet(file)).toMatchObject({ problem: { key: 'import.file.tooManyRows' } });
  });

  it('names cells as spreadsheets do', () => {
    expect([cellName(1, 1), cellName(2, 26), cellName(3, 27), cellName(4, 703)]).toEqual([
      'A1',
      'Z2',
      'AA3',
      'AAA4',
    ]);
  });
});
