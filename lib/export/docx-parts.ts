import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { type CellValue, type Column, groupSpans, headerLevels, type ReportTable } from './table';
import { textWidthMm } from './text-width';

/**
 * The building blocks of the Word report (docx.ts lays them out): Times New Roman runs and
 * lines, a line with a real rule under it, borderless header cells, and the summary table.
 */

export const FONT = 'Times New Roman';
export const mm = (value: number) => Math.round((value * 1440) / 25.4); // twips
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};
export const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

export type RunOptions = { bold?: boolean; italics?: boolean; size: number; underline?: boolean };
export const run = (text: string, options: RunOptions) =>
  new TextRun({
    text,
    font: FONT,
    size: options.size * 2,
    bold: options.bold,
    italics: options.italics,
    underline: options.underline ? {} : undefined,
  });
export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
export const line = (
  text: string,
  options: RunOptions & { align?: Align; after?: number; before?: number },
) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: { before: options.before ?? 0, after: options.after ?? 0 },
    children: [run(text, options)],
  });

/**
 * A centred line with a real rule under it, `ruleMm` long and centred in a `widthMm` column:
 * the rule is the top border of an empty paragraph one point high, so the text keeps its
 * column's whole width (a wider glyph never wraps it) and the rule its own length.
 */
export const ruled = (
  text: string,
  options: RunOptions & { after?: number },
  widthMm: number,
  ruleMm: number,
): Paragraph[] => {
  const indent = mm(Math.max(0, (widthMm - ruleMm) / 2));
  return [
    line(text, { ...options, after: 0 }),
    new Paragraph({
      spacing: { before: 100, after: options.after ?? 0, line: 20, lineRule: LineRuleType.EXACT },
      indent: { left: indent, right: indent },
      border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
      children: [],
    }),
  ];
};
/** Between a third and a half of a line's length (Decree 30): 40 %, the line within its column. */
export const shortRule = (text: string, points: number, columnMm: number) =>
  0.4 * Math.min(textWidthMm(text, points, true), columnMm);

export const headerCell = (widthMm: number, children: Paragraph[]) =>
  new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    borders: NO_BORDERS,
    margins: NO_MARGINS,
    children,
  });

/**
 * A cell as the Word table writes it. A change's "+" follows the value as written (rounded to a
 * tenth of a percent): a tiny rise that rounds to 0 is "0%", not "+0%", and a tiny fall not "-0%".
 */
export const cellText = (value: CellValue | undefined, column: Column) => {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number' || (column.kind !== 'percent' && column.kind !== 'int')) return String(value);
  const shown = column.kind === 'percent' ? Math.round(value * 1000) / 10 || 0 : value;
  const sign = column.signed && shown > 0 ? '+' : '';
  return `${sign}${shown.toLocaleString('vi-VN')}${column.kind === 'percent' ? '%' : ''}`;
};

export const bodyCell = (
  text: string,
  options: { bold?: boolean; center?: boolean; span?: number; rows?: number },
) =>
  new TableCell({
    columnSpan: options.span,
    rowSpan: options.rows,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { bold: options.bold, size: 12 })],
      }),
    ],
  });

/** The summary table: grouped headers over two rows where columns have a group, totals in bold. */
export function summaryTable(table: ReportTable, contentWidthMm: number): Table {
  const weights = table.columns.map((c) => c.width ?? (c.kind === 'text' ? 30 : 10));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const columnWidths = weights.map((w) => mm((contentWidthMm * w) / totalWeight));
  const levels = headerLevels(table.columns);
  const spans = groupSpans(table.columns);
  const top: TableCell[] = [];
  table.columns.forEach((column, i) => {
    if (!column.group) top.push(bodyCell(column.header, { bold: true, center: true, rows: levels }));
    else {
      const span = spans.find((s) => s.from === i);
      if (span) top.push(bodyCell(span.group, { bold: true, center: true, span: span.to - span.from + 1 }));
    }
  });
  const header = [new TableRow({ tableHeader: true, children: top })];
  if (levels === 2) {
    header.push(
      new TableRow({
        tableHeader: true,
        children: table.columns
          .filter((c) => c.group)
          .map((c) => bodyCell(c.header, { bold: true, center: true })),
      }),
    );
  }
  const body = (values: Record<string, CellValue>, bold = false) =>
    new TableRow({
      children: table.columns.map((c) =>
        bodyCell(cellText(values[c.key], c), { bold, center: c.kind !== 'text' }),
      ),
    });
  return new Table({
    width: { size: mm(contentWidthMm), type: WidthType.DXA },
    columnWidths,
    rows: [...header, ...table.rows.map((r) => body(r)), ...(table.total ? [body(table.total, true)] : [])],
  });
}
