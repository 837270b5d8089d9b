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
  }
  top.commit();
  if (levels === 2) bottom.commit();

  const writeRow = (values: Record<string, CellValue>, bold = false) => {
    const row = sheet.addRow(table.columns.map((c) => cellValue(values[c.key], c)));
    table.columns.forEach((column, i) => {
      const cell = row.getCell(i + 1);
      const format = NUMBER_FORMATS[column.kind];
      if (format) cell.numFmt = format;
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
  }
  if (table.total) writeRow({ ...table.total }, true);
  sheet.commit();
  await workbook.commit();
  return count;
}

/** Numbers stay numbers; text is written as a plain string, which no spreadsheet evaluates. */
function cellValue(value: CellValue | undefined, column: Column): string | number | null {
  if (value === null || value === undefined) return null;
  if (column.kind === 'int' || column.kind === 'percent')
    return typeof value === 'number' ? value : Number(value);
  return String(value);
}
