import { parse } from 'csv-parse/sync';
import { cellName, readXlsx } from './xlsx-reader';
import { XLSX_LIMITS } from './xlsx-zip';

export { cellName };

/** Limits of an uploaded spreadsheet (issue #9), checked before the expensive work. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The import's upload: the file, the dry run's versions sent back (up to 4 MB) and the framing. */
export const IMPORT_UPLOAD_LIMITS = { fileMb: 10, bodyBytes: MAX_FILE_BYTES + 5 * 1024 * 1024 };
export const MAX_ROWS = XLSX_LIMITS.rows - 1;
export const MAX_CELL_CHARS = XLSX_LIMITS.cellChars;

/** Why a file is refused: an i18n key under `import.file` and its parameters. */
export type FileProblem = { key: string; params?: Record<string, string | number> };
export type ParsedSheet = { ok: true; rows: string[][] } | { ok: false; problem: FileProblem };

const refuse = (key: string, params?: Record<string, string | number>): ParsedSheet => ({
  ok: false,
  problem: { key: `import.file.${key}`, params },
});

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

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
  if (!isZip) return readCsv(bytes);
  // The XLSX reader gives its cells already trimmed and composed, each shared string once.
  const sheet = await readXlsx(bytes);
  return sheet.ok
    ? sheet
    : {
        ok: false,
        problem: {
          key: `import.file.${sheet.problem.key}`,
          ...('params' in sheet.problem ? { params: sheet.problem.params } : {}),
        },
      };
}
