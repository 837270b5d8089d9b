import { eq, sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { createTranslator } from 'next-intl';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORTS } from '@/app/(app)/reports/definitions';
import { db } from '@/db/index';
import { recommendationAppendix, taskAppendix } from '@/db/queries/report-documents';
import { createUser } from '@/db/queries/users';
import { documents, organizations, recommendations, tasks, users } from '@/db/schema';
import { now } from '@/lib/clock';
import { figureView } from '@/lib/figure-filters';
import { parseListParams } from '@/lib/validations/filters';
import vi from '@/messages/vi.json';
import { viewerFor } from '@/tests/viewers';
import type { Appendix } from './appendix';
import { documentWords, writeDocx } from './docx';
import { appendixWords } from './docx-appendix';

/** The Word report's appendix (issue 16): the documents in force of each row, as the viewer reads them. */

const TODAY = '2026-11-15';
const params = (raw: Record<string, string> = {}) => {
  const parsed = parseListParams(raw);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
};
const translate = createTranslator({ locale: 'vi', messages: vi }) as unknown as (
  key: string,
  values?: Record<string, string>,
) => string;

/** A document row (metadata only: the appendix reads no bytes). */
async function addDocument(over: Partial<typeof documents.$inferInsert> & { task: string }) {
  const [task] = await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.code, over.task));
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.login, 'hp.mttq'));
  const { task: _task, ...values } = over;
  await db.insert(documents).values({
    recordKind: 'task_update',
    recordId: task.id,
    title: 'Tài liệu',
    fileName: 'a.pdf',
    mediaType: 'application/pdf',
    size: 10,
    sha256: 'b'.repeat(64),
    uploadedById: user.id,
    uploadedAt: now(),
    ...values,
  });
}

/** The text of a DOCX's body, paragraph by paragraph. */
async function docxText(buffer: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return (xml.match(/<w:p\b[\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''),
  );
}

const docsOf = (appendix: Appendix, code: string) =>
  appendix.records.find((r) => r.code === code)?.documents.map((d) => d.numberSymbol ?? d.title);

beforeAll(async () => {
  const [mttq] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.code, 'HP-MTTQ'));
  await addDocument({
    task: 'NV-HP-01',
    recordKind: 'support_part',
    addresseeOrgId: mttq.id,
    numberSymbol: '45-CV/MTTQ',
    issuedOn: '2024-06-19',
    issuer: 'Ủy ban MTTQ Việt Nam thành phố',
    title: 'Ý kiến của Mặt trận về dự thảo báo cáo',
  });
  await addDocument({
    task: 'NV-HP-06',
    numberSymbol: '99-BC/BDV',
    title: 'Báo cáo đã rút',
    withdrawnAt: new Date(),
    withdrawnById: sql`(SELECT id FROM users WHERE login = 'hp.danvan')` as unknown as number,
    withdrawnReason: 'Nhầm tệp',
  });
  await addDocument({
    task: 'NV-HP-06',
    numberSymbol: '100-BC/BDV',
    issuedOn: '2026-11-10',
    title: 'Báo cáo tiến độ',
  });
  const [p01] = await db.select().from(organizations).where(eq(organizations.code, 'P01'));
  await db.transaction((tx) =>
    createUser(tx, {
      login: 'p01.lanhdao',
      role: 'leader',
      organizationId: p01.id,
      scopeId: p01.id,
      displayName: 'Lãnh đạo tỉnh khác',
      password: 'Mot-mat-khau-dai-2026',
      mustChangePassword: false,
      actorId: null,
    }),
  );
});

