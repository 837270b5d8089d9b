import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Sector } from '@/lib/domain/roles';
import type { Appendix } from './appendix';
import { type AppendixWords, appendixSection } from './docx-appendix';
import { FONT, headerCell, line, mm, NO_BORDERS, ruled, run, shortRule, summaryTable } from './docx-parts';
import type { ReportTable } from './table';
import { textWidthMm } from './text-width';

/** What the short form before a Word download asks for, prefilled from the user's organization. */
export type DocumentInfo = {
  sector: Sector;
  /** the issuing body's parent, e.g. "Thành ủy Hải Phòng" (may be empty) */
  parentBody: string;
  /** the issuing body, e.g. "Ban Dân vận" */
  issuingBody: string;
  /** the number and symbol, "12-BC/BDV" (Party) or "12/BC-UBND" (state); empty: a blank to fill in */
  number: string;
  placeDate: string;
  subject: string;
  recipients: string[];
  /** the authority ("T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN") and the position, one per line */
  signerTitle: string;
  signerName: string;
};

/** The fixed words of the form, from the messages (`reports.officialDocument`). */
export type DocumentWords = {
  partyHeading: string;
  stateName: string;
  stateMotto: string;
  /** "Số {number}" (Party: no colon) and "Số: {number}" (state) */
  partyNumber: (number: string) => string;
  stateNumber: (number: string) => string;
  partyNumberBlank: string;
  stateNumberBlank: string;
  kind: string;
  recipients: string;
  /** "Lưu Văn phòng {body}" */
  partyArchive: (body: string) => string;
  stateArchive: string;
};

/** The words of the form from a translator of the messages. */
export function documentWords(t: (key: string, values?: Record<string, string>) => string): DocumentWords {
  const w = (key: string, values?: Record<string, string>) => t(`reports.officialDocument.${key}`, values);
  return {
    partyHeading: w('partyHeading'),
    stateName: w('stateName'),
    stateMotto: w('stateMotto'),
    partyNumber: (number) => w('partyNumber', { number }),
    stateNumber: (number) => w('stateNumber', { number }),
    partyNumberBlank: w('partyNumberBlank'),
    stateNumberBlank: w('stateNumberBlank'),
    kind: w('kind'),
    recipients: w('recipients'),
    partyArchive: (body) => w('partyArchive', { body }),
    stateArchive: w('stateArchive'),
  };
}

/**
 * The sizes (points) and the marks of each sector's form: Party documents after Hướng dẫn
 * 36-HD/VPTW (2018), state (and front) documents after Decree 30/2020/NĐ-CP, Appendix I.
 */
const LAYOUT = {
  party: {
    body: 14, // parent body: capitals, upright; issuing body: capitals, bold; both 14
    number: 14,
    heading: 15, // "ĐẢNG CỘNG SẢN VIỆT NAM": capitals, bold, a rule as long as the line under it
    placeDate: 14,
    kind: 16,
    subject: 14,
    signer: 14,
    recipientsLabel: 14, // "Nơi nhận": upright, underlined, then a colon
    recipient: 12, // "- …," and the last "- Lưu Văn phòng …."
    page: 14,
  },
  state: {
    body: 13, // parent body: capitals, upright; issuing body: capitals, bold, a rule 1/3–1/2 of it under it
    number: 13,
    heading: 13, // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": capitals, bold
    motto: 14, // "Độc lập - Tự do - Hạnh phúc": bold, a rule as long as the motto under it
    placeDate: 14,
    kind: 14,
    subject: 14, // a rule 1/3–1/2 of the line under it
    signer: 14,
    recipientsLabel: 12, // "Nơi nhận:": bold italic
    recipient: 11, // "- …;" and the last "- Lưu: VT."
    page: 14,
  },
} as const;

/**
 * The top of the first page: the issuing body at left, "ĐẢNG CỘNG SẢN VIỆT NAM" (Party) or the
 * national name and motto (state) at right, then the place and date under the right block.
 */
function documentHeader(info: DocumentInfo, words: DocumentWords, contentWidthMm: number): Table {
  const leftMm = contentWidthMm * 0.4;
  const rightMm = contentWidthMm - leftMm;
  const issuing = info.issuingBody.toUpperCase();
  const parent = info.parentBody ? [info.parentBody.toUpperCase()] : [];
  let left: Paragraph[];
  let right: Paragraph[];
  if (info.sector === 'party') {
    const size = LAYOUT.party;
    left = [
      ...parent.map((text) => line(text, { size: size.body })),
      line(issuing, { bold: true, size: size.body }),
      line('*', { size: size.body }),
      line(words.partyNumber(info.number || words.partyNumberBlank), { size: size.number }),
    ];
    right = [
      ...ruled(
        words.partyHeading,
        { bold: true, size: size.heading, after: 240 },
        rightMm,
        textWidthMm(words.partyHeading, size.heading, true),
      ),
      line(info.placeDate, { italics: true, size: size.placeDate }),
    ];
  } else {
    const size = LAYOUT.state;
    left = [
      ...parent.map((text) => line(text, { size: size.body })),
      ...ruled(
        issuing,
        { bold: true, size: size.body, after: 120 },
        leftMm,
        shortRule(issuing, size.body, leftMm),
      ),
      line(words.stateNumber(info.number || words.stateNumberBlank), { size: size.number }),
    ];
    right = [
      line(words.stateName, { bold: true, size: size.heading }),
      ...ruled(
        words.stateMotto,
        { bold: true, size: size.motto, after: 240 },
        rightMm,
        textWidthMm(words.stateMotto, size.motto, true),
      ),
      line(info.placeDate, { italics: true, size: size.placeDate }),
    ];
  }
  return new Table({
    width: { size: mm(contentWidthMm), type: WidthType.DXA },
    columnWidths: [mm(leftMm), mm(rightMm)],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [headerCell(leftMm, left), headerCell(rightMm, right)] })],
  });
}

