import type { SaxesTagPlain } from 'saxes';
import type { Entry, ZipFile } from 'yauzl';
import {
  type Budget,
  listEntries,
  MB,
  notSpreadsheet,
  openZip,
  parseEntry,
  Refused,
  XLSX_LIMITS,
  type XlsxProblem,
} from './xlsx-zip';

/**
 * The first sheet of an XLSX as rows of text cells, read as a stream: every zip entry it needs
 * is inflated chunk by chunk and parsed as it comes, and the bytes really inflated (not the
 * sizes the zip declares, which a hostile file can fake) are counted against one budget, as are
 * rows, columns and characters. Reading stops at the first limit passed; a file whose entry
 * says 1 KB and inflates to gigabytes is refused after the budget, holding a chunk at a time.
 */

/** "A1"-style name of a cell, for messages. */
export function cellName(row: number, column: number): string {
  let name = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26))
    name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row}`;
}

/** Column (1-based) and row of a reference such as "AB12". */
function parseRef(ref: string): { column: number; row: number } | null {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(ref);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1]) column = column * 26 + (letter.charCodeAt(0) - 64);
  return { column, row: Number(match[2]) };
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
/** Text as every import reads it: composed (NFC) and trimmed, once per string. */
const clean = (text: string) => text.normalize('NFC').trim();

/** The path of the first sheet in the workbook's order, and whether dates count from 1904. */
async function firstSheet(zip: ZipFile, entries: Map<string, Entry>, budget: Budget) {
  const workbook = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw notSpreadsheet();
  let relId: string | null = null;
  let date1904 = false;
  await parseEntry(zip, workbook, budget, (parser) =>
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const name = localName(tag.name);
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(String(tag.attributes.date1904));
      if (name === 'sheet' && relId === null) {
        const id = Object.entries(tag.attributes).find(([key]) => localName(key) === 'id');
        relId = id ? String(id[1]) : null;
      }
    }),
  );
  let target: string | null = null;
  await parseEntry(zip, rels, budget, (parser) =>
    parser.on('opentag', (tag: SaxesTagPlain) => {
      if (localName(tag.name) === 'Relationship' && tag.attributes.Id === relId)
        target = String(tag.attributes.Target);
    }),
  );
  if (!target) throw notSpreadsheet();
  const path = (target as string).startsWith('/')
    ? (target as string).slice(1)
    : `xl/${(target as string).replace(/^\.\//, '')}`;
  const sheet = entries.get(path);
  if (!sheet) throw notSpreadsheet();
  return { sheet, date1904 };
}

/** Built-in number formats that show a date (ECMA-376 18.8.30, and the East Asian ones). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Does a custom format code show a date (d, m or y outside quotes and brackets)? */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style (index in cellXfs), whether it shows a date. */
async function dateStyles(zip: ZipFile, entries: Map<string, Entry>, budget: Budget): Promise<boolean[]> {
  const entry = entries.get('xl/styles.xml');
  if (!entry) return [];
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await parseEntry(zip, entry, budget, (parser) => {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const name = localName(tag.name);
      if (name === 'numFmt')
        custom.set(Number(tag.attributes.numFmtId), isDateFormat(String(tag.attributes.formatCode ?? '')));
      if (name === 'cellXfs') inCellXfs = true;
      if (name === 'xf' && inCellXfs) {
        if (styles.length >= 65_536) throw notSpreadsheet();
        const id = Number(tag.attributes.numFmtId ?? 0);
        styles.push(custom.get(id) ?? DATE_FORMAT_IDS.has(id));
      }
    });
    parser.on('closetag', (tag) => {
      if (localName(tag.name) === 'cellXfs') inCellXfs = false;
    });
  });
  return styles;
}

/** Counts the characters kept, so that no file makes more text than the limit allows. */
function textCounter() {
  let total = 0;
  return (text: string) => {
    total += text.length;
    if (total > XLSX_LIMITS.totalChars)
      throw new Refused({ key: 'tooMuchText', params: { max: XLSX_LIMITS.totalChars / 1_000_000 } });
    return text;
  };
}

