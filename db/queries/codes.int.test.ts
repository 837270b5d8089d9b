import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { codeCounters, tasks } from '@/db/schema';
import { readTaskRows } from '@/lib/import/task-rows';
import { NewRecommendationInput } from '@/lib/validations/recommendations';
import { SessionCreateInput } from '@/lib/validations/sessions';
import { TaskCreateInput } from '@/lib/validations/tasks';
import { draft } from '@/tests/recommendations';
import { viewerFor } from '@/tests/viewers';
import { createRecommendation } from './recommendation-writes';
import { createSession } from './sessions';
import { createTask } from './task-edits';
import { dryRunTaskImport } from './task-import';

const TODAY = '2026-11-15';

const newTask = (over: Record<string, unknown> = {}) =>
  TaskCreateInput.parse({
    code: '',
    review: 'TK20-NQ23',
    title: 'Tổng hợp ý kiến',
    description: '',
    assignee: 'HP-MTTQ',
    dueOn: '2027-01-31',
    session: '',
    recommendations: [],
    ...over,
  });

/** The last number the counter gave for a prefix this year (0 before the first). */
async function counter(prefix: 'NV' | 'KN') {
  const [row] = await db
    .select({ value: codeCounters.value })
    .from(codeCounters)
    .where(and(eq(codeCounters.prefix, prefix), eq(codeCounters.year, 2026)));
  return row?.value ?? 0;
}

const generated = (prefix: string, n: number) => `${prefix}-2026-${String(n).padStart(4, '0')}`;

/** A copy of an existing task under another code, written straight to the table (as old data was). */
async function plantTask(code: string) {
  await db.execute(sql`INSERT INTO tasks (code, review_id, assignee_org_id, title, due_on, original_due_on,
      created_by_id, updated_by_id)
    SELECT ${code}, review_id, assignee_org_id, title, due_on, original_due_on, created_by_id, updated_by_id
    FROM tasks WHERE code = 'NV-HP-01'`);
}

describe('generated codes belong to the generator', () => {
  it('refuses a task code typed in the generated form, in any case, and creates nothing', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const next = generated('NV', (await counter('NV')) + 1);
    for (const code of [next, next.toLowerCase(), 'NV-2031-7', 'KN-2026-0001']) {
      expect(await createTask(coordinator, newTask({ code }), TODAY)).toEqual({
        ok: false,
        reason: 'invalid',
        fieldErrors: { code: ['tasks.errors.codeReserved'] },
      });
    }
    expect(await db.select().from(tasks).where(eq(tasks.code, next))).toHaveLength(0);
    // the number is still the generator's to give
    expect(await createTask(coordinator, newTask(), TODAY)).toEqual({ ok: true, code: next });
  });

  it('skips numbers that a record already holds instead of failing on them', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const last = await counter('NV');
    await plantTask(generated('NV', last + 1));
    await plantTask(generated('NV', last + 2));
    expect(await createTask(coordinator, newTask(), TODAY)).toEqual({
      ok: true,
      code: generated('NV', last + 3),
    });

    const lastKn = await counter('KN');
    await db.execute(sql`INSERT INTO recommendations (code, review_id, source_org_id, category, text, created_by_id)
      SELECT ${generated('KN', lastKn + 1)}, review_id, source_org_id, category, text, created_by_id
      FROM recommendations WHERE code = 'KN-HP-01'`);
    const made = await createRecommendation(coordinator, NewRecommendationInput.parse(draft));
    expect(made).toEqual({ ok: true, code: generated('KN', lastKn + 2) });
  });

  it('gives two coordinators creating at once distinct codes, and neither an error', async () => {
    const local = await viewerFor('hp.dieuphoi');
    const national = await viewerFor('dieuphoi');
    const before = await counter('NV');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? createTask(local, newTask({ title: `Song song ${i}` }), TODAY)
          : createTask(national, newTask({ title: `Song song ${i}`, assignee: 'P01' }), TODAY),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const codes = results.map((r) => (r.ok ? r.code : ''));
    expect(new Set(codes).size).toBe(20);
    expect([...codes].sort()).toEqual(Array.from({ length: 20 }, (_, i) => generated('NV', before + i + 1)));
  });
});

