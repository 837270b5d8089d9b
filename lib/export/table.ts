/** A report table, written the same way to the page, XLSX, CSV and DOCX. */
export type CellValue = string | number | null;

export type Column = {
  key: string;
  header: string;
  /** a second-level header: columns with the same group sit under one merged header */
  group?: string;
  kind: 'text' | 'int' | 'percent' | 'date';
  /** width in characters, for spreadsheets */
  width?: number;
  /** a change since an earlier day: a positive value is written with its "+" */
  signed?: boolean;
};

export type ReportTable = {
  title: string;
  columns: Column[];
  rows: Record<string, CellValue>[];
  total?: Record<string, CellValue>;
};

type Row = Record<string, CellValue>;

/**
 * The rows of an export: a list in memory (a summary table), or batches as they come from the
 * database (a detail list). Batches keep the per-row cost of an async iteration off 100,000 rows.
 */
export type RowSource = Iterable<Row> | AsyncIterable<Row[]>;

/** Any row source as batches. */
export async function* rowBatches(rows: RowSource): AsyncGenerator<Row[]> {
  if (Symbol.asyncIterator in rows) yield* rows;
  else yield Array.isArray(rows) ? rows : [...rows];
}

/** What the export says about itself: which filters, as of when, exported when and by whom. */
export type ExportMeta = { filters: string; asOf: string; exportedAt: string; exportedBy: string };

/** The first characters that make a spreadsheet read a text cell as a formula. */
export const FORMULA_STARTERS = ['=', '+', '-', '@', '\t', '\r'] as const;
const FORMULA_START = new Set<string>(FORMULA_STARTERS);

/**
 * Spreadsheet formula injection: a text cell that starts with =, +, -, @, tab or carriage
 * return is prefixed with an apostrophe, so no spreadsheet runs it. Numbers stay numbers.
 * lib/export/csv-sql.ts writes the same rule in SQL.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.has(value.charAt(0)) ? `'${value}` : value;
}

/** Header rows: with any grouped column, two levels (group over column), else one. */
export function headerLevels(columns: Column[]): 1 | 2 {
  return columns.some((c) => c.group) ? 2 : 1;
}

/** Runs of adjacent columns sharing a group: [group, first index, last index]. */
export function groupSpans(columns: Column[]): { group: string; from: number; to: number }[] {
  const spans: { group: string; from: number; to: number }[] = [];
  columns.forEach((column, i) => {
    const last = spans[spans.length - 1];
    if (column.group && last?.group === column.group && last.to === i - 1) last.to = i;
    else if (column.group) spans.push({ group: column.group, from: i, to: i });
  });
  return spans;
}

/** ASCII-safe download name with the date: "bao-cao-ket-qua-nhiem-vu-2024-06-30.xlsx". */
export function exportFileName(base: string, day: string, extension: string): string {
  const ascii = base
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${ascii || 'export'}-${day}.${extension}`;
}