/** The shared strings, each cleaned once (phonetic runs left out, as Excel shows them). */
async function sharedStrings(
  zip: ZipFile,
  entries: Map<string, Entry>,
  budget: Budget,
  keep: (text: string) => string,
): Promise<string[]> {
  const entry = entries.get('xl/sharedStrings.xml');
  if (!entry) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let chars = 0;
  let inText = false;
  let phonetic = 0;
  await parseEntry(zip, entry, budget, (parser) => {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const name = localName(tag.name);
      if (name === 'si') {
        current = [];
        chars = 0;
      }
      if (name === 'rPh') phonetic++;
      if (name === 't') inText = true;
    });
    // Past twice the cell limit the rest of a string is not kept: it is refused where it is used.
    const onText = (text: string) => {
      if (!current || !inText || phonetic || chars > 2 * XLSX_LIMITS.cellChars) return;
      current.push(text);
      chars += text.length;
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    parser.on('closetag', (tag) => {
      const name = localName(tag.name);
      if (name === 't') inText = false;
      if (name === 'rPh') phonetic--;
      if (name === 'si' && current) {
        if (strings.length >= XLSX_LIMITS.rows * XLSX_LIMITS.columns) throw notSpreadsheet();
        strings.push(keep(clean(current.join(''))));
        current = null;
      }
    });
  });
  return strings;
}

/** An Excel serial day as YYYY-MM-DD. */
function serialDay(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

type Cell = {
  ref: string | null;
  type: string;
  style: number;
  formula: boolean;
  value: string[];
  inline: string[];
  inlineText: boolean;
  phonetic: number;
  chars: number;
};

/** The rows of the first sheet: text cells, dates as ISO days, empty rows kept as empty. */
async function sheetRows(
  zip: ZipFile,
  sheet: Entry,
  budget: Budget,
  context: { shared: string[]; dates: boolean[]; date1904: boolean; keep: (text: string) => string },
): Promise<string[][]> {
  const rows = new Map<number, string[]>();
  let rowIndex = 0;
  let nextColumn = 1;
  let cell: Cell | null = null;
  let inValue = false;
  const refuse = (problem: XlsxProblem) => {
    throw new Refused(problem);
  };

  const cellText = (c: Cell): string => {
    if (c.type === 'inlineStr') return clean(c.inline.join(''));
    const raw = c.value.join('').trim();
    if (raw === '') return '';
    switch (c.type) {
      case 's':
        return context.shared[Number(raw)] ?? '';
      case 'str':
        return clean(raw);
      case 'e':
        return '';
      case 'd':
        // An ISO 8601 date cell (Strict OOXML, some generators): its day.
        return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : clean(raw);
      case 'b':
        return raw === '1' ? 'true' : 'false';
      default: {
        const number = Number(raw);
        if (!Number.isFinite(number)) return clean(raw);
        if (context.dates[c.style] && number >= 0 && number < 2_958_466)
          return serialDay(number, context.date1904);
        return String(number);
      }
    }
  };

  const closeCell = (c: Cell) => {
    const position = c.ref ? parseRef(c.ref) : null;
    const column = position?.column ?? nextColumn;
    nextColumn = column + 1;
    if (c.formula) refuse({ key: 'formula', params: { cell: cellName(rowIndex, column) } });
    const text = cellText(c);
    if (!text) return;
    if (text.length > XLSX_LIMITS.cellChars)
      refuse({
        key: 'cellTooLong',
        params: { cell: cellName(rowIndex, column), max: XLSX_LIMITS.cellChars },
      });
    if (rowIndex > XLSX_LIMITS.rows) refuse({ key: 'tooManyRows', params: { max: XLSX_LIMITS.rows - 1 } });
    if (column > XLSX_LIMITS.columns) refuse({ key: 'tooManyColumns', params: { max: XLSX_LIMITS.columns } });
    let row = rows.get(rowIndex);
    if (!row) {
      if (rows.size >= XLSX_LIMITS.rows)
        refuse({ key: 'tooManyRows', params: { max: XLSX_LIMITS.rows - 1 } });
      row = [];
      rows.set(rowIndex, row);
    }
    // A shared string is kept by reference: only new text counts against the limit.
    row[column - 1] = c.type === 's' ? text : context.keep(text);
  };

  await parseEntry(zip, sheet, budget, (parser) => {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const name = localName(tag.name);
      if (name === 'row') {
        const r = Number(tag.attributes.r);
        rowIndex = Number.isInteger(r) && r > 0 ? r : rowIndex + 1;
        nextColumn = 1;
      } else if (name === 'c') {
        cell = {
          ref: tag.attributes.r ? String(tag.attributes.r) : null,
          type: String(tag.attributes.t ?? 'n'),
          style: Number(tag.attributes.s ?? 0),
          formula: false,
          value: [],
          inline: [],
          inlineText: false,
          phonetic: 0,
          chars: 0,
        };
      } else if (cell) {
        if (name === 'f') cell.formula = true;
        if (name === 'v') inValue = true;
        if (name === 'rPh') cell.phonetic++;
        if (name === 't') cell.inlineText = true;
      }
    });
    const onText = (text: string) => {
      if (!cell) return;
      if (inValue) cell.value.push(text);
      else if (cell.inlineText && !cell.phonetic) cell.inline.push(text);
      else return;
      // A cell's text is bounded while it is read, not only once it is whole (spaces trimmed later
      // may stand in it, hence the margin).
      cell.chars += text.length;
      if (cell.chars > 2 * XLSX_LIMITS.cellChars) {
        const column = (cell.ref ? parseRef(cell.ref)?.column : null) ?? nextColumn;
        refuse({
          key: 'cellTooLong',
          params: { cell: cellName(rowIndex, column), max: XLSX_LIMITS.cellChars },
        });
      }
    };
    parser.on('text', onText);
    parser.on('cdata', onText);
    parser.on('closetag', (tag) => {
      const name = localName(tag.name);
      if (name === 'v') inValue = false;
      if (!cell) return;
      if (name === 't') cell.inlineText = false;
      if (name === 'rPh') cell.phonetic--;
      if (name === 'c') {
        const done = cell;
        cell = null;
        closeCell(done);
      }
    });
  });

  const last = Math.max(0, ...rows.keys());
  const out: string[][] = [];
  for (let r = 1; r <= last; r++) {
    const row = rows.get(r) ?? [];
    out.push(Array.from(row, (value) => value ?? ''));
  }
  return out;
}