/** The kind of document and its subject, with the sector's separator under them. */
function documentTitle(info: DocumentInfo, words: DocumentWords, contentWidthMm: number): Paragraph[] {
  if (info.sector === 'party') {
    const size = LAYOUT.party;
    return [
      line(words.kind, { bold: true, size: size.kind, before: 360 }),
      line(info.subject, { bold: true, size: size.subject }),
      line('-----', { size: size.subject, after: 240 }),
    ];
  }
  const size = LAYOUT.state;
  return [
    line(words.kind, { bold: true, size: size.kind, before: 360 }),
    ...ruled(
      info.subject,
      { bold: true, size: size.subject, after: 240 },
      contentWidthMm,
      shortRule(info.subject, size.subject, contentWidthMm),
    ),
  ];
}

/**
 * The authority and position lines of the signing block, the abbreviation in the sector's
 * form: "T/M", "K/T" for Party bodies, "TM.", "KT." for state ones, whichever was typed.
 */
export function signingLines(sector: Sector, signerTitle: string): string[] {
  const lines = signerTitle
    .split('\n')
    .map((l) => l.trim().toUpperCase())
    .filter(Boolean);
  if (!lines.length) return lines;
  const party = sector === 'party';
  lines[0] = lines[0]
    .replace(/^(?:T\/M|TM\.?)\s+/, party ? 'T/M ' : 'TM. ')
    .replace(/^(?:K\/T|KT\.?)\s+/, party ? 'K/T ' : 'KT. ');
  return lines;
}

/** A recipient as the list writes it: the typed entry less the punctuation the list adds. */
const recipientText = (text: string) => text.replace(/[\s;,.]+$/, '');

/**
 * The foot of the report: "Nơi nhận" with its list at left (Party: underlined, 14 pt, entries
 * ending in commas and "- Lưu Văn phòng …."; state: bold italic 12 pt, entries in semicolons
 * and "- Lưu: VT."), the signing block at right (authority, position, then the name).
 */
function closing(info: DocumentInfo, words: DocumentWords, contentWidthMm: number): Table {
  const party = info.sector === 'party';
  const size = party ? LAYOUT.party : LAYOUT.state;
  const left = AlignmentType.LEFT;
  const label = party
    ? new Paragraph({
        alignment: left,
        children: [
          run(words.recipients, { size: size.recipientsLabel, underline: true }),
          run(':', { size: size.recipientsLabel }),
        ],
      })
    : line(`${words.recipients}:`, { bold: true, italics: true, size: size.recipientsLabel, align: left });
  const entries = info.recipients.map((r) =>
    line(`- ${recipientText(r)}${party ? ',' : ';'}`, { size: size.recipient, align: left }),
  );
  const archive = party ? words.partyArchive(info.issuingBody) : words.stateArchive;
  const signer = signingLines(info.sector, info.signerTitle);
  const half = contentWidthMm / 2;
  return new Table({
    width: { size: mm(contentWidthMm), type: WidthType.DXA },
    columnWidths: [mm(half), mm(half)],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          headerCell(half, [label, ...entries, line(`- ${archive}.`, { size: size.recipient, align: left })]),
          headerCell(half, [
            ...signer.map((text, i) =>
              line(text, { bold: true, size: size.signer, after: i === signer.length - 1 ? 1400 : 0 }),
            ),
            line(info.signerName, { bold: true, size: size.signer }),
          ]),
        ],
      }),
    ],
  });
}

/**
 * A report in its sector's official layout: A4, margins 20/20/30/15 mm, Times New Roman, page
 * numbers centred at the top from page 2 (the same in Decree 30 and in Hướng dẫn 36).
 */
export async function writeDocx(
  table: ReportTable,
  info: DocumentInfo,
  words: DocumentWords,
  intro?: string,
  /** the documents of each task or recommendation the report holds, on pages after the report */
  appendix?: { content: Appendix; words: AppendixWords },
): Promise<Buffer> {
  const landscape = table.columns.length > 6;
  const contentWidthMm = (landscape ? 297 : 210) - 30 - 15;
  const size = info.sector === 'party' ? LAYOUT.party : LAYOUT.state;
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
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: size.page * 2 })],
              }),
            ],
          }),
        },
        footers: { first: new Footer({ children: [] }), default: new Footer({ children: [] }) },
        children: [
          documentHeader(info, words, contentWidthMm),
          ...documentTitle(info, words, contentWidthMm),
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
          line('', { size: 14, after: 360 }),
          closing(info, words, contentWidthMm),
          ...(appendix?.content.records.length
            ? appendixSection(appendix.content, appendix.words, contentWidthMm)
            : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