describe("the Word report's appendix", () => {
  it('lists each task’s documents in force, its parts’ too, within the filters and the viewer’s reach', async () => {
    const city = await viewerFor('hp.lanhdao');
    const all = await taskAppendix(city, params(), TODAY);
    expect(all.truncated).toBe(false);
    // the Front's part and the demo's draft report, by date of issue; the withdrawn one is left out
    expect(docsOf(all, 'NV-HP-01')).toEqual(['45-CV/MTTQ', '125-BC/TU']);
    expect(docsOf(all, 'NV-HP-06')).toEqual(['100-BC/BDV']);
    expect(all.records.map((r) => r.code)).toEqual([...all.records.map((r) => r.code)].sort());

    const filtered = await taskAppendix(city, params({ q: 'NV-HP-06' }), TODAY);
    expect(filtered.records.map((r) => r.code)).toEqual(['NV-HP-06']);
    const stranger = await taskAppendix(await viewerFor('p01.lanhdao'), params(), TODAY);
    expect(stranger.records).toEqual([]);
    const capped = await taskAppendix(city, params(), TODAY, 2);
    expect(capped).toMatchObject({ truncated: true });
    expect(capped.records.flatMap((r) => r.documents)).toHaveLength(2);
  });

  it('lists each recommendation’s letter and answers', async () => {
    const rec = await recommendationAppendix(await viewerFor('hp.lanhdao'), params(), TODAY);
    expect(docsOf(rec, 'KN-HP-03')).toEqual(['812/BNV-CQĐP']);
    expect((await recommendationAppendix(await viewerFor('p01.lanhdao'), params(), TODAY)).records).toEqual(
      [],
    );
  });

  it('is written after the report, on its own page, each row with its documents', async () => {
    const city = await viewerFor('hp.lanhdao');
    const content = await taskAppendix(city, params({ q: 'NV-HP-0' }), TODAY);
    const buffer = await writeDocx(
      {
        title: 'Kết quả',
        columns: [
          { key: 'org', header: 'Cơ quan/địa phương', kind: 'text' },
          { key: 'total', header: 'Tổng số nhiệm vụ', kind: 'int' },
        ],
        rows: [{ org: 'Hải Phòng', total: 9 }],
      },
      {
        sector: 'party',
        parentBody: 'Thành ủy Hải Phòng',
        issuingBody: 'Văn phòng Thành ủy',
        number: '',
        placeDate: 'Hải Phòng, ngày 15 tháng 11 năm 2026',
        subject: 'Kết quả thực hiện nhiệm vụ',
        recipients: ['Ban Chỉ đạo Trung ương'],
        signerTitle: 'T/M BAN THƯỜNG VỤ',
        signerName: 'Nguyễn Văn A',
      },
      documentWords(translate),
      undefined,
      { content, words: appendixWords(translate, 'task', 2000) },
    );
    const text = await docxText(buffer);
    const start = text.indexOf('PHỤ LỤC');
    expect(start).toBeGreaterThan(text.indexOf('Nguyễn Văn A'));
    const appendix = text.slice(start);
    expect(appendix[1]).toBe('Hồ sơ, tài liệu của từng nhiệm vụ');
    expect(appendix).toEqual(
      expect.arrayContaining(['STT', 'Số, ký hiệu', 'Ngày ban hành', 'Cơ quan ban hành', 'Trích yếu']),
    );
    const row = appendix.findIndex((p) => p.startsWith('NV-HP-01 — '));
    expect(appendix.slice(row + 1, row + 11)).toEqual([
      '1',
      '45-CV/MTTQ',
      '19/06/2024',
      'Ủy ban MTTQ Việt Nam thành phố',
      'Ý kiến của Mặt trận về dự thảo báo cáo',
      '2',
      '125-BC/TU',
      '28/06/2024',
      expect.any(String),
      'Dự thảo Báo cáo tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW của thành phố Hải Phòng',
    ]);
    expect(appendix).toContain('Báo cáo tiến độ');
    expect(appendix).not.toContain('Báo cáo đã rút');
    expect(text.join('\n')).not.toContain('99-BC/BDV');
  });

  /** The appendix of a summary report, built as the export route builds it. */
  async function reportAppendix(report: string, login: string, raw: Record<string, string> = {}) {
    const definition = REPORTS[report];
    if (definition.kind !== 'summary') throw new Error(`${report} is a summary`);
    const view = figureView(params(raw));
    const of = definition.appendix === 'task' ? taskAppendix : recommendationAppendix;
    return of(await viewerFor(login), definition.appendixParams(view), view.asOf);
  }
  const codes = (appendix: Appendix) => appendix.records.map((r) => r.code);

  it('lists the tasks each summary counts: by lead unit at the top level, not cancelled; supported ones apart', async () => {
    await addDocument({ task: 'NV-HP-05', numberSymbol: '7-BC/MTTQ', title: 'Báo cáo của Mặt trận' });
    await addDocument({ task: 'NV-HP-07', numberSymbol: '8-BC/SNV', title: 'Báo cáo nhiệm vụ bị hủy' });
    // the Front leads NV-HP-05 and supports NV-HP-01 (a child of NV-HP-00)
    expect(codes(await reportAppendix('task-results', 'hp.mttq'))).toEqual(['NV-HP-05']);
    expect(codes(await reportAppendix('support-by-unit', 'hp.mttq'))).toEqual(['NV-HP-01']);
    // the city counts the cascade's top (NV-HP-00), not its children, unless level=all
    const city = codes(await reportAppendix('task-results', 'hp.lanhdao'));
    expect(city).toEqual(expect.arrayContaining(['NV-HP-05', 'NV-HP-06', 'NV-HP-07']));
    expect(city).not.toContain('NV-HP-01');
    expect(codes(await reportAppendix('task-results', 'hp.lanhdao', { level: 'all' }))).toContain('NV-HP-01');
    const cancel = (status: string) =>
      db.execute(sql`UPDATE task_status_periods SET status = ${status}
        WHERE valid_to IS NULL AND task_id = (SELECT id FROM tasks WHERE code = 'NV-HP-07')`);
    await db.update(tasks).set({ status: 'cancelled' }).where(eq(tasks.code, 'NV-HP-07'));
    await cancel('cancelled');
    try {
      expect(codes(await reportAppendix('task-results', 'hp.lanhdao'))).not.toContain('NV-HP-07');
    } finally {
      await db.update(tasks).set({ status: 'not_started' }).where(eq(tasks.code, 'NV-HP-07'));
      await cancel('not_started');
    }
  });

  it('lists the primaries the figures by addressee count, and the answers of current addressees only', async () => {
    const [kn3] = await db.select().from(recommendations).where(eq(recommendations.code, 'KN-HP-03'));
    const [kn2] = await db.select().from(recommendations).where(eq(recommendations.code, 'KN-HP-02'));
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.login, 'hp.lanhdao'));
    const row = (over: Partial<typeof documents.$inferInsert>) => ({
      recordKind: 'recommendation' as const,
      recordId: kn2.id,
      title: 'Tài liệu',
      fileName: 'a.pdf',
      mediaType: 'application/pdf',
      size: 10,
      sha256: 'f'.repeat(64),
      uploadedById: user.id,
      uploadedAt: now(),
      ...over,
    });
    // an answer of a body that is not (any more) an addressee of KN-HP-03 (HP-MTTQ never was)
    await db.insert(documents).values(
      row({
        recordKind: 'answer',
        recordId: kn3.id,
        numberSymbol: '1-CV/KHAC',
        addresseeOrgId: sql`(SELECT id FROM organizations WHERE code = 'HP-MTTQ')` as unknown as number,
      }),
    );
    await db.insert(documents).values(row({ numberSymbol: '2-TTr/TU' }));
    const before = await reportAppendix('recommendations-by-addressee', 'hp.lanhdao');
    expect(docsOf(before, 'KN-HP-03')).toEqual(['812/BNV-CQĐP']);
    expect(docsOf(before, 'KN-HP-02')).toEqual(['2-TTr/TU']);
    // KN-HP-02 folded into KN-HP-03 as a duplicate: the figures count KN-HP-03 alone
    await db.update(recommendations).set({ duplicateOfId: kn3.id }).where(eq(recommendations.id, kn2.id));
    try {
      expect(codes(await reportAppendix('recommendations-by-addressee', 'hp.lanhdao'))).not.toContain(
        'KN-HP-02',
      );
    } finally {
      await db.update(recommendations).set({ duplicateOfId: null }).where(eq(recommendations.id, kn2.id));
    }
  });

  it('as of an earlier day, lists only the documents uploaded by the end of that day', async () => {
    await addDocument({
      task: 'NV-HP-06',
      numberSymbol: '101-BC/BDV',
      title: 'Báo cáo ngày 14',
      uploadedAt: new Date('2026-11-14T10:00:00+07:00'),
    });
    const city = await viewerFor('hp.lanhdao');
    const on13 = await taskAppendix(city, params({ asOf: '2026-11-13' }), '2026-11-13');
    expect(docsOf(on13, 'NV-HP-06') ?? []).not.toContain('101-BC/BDV');
    const on14 = await taskAppendix(city, params({ asOf: '2026-11-14' }), '2026-11-14');
    expect(docsOf(on14, 'NV-HP-06')).toContain('101-BC/BDV');
    expect(docsOf(on14, 'NV-HP-06')).not.toContain('100-BC/BDV');
  });
});
