import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { recommendationTemplate, taskTemplate } from '@/lib/import/template';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';

type Text = { where: string; text: string };

/** Every text of a messages file, with its key. */
const texts = (node: unknown, prefix = ''): Text[] =>
  typeof node === 'string'
    ? [{ where: prefix, text: node }]
    : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
        texts(v, prefix ? `${prefix}.${k}` : k),
      );

/** The glossary's table: each concept's term and the variants not to be used. */
function glossary(): { term: string; retired: string[] }[] {
  const file = readFileSync(path.resolve(import.meta.dirname, '../docs/GLOSSARY.md'), 'utf8');
  const table = file.split('## ')[0];
  return table
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('|---') && !line.startsWith('| Concept'))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return {
        term: cells[2],
        retired: cells[4]
          .split(';')
          .map((v) => v.trim())
          .filter(Boolean),
      };
    });
}

/** Where a retired word keeps its place: "Nơi nhận" is the distribution list of the Word form. */
const KEPT: Record<string, string[]> = {
  'nơi nhận': ['reports.recipients', 'reports.officialDocument.recipients'],
};

/** The template's own words: sheet names, header row, list titles and the instructions. */
async function templateTexts(name: string, buffer: Buffer): Promise<Text[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const out: Text[] = [];
  workbook.eachSheet((sheet, id) => {
    out.push({ where: `${name}: sheet name`, text: sheet.name });
    const rows =
      id === 1
        ? [1]
        : sheet.state === 'hidden'
          ? [1]
          : Array.from({ length: sheet.rowCount }, (_, i) => i + 1);
    for (const r of rows)
      sheet
        .getRow(r)
        .eachCell((cell) =>
          out.push({ where: `${name}: ${sheet.name}!${cell.address}`, text: String(cell.value) }),
        );
  });
  return out;
}

const lower = (text: string) => text.toLocaleLowerCase('vi');

/** The retired variants a text uses, once the concept's own terms are taken out of it. */
function retiredIn(text: Text, rows: { term: string; retired: string[] }[]): string[] {
  let rest = lower(text.text.normalize('NFC'));
  for (const row of rows) rest = rest.split(lower(row.term.replace(/\{.*\}/, ''))).join(' ⁂ ');
  return rows.flatMap((row) =>
    row.retired.filter((variant) => {
      const v = lower(variant);
      return rest.includes(v) && !KEPT[v]?.includes(text.where);
    }),
  );
}

describe('vocabulary', () => {
  const rows = glossary();

  it('reads the glossary (at least the concepts of issue 22)', () => {
    expect(rows.map((r) => r.term)).toEqual(
      expect.arrayContaining([
        'Đợt khảo sát',
        'Cơ quan nhận kiến nghị',
        'Đơn vị gửi kiến nghị',
        'Loại kiến nghị',
        'Đơn vị thực hiện',
        'Cơ quan chủ trì đợt tổng kết',
        'ngừng hoạt động',
        'Số, ký hiệu',
      ]),
    );
    expect(rows.find((r) => r.term === 'Cơ quan nhận kiến nghị')?.retired).toContain('Nơi nhận');
    // the check finds a variant, and not a term that contains it
    expect(retiredIn({ where: 'x', text: 'Mã buổi khảo sát' }, rows)).toEqual(['Buổi khảo sát']);
    expect(retiredIn({ where: 'x', text: 'Cơ quan nhận kiến nghị' }, rows)).toEqual([]);
    expect(retiredIn({ where: 'x', text: 'Cơ quan nhận' }, rows)).toEqual(['Cơ quan nhận']);
  });

  it('messages/vi.json uses no retired variant', () => {
    const found = texts(vi).flatMap((t) =>
      retiredIn(t, rows).map((v) => `${t.where}: "${v}" in "${t.text}"`),
    );
    expect(found).toEqual([]);
  });

  it('the import templates use no retired variant', async () => {
    const all = [
      ...(await templateTexts('tasks', await taskTemplate([], []))),
      ...(await templateTexts(
        'recommendations',
        await recommendationTemplate({ addressees: [], sources: [], sessions: [] }, []),
      )),
    ];
    expect(all.map((t) => t.text)).toEqual(
      expect.arrayContaining([
        'Cơ quan nhận kiến nghị',
        'Đơn vị gửi kiến nghị',
        'Mã đợt khảo sát',
        'Đơn vị thực hiện',
      ]),
    );
    const found = all.flatMap((t) => retiredIn(t, rows).map((v) => `${t.where}: "${v}" in "${t.text}"`));
    expect(found).toEqual([]);
  });

  it('labels say what they count: the deadline classes and the answer statuses', () => {
    expect(vi.deadlineClass.in_progress_on_time).toBe('Chưa hoàn thành, trong hạn');
    expect(vi.deadlineClass.overdue).toBe('Chưa hoàn thành, quá hạn');
    expect(vi.recommendationStatus).toMatchObject({
      under_review: 'Đang nghiên cứu, xem xét',
      accepted: 'Đã tiếp thu',
      partially_accepted: 'Tiếp thu một phần, giải trình',
      declined: 'Giải trình, không tiếp thu',
    });
    expect(vi.recommendations.answer.title).toBe('Trả lời của {name}');
    expect(vi.reports.signerTitle).toBe('Quyền hạn, chức vụ người ký');
  });

  it('follows the writing rules: "Vui lòng", "(%)", "nghị quyết" in lower case unless a document is named', () => {
    const all = texts(vi);
    expect(all.filter((t) => /(^|[^\p{L}])hãy(?!\p{L})/iu.test(t.text)).map((t) => t.where)).toEqual([]);
    // a percent sign only in "(%)" or after a number placeholder ("{value}%")
    expect(all.filter((t) => /%/.test(t.text.replace(/\(%\)|\}%/g, ''))).map((t) => t.where)).toEqual([]);
    // "Nghị quyết" capitalised only at the start of a text or when a document is named ("Nghị quyết số …")
    const capitalised = all.filter((t) => /Nghị quyết(?! số)/u.test(t.text.replace(/^[^\p{L}]*\p{L}/u, '')));
    expect(capitalised.map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  it("messages/en.json has no Vietnamese, but the language switch's own name", () => {
    const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
    const found = texts(en).filter((t) => vietnamese.test(t.text) && t.where !== 'nav.switchToVietnamese');
    expect(found).toEqual([]);
  });
});
