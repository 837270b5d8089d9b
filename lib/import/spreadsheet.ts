import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** Limits of an uploaded spreadsheet (issue #9), checked before the expensive work. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 20_000;
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
export const MAX_CELL_CHARS = 10_000;

/** Why a file is refused: an i18n key under `import.file` and its parameters. */
export type FileProblem = { key: string; params?: Record<string, string | number> };
export type ParsedSheet = { ok: true; rows: string[][] } | { ok: false; problem: FileProblem };

const refuse = (key: string, params?: Record<string, string | number>): ParsedSheet => ({
  ok: false,
  problem: { key: `import.file.${key}`, params },
});

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** "A1"-style name of a cell, for messages. */
export function cellName(row: number, column: number): string {
  let name = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row}`;
}

/** An Excel date cell as YYYY-MM-DD (exceljs gives a UTC Date). */
function cellText(value: ExcelJS.CellValue): string | { formula: true } {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { formula: true };
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readXlsx(bytes: Uint8Array): Promise<ParsedSheet> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return refuse('notSpreadsheet');
  }
  // The central directory states each entry's uncompressed size: a zip bomb is refused before inflating.
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    total += size;
  }
  if (total > MAX_UNCOMPRESSED_BYTES) return refuse('zipBomb');
  if (!zip.file('xl/workbook.xml')) return refuse('notSpreadsheet');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return refuse('notSpreadsheet');
  }
  const sheet = workbook.worksheets.find((ws) => ws.state !== 'hidden' && ws.actualRowCount > 0);
  if (!sheet) return { ok: true, rows: [] };
  // Rows with values count, not rows that merely exist: the template's drop-down lists reach
  // 200 rows below its data, so `rowCount` would refuse a template filled with 19,801 tasks.
  if (sheet.actualRowCount > MAX_ROWS + 1) return refuse('tooManyRows', { max: MAX_ROWS });
  // Nor may values stand far below: every row down to the last value is read (a value in row
  // 1,000,000 would make a million rows out of a small file).
  const lastRow = sheet.dimensions.bottom;
  if (lastRow > MAX_ROWS + 1) return refuse('tooManyRows', { max: MAX_ROWS });
  const rows: string[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const values: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 0); c++) {
      const text = cellText(row.getCell(c).value);
      if (typeof text !== 'string') return refuse('formula', { cell: cellName(r, c) });
      if (text.length > MAX_CELL_CHARS)
        return refuse('cellTooLong', { cell: cellName(r, c), max: MAX_CELL_CHARS });
      values.push(text);
    }
    rows.push(values);
  }
  return { ok: true, rows: dropEmpty(rows) };
}

function readCsv(bytes: Uint8Array): ParsedSheet {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return refuse('utf16');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('notUtf8');
  }
  // NUL bytes: UTF-16 without a BOM, or a binary file with another extension.
  if (text.includes('\u0000')) return refuse('notSpreadsheet');
  const lines = text.split('\n').length;
  if (lines > MAX_ROWS + 2) return refuse('tooManyRows', { max: MAX_ROWS });
  let records: string[][];
  try {
    const delimiter =
      (text.split('\n')[0].match(/;/g)?.length ?? 0) > (text.split('\n')[0].match(/,/g)?.length ?? 0)
        ? ';'
        : ',';
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true });
  } catch {
    return refuse('badCsv');
  }
  if (records.length > MAX_ROWS + 1) return refuse('tooManyRows', { max: MAX_ROWS });
  for (const [r, record] of records.entries()) {
    for (const [c, value] of record.entries()) {
      if (value.length > MAX_CELL_CHARS)
        return refuse('cellTooLong', { cell: cellName(r + 1, c + 1), max: MAX_CELL_CHARS });
    }
  }
  return { ok: true, rows: dropEmpty(records) };
}

function dropEmpty(rows: string[][]): string[][] {
  return rows.map((row) => row.map((cell) => cell.normalize('NFC').trim()));
}

/**
 * Reads an uploaded spreadsheet into rows of trimmed text cells, refusing what is not one:
 * the zip signature decides XLSX versus CSV (never the extension); limits are checked first.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<ParsedSheet> {
  if (bytes.length === 0) return refuse('empty');
  if (bytes.length > MAX_FILE_BYTES) return refuse('tooLarge', { max: 10 });
  const isZip = ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
  return isZip ? readXlsx(bytes) : readCsv(bytes);
}