/**
 * The first sheet of an XLSX file as rows of trimmed, composed text cells (dates as
 * YYYY-MM-DD, formulas refused), or the reason it is refused.
 */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ ok: true; rows: string[][] } | { ok: false; problem: XlsxProblem }> {
  let zip: ZipFile | null = null;
  try {
    zip = await openZip(bytes);
    const entries = await listEntries(zip);
    const budget: Budget = { left: XLSX_LIMITS.inflatedBytes };
    // What the directory declares is checked first (cheap); what inflates is counted as it comes.
    const wanted = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];
    const declared = wanted.reduce((sum, name) => sum + (entries.get(name)?.uncompressedSize ?? 0), 0);
    if (declared > budget.left)
      throw new Refused({ key: 'zipBomb', params: { max: XLSX_LIMITS.inflatedBytes / MB } });
    const { sheet, date1904 } = await firstSheet(zip, entries, budget);
    if (declared + sheet.uncompressedSize > XLSX_LIMITS.inflatedBytes)
      throw new Refused({ key: 'zipBomb', params: { max: XLSX_LIMITS.inflatedBytes / MB } });
    const keep = textCounter();
    const dates = await dateStyles(zip, entries, budget);
    const shared = await sharedStrings(zip, entries, budget, keep);
    return { ok: true, rows: await sheetRows(zip, sheet, budget, { shared, dates, date1904, keep }) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  } finally {
    zip?.close();
  }
}
