import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import vi from '@/messages/vi.json';
import {
  type CellValue,
  type Column,
  type ExportMeta,
  groupSpans,
  headerLevels,
  type RowSource,
  rowBatches,
} from './table';

const NUMBER_FORMATS: Record<Column['kind'], string | undefined> = {
  text: undefined,
  int: '#,##0',
  percent: '0.0%',
  date: undefined,
};

export type XlsxLabels = {
  filters: string;
  asOf: string;
  exportedAt: string;
  exportedBy: string;
  total: string;
  /** the sheet's name; the Vietnamese one when not given */
  sheet?: string;
};

/**
 * Writes a report as a real spreadsheet, streaming: a title row naming the report, the filters,
 * the as-of date, when and by whom it was exported; merged two-level headers; widths; number and
 * percent formats; a frozen header; the rows; a total row with the page's values. Text is always
 * written as text (never as a formula) and neutralised where it could look like one.
 */
export async function writeXlsx(
  output: Writable,
  table: { title: string; columns: Column[]; total?: Record<string, CellValue> },
  rows: RowSource,
  meta: ExportMeta,
  labels: XlsxLabels,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = meta.exportedBy;
  const levels = headerLevels(table.columns);
  const firstHeaderRow = 6;
  const sheet = workbook.addWorksheet(labels.sheet ?? vi.reports.sheetName, {
    views: [{ state: 'frozen', ySplit: firstHeaderRow + levels - 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: table.columns.length > 6 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.columns = table.columns.map((c) => ({ key: c.key, width: c.width ?? (c.kind === 'text' ? 30 : 12) }));
  const last = table.columns.length;

  const titleRow = sheet.getRow(1);
  titleRow.getCell(1).value = table.title;
  titleRow.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, last);
  const metaLines = [
    `${labels.filters}: ${meta.filters}`,
    `${labels.asOf}: ${meta.asOf}`,
    `${labels.exportedAt}: ${meta.exportedAt} — ${labels.exportedBy}: ${meta.exportedBy}`,
  ];
  metaLines.forEach((line, i) => {
    sheet.getRow(2 + i).getCell(1).value = line;
    sheet.getRow(2 + i).font = { italic: true };
    sheet.mergeCells(2 + i, 1, 2 + i, last);
  });

  const headerStyle = (cell: ExcelJS.Cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  };
  const top = sheet.getRow(firstHeaderRow);
  const bottom = sheet.getRow(firstHeaderRow + levels - 1);
  table.columns.forEach((column, i) => {
    headerStyle(top.getCell(i + 1));
    headerStyle(bottom.getCell(i + 1));
    if (levels === 2 && column.group) bottom.getCell(i + 1).value = column.header;
    else top.getCell(i + 1).value = column.header;
  });
  for (const span of groupSpans(table.columns)) top.getCell(span.from + 1).value = span.group;
  if (levels === 2) {
    table.columns.forEach((column, i) => {
      if (!column.group) sheet.mergeCells(firstHeaderRow, i + 1, firstHeaderRow + 1, i + 1);
    });
    for (const span of groupSpans(table.columns)) {
      if (span.to > span.from) sheet.mergeCells(firstHeaderRow, span.from + 1, firstHeaderRow, span.to + 1);
    }
    // A header under a group has one row: as many lines as its longest text wraps into.
    const lines = Math.max(
      ...table.columns.filter((c) => c.group).map((c) => Math.ceil(c.header.length / ((c.width ?? 12) - 2))),
    );
    if (lines > 1) bottom.height = 15 * lines;
  }
  top.commit();
  if (levels === 2) bottom.commit();

  const writeRow = (values: Record<string, CellValue>, bold = false) => {
    const row = sheet.addRow(table.columns.map((c) => cellValue(values[c.key], c)));
    table.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      const format = NUMBER_FORMATS[column.kind];
      if (format) cell.numFmt = column.signed ? `+${format};-${format};${format}` : format;
      cell.border = {
        top: { style: 'hair' },
        bottom: { style: 'hair' },
        left: { style: 'thin' },
        right: { style: 'thin' },
      };
      if (column.kind === 'text') cell.alignment = { wrapText: true, vertical: 'top' };
      if (bold) cell.font = { bold: true };
    });
    row.commit();
  };
  let count = 0;
  for await (const batch of rowBatches(rows)) {
    for (const values of batch) writeRow(values);
    count += batch.length;
    // The next batch is read only once the client has taken (nearly) all of this one.
    await clientCaughtUp(output, () => backlog(sheet, workbook));
  }
  if (table.total) writeRow({ ...table.total }, true);
  sheet.commit();
  await workbook.commit();
  return count;
}

/** Bytes of the sheet not yet taken by the client that may wait in the workbook before the next batch. */
const MAX_BACKLOG = 512 * 1024;

type Buffered = { length?: number };
type Pipe = { _writableState?: Buffered; _readableState?: Buffered };

/**
 * What the streaming workbook holds that the client has not taken: exceljs writes a committed
 * row into the sheet's own buffer, which is piped into the zip without regard for back-pressure
 * (its `write` always answers true), so a slow client would let a whole export pile up there,
 * uncompressed. These are exceljs's and archiver's internals (readable-stream 2 has no
 * `writableLength`; exceljs 4.4 is pinned); the test of the slow client fails if they move.
 */
function backlog(sheet: ExcelJS.Worksheet, workbook: ExcelJS.stream.xlsx.WorkbookWriter): number {
  const stream = (sheet as unknown as { _stream?: { buffers?: Buffered[]; pipes?: Pipe[] } })._stream;
  const zip = (workbook as unknown as { zip?: Pipe }).zip;
  let bytes = 0;
  for (const buffer of stream?.buffers ?? []) bytes += buffer.length ?? 0;
  for (const pipe of [...(stream?.pipes ?? []), ...(zip ? [zip] : [])])
    bytes += (pipe._writableState?.length ?? 0) + (pipe._readableState?.length ?? 0);
  return bytes;
}

/** Waits while the client is behind (the output asks for a drain, or the workbook holds too much). */
async function clientCaughtUp(output: Writable, pending: () => number): Promise<void> {
  while (!output.destroyed && (output.writableNeedDrain || pending() > MAX_BACKLOG)) {
    const settled = new AbortController();
    await Promise.race([
      once(output, 'drain', { signal: settled.signal }),
      once(output, 'close', { signal: settled.signal }),
      new Promise((resolve) => setTimeout(resolve, 20)),
    ])
      .catch(() => undefined)
      .finally(() => settled.abort());
  }
  if (output.destroyed) throw new Error('the download was closed');
}

/** Numbers stay numbers; text is written as a plain string, which no spreadsheet evaluates. */
function cellValue(value: CellValue | undefined, column: Column): string | number | null {
  if (value === null || value === undefined) return null;
  if (column.kind === 'int' || column.kind === 'percent')
    return typeof value === 'number' ? value : Number(value);
  return String(value);
}
