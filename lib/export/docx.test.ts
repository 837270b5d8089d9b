import JSZip from 'jszip';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import vi from '@/messages/vi.json';
import { type DocumentInfo, documentWords, signingLines, writeDocx } from './docx';
import { placeDateLine } from './official-date';
import type { ReportTable } from './table';
import { textWidthMm } from './text-width';

const translate = createTranslator({ locale: 'vi', messages: vi });
const words = documentWords((key, values) =>
  (translate as (k: string, v?: Record<string, string>) => string)(key, values),
);
const table: ReportTable = {
  title: 'Kết quả',
  columns: [
    { key: 'org', header: 'Cơ quan/địa phương', kind: 'text' },
    { key: 'total', header: 'Tổng số nhiệm vụ', kind: 'int' },
    { key: 'rate', header: 'Tỷ lệ hoàn thành (%)', kind: 'percent' },
  ],
  rows: [{ org: 'Hải Phòng', total: 12, rate: 0.5 }],
  total: { org: 'Tổng cộng', total: 12, rate: 0.5 },
};
const SUBJECT = 'Kết quả thực hiện nhiệm vụ tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW';
const CONTENT_MM = 210 - 30 - 15;

type Run = { text: string; size: number | null; bold: boolean; italics: boolean; underline: boolean };
type Para = {
  text: string;
  runs: Run[];
  /** the rule a paragraph draws (its top or bottom border), with its length in mm */
  rule: number | null;
  cellMm: number;
};
const twipsToMm = (twips: number) => (twips * 25.4) / 1440;
const attr = (xml: string, tag: string, name: string) =>
  new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];

/** The paragraphs of the document body in order, with their runs' sizes and weights. */
async function paragraphs(buffer: Buffer): Promise<{ paras: Para[]; xml: string; header: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  const header = (
    await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/header\d*\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    )
  ).join('');
  const paras: Para[] = [];
  const cells: number[] = [];
  const tokens = xml.match(/<w:tc>|<\/w:tc>|<w:tcW [^>]*\/>|<w:p>[\s\S]*?<\/w:p>|<w:p\b[^>]*\/>/g) ?? [];
  for (const token of tokens) {
    if (token === '<w:tc>') cells.push(CONTENT_MM);
    else if (token === '</w:tc>') cells.pop();
    else if (token.startsWith('<w:tcW'))
      cells[cells.length - 1] = twipsToMm(Number(attr(token, 'w:tcW', 'w:w')));
    else {
      const runs = (token.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []).map((r) => ({
        text: (r.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
        size: attr(r, 'w:sz', 'w:val') ? Number(attr(r, 'w:sz', 'w:val')) / 2 : null,
        bold: /<w:b\/>/.test(r),
        italics: /<w:i\/>/.test(r),
        underline: /<w:u\b/.test(r),
      }));
      const bordered = /<w:pBdr>[\s\S]*?w:val="single"/.test(token);
      const cellMm = cells.at(-1) ?? CONTENT_MM;
      const left = Number(attr(token, 'w:ind', 'w:left') ?? 0);
      const right = Number(attr(token, 'w:ind', 'w:right') ?? 0);
      paras.push({
        text: runs.map((r) => r.text).join(''),
        runs,
        rule: bordered ? cellMm - twipsToMm(left + right) : null,
        cellMm,
      });
    }
  }
  return { paras, xml, header };
}

const find = (paras: Para[], text: string) => {
  const index = paras.findIndex((p) => p.text === text);
  expect(index, `a paragraph "${text}"`).toBeGreaterThanOrEqual(0);
  return { para: paras[index], next: paras[index + 1], index };
};
const style = (p: Para) => {
  const r = p.runs[0];
  return { size: r.size, bold: r.bold, italics: r.italics, underline: r.underline };
};