describe('recommendations', () => {
  it('get distinct generated codes when two coordinators create them at once', async () => {
    const local = await viewerFor('hp.dieuphoi');
    const national = await viewerFor('dieuphoi');
    const before = await counter('KN');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createRecommendation(
          i % 2 ? local : national,
          NewRecommendationInput.parse(i % 2 ? draft : { ...draft, sourceOrg: 'P01', session: '' }),
        ),
      ),
    );
    const codes = results.map((r) => (r.ok ? r.code : r.reason));
    expect([...codes].sort()).toEqual(Array.from({ length: 12 }, (_, i) => generated('KN', before + i + 1)));
  });
});

describe('a code typed by hand that another record holds', () => {
  it('gets the same answer whether that record is in reach or not, and never says "taken"', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const [outside] = await selectRows<{ code: string }>(
      db,
      sql`SELECT t.code FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
          WHERE o.code = 'P01' AND t.code LIKE 'NV-P01-%' ORDER BY t.code LIMIT 1`,
    );
    const refusal = {
      ok: false,
      reason: 'invalid',
      fieldErrors: { code: ['tasks.errors.codeUnavailable'] },
    };
    expect(await createTask(coordinator, newTask({ code: outside.code }), TODAY)).toEqual(refusal);
    expect(await createTask(coordinator, newTask({ code: 'NV-HP-01' }), TODAY)).toEqual(refusal);
  });

  it('is one creation when several ask for the same new code at once; the others are refused', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => createTask(coordinator, newTask({ code: 'NV-HP-SONGSONG' }), TODAY)),
    );
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, code: 'NV-HP-SONGSONG' }]);
    for (const r of results.filter((r) => !r.ok)) {
      expect(r).toEqual({
        ok: false,
        reason: 'invalid',
        fieldErrors: { code: ['tasks.errors.codeUnavailable'] },
      });
    }
    expect(await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-SONGSONG'))).toHaveLength(1);
  });

  it('in an import: a new row may not take a generated code, held out of reach or not', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const p01 = await selectRows<{ code: string }>(
      db,
      sql`SELECT t.code FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
          WHERE o.code = 'P01' AND t.code LIKE 'NV-P01-%' ORDER BY t.code LIMIT 2`,
    );
    // a task out of reach that holds a code of the generated form
    await db.execute(sql`UPDATE tasks SET code = 'NV-2026-9002' WHERE code = ${p01[0].code}`);
    const header = ['Mã nhiệm vụ', 'Tên nhiệm vụ', 'Mô tả', 'Đơn vị thực hiện', 'Hạn hoàn thành'];
    const table = readTaskRows([
      header,
      ['NV-2026-9100', 'Mã hệ thống, chưa ai giữ', '', 'HP-MTTQ', '31/12/2026'],
      ['NV-2026-9002', 'Mã hệ thống, ngoài phạm vi', '', 'HP-MTTQ', '31/12/2026'],
      [p01[1].code, 'Mã tay, ngoài phạm vi', '', 'HP-MTTQ', '31/12/2026'],
    ]);
    if ('missing' in table) throw new Error('header');
    const result = await dryRunTaskImport(coordinator, table.rows, TODAY);
    expect(result.errors.map((e) => [e.line, e.column, e.key])).toEqual([
      [2, 'code', 'tasks.errors.codeReserved'],
      [3, 'code', 'tasks.errors.codeReserved'],
      [4, 'code', 'tasks.errors.codeUnavailable'],
    ]);
  });

  it('for a survey session too: the same words for a session out of reach as for one in reach', async () => {
    const session = (code: string, organization: string) =>
      SessionCreateInput.parse({
        code,
        review: 'TK20-NQ23',
        title: 'Đoàn khảo sát',
        heldOn: '2026-11-10',
        organization,
        delegation: '',
        participants: '',
        source: '',
      });
    // KS-P01: the sample session held with province P01, out of the Hải Phòng coordinator's reach
    const coordinator = await viewerFor('hp.dieuphoi');
    const refusal = {
      ok: false,
      reason: 'invalid',
      fieldErrors: { code: ['sessions.errors.codeUnavailable'] },
    };
    expect(await createSession(coordinator, session('KS-P01', 'HP-MTTQ'))).toEqual(refusal);
    expect(await createSession(coordinator, session('KS-HP', 'HP-MTTQ'))).toEqual(refusal);
  });
});
