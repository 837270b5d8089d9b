import { AlignmentType, type Table as DocxTable, Paragraph, Table, TableRow, WidthType } from 'docx';
import { formatDate } from '@/lib/format';
import type { Appendix } from './appendix';
import { bodyCell, line, mm, run } from './docx-parts';

/** The words of the appendix, from the messages (`reports.appendix`). */
export type AppendixWords = {
  heading: string;
  /** "Hồ sơ, tài liệu của từng nhiệm vụ" (or "…kiến nghị") */
  subtitle: string;
  no: string;
  numberSymbol: string;
  issuedOn: string;
  issuer: string;
  title: string;
  /** said when the appendix lists only the first documents */
  truncated: string;
};

const WEIGHTS = [8, 22, 16, 30, 44];

/**
 * "PHỤ LỤC" on a page of its own: per task (recommendation) a row with its code and title, then
 * its documents numbered, with number and symbol, date of issue, issuing body and title.
 */
export function appendixSection(
  appendix: Appendix,
  words: AppendixWords,
  contentWidthMm: number,
): (Paragraph | DocxTable)[] {
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const columnWidths = WEIGHTS.map((w) => mm((contentWidthMm * w) / total));
  const header = new TableRow({
    tableHeader: true,
    children: [words.no, words.numberSymbol, words.issuedOn, words.issuer, words.title].map((text) =>
      bodyCell(text, { bold: true, center: true }),
    ),
  });
  const rows = appendix.records.flatMap((record) => [
    new TableRow({
      cantSplit: true,
      children: [bodyCell(`${record.code} — ${record.title}`, { bold: true, span: WEIGHTS.length })],
    }),
    ...record.documents.map(
      (doc, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            bodyCell(String(i + 1), { center: true }),
            bodyCell(doc.numberSymbol ?? '', {}),
            bodyCell(doc.issuedOn ? formatDate(doc.issuedOn) : '', { center: true }),
            bodyCell(doc.issuer ?? '', {}),
            bodyCell(doc.title, {}),
          ],
        }),
    ),
  ]);
  return [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      children: [run(words.heading, { bold: true, size: 14 })],
    }),
    line(words.subtitle, { bold: true, size: 14, after: 240 }),
    new Table({
      width: { size: mm(contentWidthMm), type: WidthType.DXA },
      columnWidths,
      rows: [header, ...rows],
    }),
    ...(appendix.truncated ? [line(words.truncated, { italics: true, size: 12, before: 120 })] : []),
  ];
}

/** The appendix's words from a translator of the messages. */
export function appendixWords(
  t: (key: string, values?: Record<string, string>) => string,
  record: 'task' | 'recommendation',
  max: number,
): AppendixWords {
  const w = (key: string, values?: Record<string, string>) => t(`reports.appendix.${key}`, values);
  return {
    heading: w('heading'),
    subtitle: w(record === 'task' ? 'tasks' : 'recommendations'),
    no: w('no'),
    numberSymbol: w('numberSymbol'),
    issuedOn: w('issuedOn'),
    issuer: w('issuer'),
    title: w('title'),
    truncated: w('truncated', { max: max.toLocaleString('vi-VN') }),
  };
}
