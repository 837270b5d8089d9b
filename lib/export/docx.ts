import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Sector } from '@/lib/domain/roles';
import { type CellValue, type Column, groupSpans, headerLevels, type ReportTable } from './table';

/** What the short form before a Word download asks for, prefilled from the user's organization. */
export type DocumentInfo = {
  sector: Sector;
  /** the issuing body's parent, e.g. "THÀNH ỦY HẢI PHÒNG" (may be empty) */
  parentBody: string;
  /** the issuing body, e.g. "BAN DÂN VẬN" */
  issuingBody: string;
  number: string;
  placeDate: string;
  subject: string;
  recipients: string[];
  signerTitle: string;
  signerName: string;
};

const FONT = 'Times New Roman';
const mm = (value: number) => Math.round((value * 1440) / 25.4); // twips
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

const run = (
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) =>
  new TextRun({
    text,
    font: FONT,
    size: (options.size ?? 13) * 2,
    bold: options.bold,
    italics: options.italics,
    underline: options.underline ? {} : undefined,
  });
const line = (
  text: string,
  options: Parameters<typeof run>[1] & {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    after?: number;
  } = {},
) =>
  new Paragraph({
    alignment: options.align ?? AlignmentType.CENTER,
    spacing: { after: options.after ?? 0 },
    children: [run(text, options)],
  });

/**
 * The national-emblem block of Decree 30/2020/NĐ-CP for state and front bodies, or the header
 * of Party documents ("ĐẢNG CỘNG SẢN VIỆT NAM") for Party bodies, with the issuing body at left.
 */
function documentHeader(info: DocumentInfo, contentWidthMm: number): Table {
  // The rule under the motto is as long as the motto (about 95 mm), centred in its column.
  const mottoIndent = mm(Math.max(0, (contentWidthMm * 0.58 - 95) / 2));
  const party = info.sector === 'party';
  const left = [
    ...(info.parentBody ? [line(info.parentBody.toUpperCase(), { size: 13 })] : []),
    line(info.issuingBody.toUpperCase(), { bold: true, size: 13 }),
    line(party ? '*' : '———', { size: 13 }),
    line(`Số: ${info.number}`, { size: 13 }),
  ];
  const right = party
    ? [
        line('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, size: 14, underline: true, after: 160 }),
        line(info.placeDate, { italics: true, size: 14 }),
      ]
    : [
        line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 13 }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 160 },
          indent: { left: mottoIndent, right: mottoIndent },
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
          children: [run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14 })],
        }),
        line(info.placeDate, { italics: true, size: 14 }),
      ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 42, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: left,
          }),
          new TableCell({
            width: { size: 58, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: right,
          }),
        ],
      }),
    ],
  });
}

const cellText = (value: CellValue | undefined, column: Column) => {
  if (value === null || value === undefined) return '';
  if (column.kind === 'percent' && typeof value === 'number')
    return `${(Math.round(value * 1000) / 10).toLocaleString('vi-VN')}%`;
  if (column.kind === 'int' && typeof value === 'number') return value.toLocaleString('vi-VN');
  return String(value);
};

const bodyCell = (
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

function summaryTable(table: ReportTable, contentWidthMm: number): Table {
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

function closing(info: DocumentInfo): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              line('Nơi nhận:', { bold: true, italics: true, size: 12, align: AlignmentType.LEFT }),
              ...info.recipients.map((r) => line(`- ${r};`, { size: 11, align: AlignmentType.LEFT })),
              line('- Lưu: VT.', { size: 11, align: AlignmentType.LEFT }),
            ],
          }),
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: [
              line(info.signerTitle.toUpperCase(), { bold: true, size: 14, after: 1200 }),
              line(info.signerName, { bold: true, size: 14 }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** A report in the official layout: A4 with Decree 30 margins, Times New Roman, page numbers from page 2. */
export async function writeDocx(table: ReportTable, info: DocumentInfo, intro?: string): Promise<Buffer> {
  const landscape = table.columns.length > 6;
  const contentWidthMm = (landscape ? 297 : 210) - 30 - 15;
  const document = new Document({
    creator: info.issuingBody,
    title: info.subject,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: {
              width: mm(210),
              height: mm(297),
              orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
              }),
            ],
          }),
        },
        footers: { first: new Footer({ children: [] }), default: new Footer({ children: [] }) },
        children: [
          documentHeader(info, contentWidthMm),
          line('', { after: 240 }),
          line('BÁO CÁO', { bold: true, size: 14 }),
          line(info.subject, { bold: true, size: 14, after: 240 }),
          ...(intro
            ? [
                new Paragraph({
                  alignment: AlignmentType.JUSTIFIED,
                  spacing: { after: 200 },
                  indent: { firstLine: mm(10) },
                  children: [run(intro, { size: 14 })],
                }),
              ]
            : []),
          summaryTable(table, contentWidthMm),
          line('', { after: 360 }),
          closing(info),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
