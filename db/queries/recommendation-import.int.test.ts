import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, recommendationAddressees, recommendations, taskRecommendations } from '@/db/schema';
import { readRecommendationRows } from '@/lib/import/recommendation-rows';
import { readSpreadsheet } from '@/lib/import/spreadsheet';
import { recommendationTemplate } from '@/lib/import/template';
import { viewerFor } from '@/tests/viewers';
import { ImportConflict, type ImportOutcome } from './import-run';
import {
  commitRecommendationImport,
  dryRunRecommendationImport,
  mayImportRecommendations,
  recommendationTemplateData,
  recommendationTemplateFits,
} from './recommendation-import';
import { checkRecommendationImport } from './recommendation-import-check';
import { writeRecommendationImport } from './recommendation-import-writes';

const TODAY = '2026-11-15';
const HEADER =
  'Mã kiến nghị,Nội dung kiến nghị,Loại kiến nghị,Cơ quan nhận kiến nghị,Đơn vị gửi kiến nghị,Mã đợt khảo sát,Mã nhiệm vụ liên quan,Hạn trả lời,Trạng thái';

async function counts() {
  const [r] = await db.select({ n: count() }).from(recommendations);
  const [a] = await db.select({ n: count() }).from(recommendationAddressees);
  const [l] = await db.select({ n: count() }).from(taskRecommendations);
  const [e] = await db.select({ n: count() }).from(events);
  return { recommendations: r.n, addressees: a.n, links: l.n, events: e.n };
}

async function rowsOf(bytes: Uint8Array) {
  const sheet = await readSpreadsheet(bytes);
  if (!sheet.ok) throw new Error(sheet.problem.key);
  const table = readRecommendationRows(sheet.rows);
  if ('missing' in table) throw new Error(table.missing.join());
  return table.rows;
}
const csv = (...lines: string[]) => rowsOf(new TextEncoder().encode([HEADER, ...lines].join('\n')));

function summaryOf(result: ImportOutcome) {
  if ('conflict' in result) throw new Error('unexpected conflict');
  return result.summary;
}

async function recommendation(code: string) {
  const [row] = await db.select().from(recommendations).where(eq(recommendations.code, code));
  return row;
}