const partyInfo: DocumentInfo = {
  sector: 'party',
  parentBody: 'Thành ủy Hải Phòng',
  issuingBody: 'Ban Dân vận',
  number: '12-BC/BDV',
  placeDate: placeDateLine('Hải Phòng', '2026-05-05'),
  subject: SUBJECT,
  recipients: ['Ban Chỉ đạo Trung ương', 'Thường trực Thành ủy;'],
  signerTitle: 'KT. Trưởng ban\nPhó Trưởng ban',
  signerName: 'Lê Trí Vũ',
};
const stateInfo: DocumentInfo = {
  sector: 'state',
  parentBody: 'Ủy ban nhân dân thành phố Hải Phòng',
  issuingBody: 'Sở Nội vụ',
  number: '15/BC-SNV',
  placeDate: placeDateLine('Hải Phòng', '2026-02-05'),
  subject: SUBJECT,
  recipients: ['Ban Chỉ đạo Trung ương', 'UBND thành phố.'],
  signerTitle: 'T/M Sở Nội vụ\nGiám đốc',
  signerName: 'Nguyễn Văn A',
};

describe('Word report, Party layout (Hướng dẫn 36-HD/VPTW)', () => {
  it('heads the page with the Party title over a rule as long as it, and the issuing body with a star', async () => {
    const { paras, xml } = await paragraphs(await writeDocx(table, partyInfo, words));
    const heading = find(paras, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(style(heading.para)).toEqual({ size: 15, bold: true, italics: false, underline: false });
    expect(heading.next.rule).toBeCloseTo(textWidthMm('ĐẢNG CỘNG SẢN VIỆT NAM', 15, true), 0);
    expect(style(find(paras, 'THÀNH ỦY HẢI PHÒNG').para)).toMatchObject({ size: 14, bold: false });
    const body = find(paras, 'BAN DÂN VẬN');
    expect(style(body.para)).toMatchObject({ size: 14, bold: true });
    expect(body.next.text).toBe('*');
    // "Số" without a colon, 14 pt upright
    expect(style(find(paras, 'Số 12-BC/BDV').para)).toEqual({
      size: 14,
      bold: false,
      italics: false,
      underline: false,
    });
    expect(xml).not.toContain('Số:');
    expect(style(find(paras, 'Hải Phòng, ngày 05 tháng 5 năm 2026').para)).toMatchObject({
      size: 14,
      italics: true,
    });
    expect(xml).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('titles the report at 16 pt with the subject over five hyphens', async () => {
    const { paras } = await paragraphs(await writeDocx(table, partyInfo, words));
    const kind = find(paras, 'BÁO CÁO');
    expect(style(kind.para)).toMatchObject({ size: 16, bold: true });
    expect(kind.next.text).toBe(SUBJECT);
    expect(style(kind.next)).toMatchObject({ size: 14, bold: true });
    expect(paras[kind.index + 2].text).toBe('-----');
  });

  it('ends with "Nơi nhận" underlined at 14 pt, entries in commas, "- Lưu Văn phòng …." and a two-line signing block', async () => {
    const { paras, header } = await paragraphs(await writeDocx(table, partyInfo, words));
    const label = find(paras, 'Nơi nhận:');
    expect(label.para.runs.map((r) => [r.text, r.size, r.underline, r.bold, r.italics])).toEqual([
      ['Nơi nhận', 14, true, false, false],
      [':', 14, false, false, false],
    ]);
    expect(paras.slice(label.index + 1, label.index + 4).map((p) => [p.text, style(p).size])).toEqual([
      ['- Ban Chỉ đạo Trung ương,', 12],
      ['- Thường trực Thành ủy,', 12],
      ['- Lưu Văn phòng Ban Dân vận.', 12],
    ]);
    const authority = find(paras, 'K/T TRƯỞNG BAN');
    expect(style(authority.para)).toMatchObject({ size: 14, bold: true });
    expect(authority.next.text).toBe('PHÓ TRƯỞNG BAN');
    expect(style(authority.next)).toMatchObject({ size: 14, bold: true });
    expect(style(find(paras, 'Lê Trí Vũ').para)).toMatchObject({ size: 14, bold: true });
    expect(attr(header, 'w:sz', 'w:val')).toBe('28'); // page numbers, 14 pt
  });

  it('leaves a Party-form blank when no number is given', async () => {
    const { paras } = await paragraphs(await writeDocx(table, { ...partyInfo, number: '' }, words));
    find(paras, 'Số ……-BC/……');
  });
});

describe('Word report, state layout (Decree 30/2020/NĐ-CP, Appendix I)', () => {
  it('heads the page with the national name, the motto over a real rule as long as it, and the issuing body over a short rule', async () => {
    const { paras, xml } = await paragraphs(await writeDocx(table, stateInfo, words));
    const name = find(paras, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(style(name.para)).toEqual({ size: 13, bold: true, italics: false, underline: false });
    expect(name.next.text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(style(name.next)).toMatchObject({ size: 14, bold: true });
    const mottoRule = paras[name.index + 2];
    expect(mottoRule.text).toBe('');
    expect(mottoRule.rule).toBeCloseTo(textWidthMm('Độc lập - Tự do - Hạnh phúc', 14, true), 0);
    expect(style(find(paras, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG').para)).toMatchObject({
      size: 13,
      bold: false,
    });
    const body = find(paras, 'SỞ NỘI VỤ');
    expect(style(body.para)).toMatchObject({ size: 13, bold: true });
    const width = textWidthMm('SỞ NỘI VỤ', 13, true);
    expect(body.next.rule).toBeGreaterThanOrEqual(width / 3);
    expect(body.next.rule).toBeLessThanOrEqual(width / 2);
    expect(style(find(paras, 'Số: 15/BC-SNV').para)).toMatchObject({ size: 13, bold: false });
    expect(style(find(paras, 'Hải Phòng, ngày 05 tháng 02 năm 2026').para)).toMatchObject({
      size: 14,
      italics: true,
    });
    // rules are borders, never dash characters
    expect(xml).not.toMatch(/[—–]{2,}|-{3,}|_{3,}/);
    expect(xml).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('titles the report at 14 pt with a rule of a third to a half of the line under the subject', async () => {
    const { paras } = await paragraphs(await writeDocx(table, stateInfo, words));
    const kind = find(paras, 'BÁO CÁO');
    expect(style(kind.para)).toMatchObject({ size: 14, bold: true });
    expect(style(kind.next)).toMatchObject({ size: 14, bold: true });
    const rule = paras[kind.index + 2].rule!;
    const lineMm = Math.min(textWidthMm(SUBJECT, 14, true), CONTENT_MM);
    expect(rule).toBeGreaterThanOrEqual(lineMm / 3);
    expect(rule).toBeLessThanOrEqual(lineMm / 2);
  });

  it('ends with "Nơi nhận:" bold italic 12 pt, entries in semicolons, "- Lưu: VT." and "TM." over the position', async () => {
    const { paras, header } = await paragraphs(await writeDocx(table, stateInfo, words));
    const label = find(paras, 'Nơi nhận:');
    expect(style(label.para)).toEqual({ size: 12, bold: true, italics: true, underline: false });
    expect(paras.slice(label.index + 1, label.index + 4).map((p) => [p.text, style(p).size])).toEqual([
      ['- Ban Chỉ đạo Trung ương;', 11],
      ['- UBND thành phố;', 11],
      ['- Lưu: VT.', 11],
    ]);
    const authority = find(paras, 'TM. SỞ NỘI VỤ');
    expect(style(authority.para)).toMatchObject({ size: 14, bold: true });
    expect(authority.next.text).toBe('GIÁM ĐỐC');
    expect(style(find(paras, 'Nguyễn Văn A').para)).toMatchObject({ size: 14, bold: true });
    expect(attr(header, 'w:sz', 'w:val')).toBe('28');
  });

  it('leaves a state-form blank when no number is given', async () => {
    const { paras } = await paragraphs(await writeDocx(table, { ...stateInfo, number: '' }, words));
    find(paras, 'Số: ……/BC-……');
  });
});

describe('signingLines', () => {
  it("writes the authority in the sector's form whichever was typed", () => {
    expect(signingLines('party', 'TM. Ban Thường vụ\nBí thư')).toEqual(['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']);
    expect(signingLines('party', 'kt trưởng ban\nphó trưởng ban')).toEqual([
      'K/T TRƯỞNG BAN',
      'PHÓ TRƯỞNG BAN',
    ]);
    expect(signingLines('state', 'T/M Ủy ban nhân dân\nChủ tịch')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
    expect(signingLines('state', 'K/T Giám đốc\n\nPhó Giám đốc')).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
    expect(signingLines('state', 'Giám đốc')).toEqual(['GIÁM ĐỐC']);
  });
});