describe('recommendation import', () => {
  it('checks every row and reports all its errors by row and column, changing nothing', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await counts();
    const rows = await csv(
      ',Kiến nghị mới,Chính sách,"QH; CP",P31,KS-HP,NV-HP-01,,', // 2: ok (create)
      ',Đơn vị lạ,Chính sách,XX-NONE,P31,,,,', // 3: unknown addressee
      ',Ngoài phạm vi,Chính sách,QH,BNV,,,,', // 4: source out of scope
      ',Ngày sai,Chính sách,QH,P31,,,31/02/2026,Đã gửi', // 5: bad date
      'KN-HP-01,Sửa nội dung đã gửi,Ban hành nghị quyết mới,"BCHTW; BCT; BBT",P31,KS-HP,"NV-HP-03; NV-HP-06",,', // 6: not editable
      'KN-HP-01,Lặp lại,Chính sách,QH,P31,,,,', // 7: duplicate code
      'KN-XX-99,Không có,Chính sách,QH,P31,,,,', // 8: unknown code
      ',,Loại lạ,XX-NONE,BNV,,NV-KHONG,,', // 9: several problems at once
      ',Gửi kèm hạn,Chính sách,QH,P31,,,31/12/2026,Đã gửi', // 10: only the review coordinator sets deadlines
      ',Trạng thái lạ,Chính sách,QH,P31,,,,Đã thực hiện', // 11: a new one is a draft or submitted
      ',Gửi nhóm,Chính sách,TW,P31,,,,', // 12: a group is no addressee
      ',Theo tên không dấu,huong dan thuc hien,"quoc hoi; chinh phu",thanh pho hai phong,,,,Đã gửi', // 13: ok
      ',Đơn vị đã giải thể,Khác,QH,HP-TN,KS-KHONG,,,', // 14: retired source, unknown session
    );
    const result = await dryRunRecommendationImport(coordinator, rows, TODAY);
    expect(result.errors.map((e) => [e.line, e.column, e.key])).toEqual([
      [3, 'addressees', 'import.errors.orgUnknown'],
      [4, 'source', 'recommendations.errors.sourceInvalid'],
      [5, 'responseDueOn', 'import.errors.badDate'],
      [6, 'code', 'recommendationImport.errors.notEditable'],
      [7, 'code', 'import.errors.duplicateCode'],
      [8, 'code', 'recommendationImport.errors.codeUnknown'],
      [9, 'category', 'import.errors.badCategory'],
      [9, 'text', 'recommendations.errors.textRequired'],
      [9, 'source', 'recommendations.errors.sourceInvalid'],
      [9, 'addressees', 'import.errors.orgUnknown'],
      [9, 'tasks', 'recommendationImport.errors.taskUnknown'],
      [10, 'responseDueOn', 'recommendationImport.errors.deadlineForbidden'],
      [11, 'status', 'recommendationImport.errors.newStatus'],
      [12, 'addressees', 'recommendations.errors.addresseeInvalid'],
      [14, 'source', 'recommendations.errors.sourceInvalid'],
      [14, 'session', 'recommendations.errors.sessionInvalid'],
    ]);
    expect(result.counts).toEqual({ create: 2, update: 0, unchanged: 0 });
    expect(await counts()).toEqual(before);
  });

  it('commits all or nothing: one bad row writes nothing', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await counts();
    const rows = await csv(',Một,Chính sách,QH,P31,,,,', ',Hai,Chính sách,QH,BNV,,,,');
    const result = summaryOf(await commitRecommendationImport(coordinator, 'a.csv', rows, TODAY));
    expect(result.errors).toHaveLength(1);
    expect(await counts()).toEqual(before);
  });

  it('creates drafts and submitted ones, edits a draft, with the forms’ events and one for the import', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const first = await commitRecommendationImport(
      coordinator,
      'dot-1.xlsx',
      await csv(
        ',Dự thảo nhập từ tệp,Chính sách,"QH; CP",P31,KS-HP,NV-HP-01,,',
        ',Gửi luôn từ tệp,Hướng dẫn thực hiện,BNV,Thành phố Hải Phòng,,,,Đã gửi',
      ),
      TODAY,
    );
    expect(first.ok).toBe(true);
    const draft = await recommendation('KN-2026-0001');
    expect(draft).toMatchObject({ text: 'Dự thảo nhập từ tệp', category: 'policy', submittedOn: null });
    const sent = await recommendation('KN-2026-0002');
    expect(sent).toMatchObject({ category: 'guidance', submittedOn: TODAY });
    const links = await db
      .select()
      .from(taskRecommendations)
      .where(eq(taskRecommendations.recommendationId, draft.id));
    expect(links).toHaveLength(1);

    const before = await counts();
    const second = await commitRecommendationImport(
      coordinator,
      'dot-2.csv',
      await csv(
        'KN-2026-0001,Dự thảo đã sửa,Khác,QH,P31,,,,Đã gửi', // edit + submit
        'KN-2026-0002,Gửi luôn từ tệp,Hướng dẫn thực hiện,BNV,P31,,,,Đã gửi', // unchanged
      ),
      TODAY,
    );
    expect(summaryOf(second).counts).toEqual({ create: 0, update: 1, unchanged: 1 });
    const edited = await recommendation('KN-2026-0001');
    expect(edited).toMatchObject({
      text: 'Dự thảo đã sửa',
      category: 'other',
      sessionId: null,
      submittedOn: TODAY,
      version: draft.version + 1,
    });
    const after = await counts();
    // one addressee instead of two, the task link removed; edit + submit + the import itself
    expect(after).toEqual({
      ...before,
      addressees: before.addressees - 1,
      links: before.links - 1,
      events: before.events + 3,
    });
    const imported = await db.select().from(events).where(eq(events.action, 'recommendation.import'));
    expect(imported.map((e) => e.data)).toEqual([
      { fileName: 'dot-1.xlsx', create: 2, update: 0, unchanged: 0 },
      { fileName: 'dot-2.csv', create: 0, update: 1, unchanged: 1 },
    ]);
    const rowEvents = await db
      .select({ action: events.action, data: events.data })
      .from(events)
      .where(eq(events.entityCode, 'KN-2026-0001'));
    expect(rowEvents.map((e) => e.action)).toEqual([
      'recommendation.create',
      'recommendation.edit',
      'recommendation.submit',
    ]);
    expect(rowEvents[1].data).toMatchObject({ import: 'dot-2.csv', line: 2 });
  });

  it('lets the review coordinator set a reply deadline on a submitted one, not before its submission', async () => {
    const coordinator = await viewerFor('dieuphoi');
    const old = await recommendation('KN-HP-02');
    const line = (due: string) =>
      `KN-HP-02,"${old.text}","Sửa đổi, bổ sung quy định","QH; CP",P31,KS-HP,NV-HP-03,${due},Đã gửi`;
    const early = await dryRunRecommendationImport(coordinator, await csv(line('01/01/2024')), TODAY);
    expect(early.errors.map((e) => e.key)).toEqual(['recommendations.errors.deadlineBeforeSubmission']);
    const result = await commitRecommendationImport(
      coordinator,
      'han.csv',
      await csv(line('31/12/2026')),
      TODAY,
    );
    expect(summaryOf(result).counts).toEqual({ create: 0, update: 1, unchanged: 0 });
    expect(await recommendation('KN-HP-02')).toMatchObject({ responseDueOn: '2026-12-31', text: old.text });
  });

  it('refuses a commit as a conflict when a recommendation moved since the dry run, writing nothing', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    await commitRecommendationImport(
      coordinator,
      'a.csv',
      await csv(',Bản nháp,Chính sách,QH,P31,,,,'),
      TODAY,
    );
    const [{ code }] = await db
      .select({ code: recommendations.code })
      .from(recommendations)
      .where(eq(recommendations.text, 'Bản nháp'));
    const rows = await csv(`${code},Bản nháp đã sửa,Chính sách,QH,P31,,,,`);
    const dry = await dryRunRecommendationImport(coordinator, rows, TODAY);
    expect(dry.counts).toEqual({ create: 0, update: 1, unchanged: 0 });
    await db
      .update(recommendations)
      .set({ version: sql`${recommendations.version} + 1` })
      .where(eq(recommendations.code, code));
    const before = await counts();
    const result = await commitRecommendationImport(coordinator, 'a.csv', rows, TODAY, dry.versions);
    expect(result).toEqual({ ok: false, conflict: [{ line: 2, code }] });
    expect(await counts()).toEqual(before);
    expect(await recommendation(code)).toMatchObject({ text: 'Bản nháp' });
  });

  it('round trip: the template filled with one’s recommendations re-imports as unchanged', async () => {
    for (const login of ['hp.dieuphoi', 'dieuphoi']) {
      const coordinator = await viewerFor(login);
      const { existing, ...lists } = await recommendationTemplateData(coordinator, TODAY, true);
      expect(existing.length).toBeGreaterThanOrEqual(3);
      const rows = await rowsOf(new Uint8Array(await recommendationTemplate(lists, existing)));
      const before = await counts();
      const result = summaryOf(await commitRecommendationImport(coordinator, 'round.xlsx', rows, TODAY));
      expect(result.errors).toEqual([]);
      expect(result.counts).toEqual({ create: 0, update: 0, unchanged: existing.length });
      expect(await counts()).toEqual({ ...before, events: before.events + 1 });
    }
  });

  it('fills the template with recommendations up to its row limit, and past it fills none', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const all = await recommendationTemplateData(coordinator, TODAY, true);
    const n = all.existing.length;
    expect(n).toBeGreaterThan(0);
    expect(all.tooMany).toBe(false);
    expect(await recommendationTemplateData(coordinator, TODAY, true, n - 1)).toMatchObject({
      existing: [],
      tooMany: true,
    });
    expect(await recommendationTemplateFits(coordinator, n - 1)).toBe(false);
    expect(await recommendationTemplateFits(coordinator, n)).toBe(true);
  });

  it('imports 5,000 rows in one transaction', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await counts();
    const lines = Array.from({ length: 5000 }, (_, i) => `,Kiến nghị số ${i + 1},Khác,"QH; CP",P31,,,,`);
    const result = await commitRecommendationImport(coordinator, 'lon.csv', await csv(...lines), TODAY);
    expect(summaryOf(result).counts).toEqual({ create: 5000, update: 0, unchanged: 0 });
    expect(await counts()).toEqual({
      recommendations: before.recommendations + 5000,
      addressees: before.addressees + 10_000,
      links: before.links,
      events: before.events + 5001,
    });
  }, 120_000);

  it('edits and submits thousands of drafts in one transaction, in batches, with the forms’ events', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const n = 2_500;
    const created = summaryOf(
      await commitRecommendationImport(
        coordinator,
        'lo-nhap.csv',
        await csv(...Array.from({ length: n }, (_, i) => `,Lô nháp ${i + 1},Khác,"QH; CP",P31,,NV-HP-01,,`)),
        TODAY,
      ),
    );
    expect(created.counts.create).toBe(n);
    const drafts = await db
      .select({ code: recommendations.code, text: recommendations.text })
      .from(recommendations)
      .where(sql`${recommendations.text} LIKE 'Lô nháp %'`);
    expect(drafts).toHaveLength(n);
    const before = await counts();
    const started = Date.now();
    const result = await commitRecommendationImport(
      coordinator,
      'lo-gui.csv',
      await csv(...drafts.map((d) => `${d.code},${d.text} (đã sửa),Chính sách,BNV,P31,,,,Đã gửi`)),
      TODAY,
    );
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(summaryOf(result).counts).toEqual({ create: 0, update: n, unchanged: 0 });
    // Each: two addressees become one, its visible task link goes, an edit and a submit event.
    expect(await counts()).toEqual({
      recommendations: before.recommendations,
      addressees: before.addressees - n,
      links: before.links - n,
      events: before.events + 2 * n + 1,
    });
    const sample = await recommendation(drafts[n - 1].code);
    expect(sample).toMatchObject({
      text: `${drafts[n - 1].text} (đã sửa)`,
      category: 'policy',
      submittedOn: TODAY,
      version: 2,
    });
    const sampleAddressees = await db
      .select({ status: recommendationAddressees.status })
      .from(recommendationAddressees)
      .where(eq(recommendationAddressees.recommendationId, sample.id));
    expect(sampleAddressees).toEqual([{ status: 'submitted' }]);
  }, 120_000);

  it('names every row whose recommendation moved between the check and the batched update', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    await commitRecommendationImport(
      coordinator,
      'move.csv',
      await csv(',Dời một,Khác,QH,P31,,,,', ',Dời hai,Khác,QH,P31,,,,'),
      TODAY,
    );
    const moved = await db
      .select({ code: recommendations.code, text: recommendations.text })
      .from(recommendations)
      .where(sql`${recommendations.text} IN ('Dời một', 'Dời hai')`)
      .orderBy(recommendations.code);
    const rows = await csv(...moved.map((m) => `${m.code},${m.text} (sửa),Khác,QH,P31,,,,`));
    const check = await checkRecommendationImport(db, coordinator, rows, TODAY);
    expect(check.errors).toEqual([]);
    await db
      .update(recommendations)
      .set({ version: sql`${recommendations.version} + 1` })
      .where(sql`${recommendations.text} IN ('Dời một', 'Dời hai')`);
    const before = await counts();
    const write = db.transaction((tx) => writeRecommendationImport(tx, coordinator, check, TODAY, 'b.csv'));
    await expect(write).rejects.toBeInstanceOf(ImportConflict);
    await expect(write).rejects.toMatchObject({
      rows: moved.map((m, i) => ({ line: i + 2, code: m.code })),
    });
    expect(await counts()).toEqual(before);
  });

  it('is for coordinators only', async () => {
    expect(mayImportRecommendations(await viewerFor('hp.dieuphoi'))).toBe(true);
    expect(mayImportRecommendations(await viewerFor('dieuphoi'))).toBe(true);
    expect(mayImportRecommendations(await viewerFor('hp.danvan'))).toBe(false);
    expect(mayImportRecommendations(await viewerFor('hp.lanhdao'))).toBe(false);
    expect(mayImportRecommendations(await viewerFor('quantri'))).toBe(false);
  });
});
