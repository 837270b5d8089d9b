import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, taskStatusPeriods, tasks } from '@/db/schema';
import { readSpreadsheet } from '@/lib/import/spreadsheet';
import { readTaskRows } from '@/lib/import/task-rows';
import { taskTemplate } from '@/lib/import/template';
import { viewerFor } from '@/tests/viewers';
import type { ImportOutcome } from './import-run';
import { commitTaskImport, dryRunTaskImport, taskTemplateFits, templateData } from './task-import';
import { checkTaskImport } from './task-import-check';
import { writeTaskImport } from './task-import-writes';

/** The summary of a commit that was not a conflict. */
function summaryOf(result: ImportOutcome) {
  if ('conflict' in result) throw new Error('unexpected conflict');
  return result.summary;
}

const TODAY = '2026-11-15';
const HEADER = 'Mã nhiệm vụ,Tên nhiệm vụ,Mô tả,Đơn vị thực hiện,Hạn hoàn thành,Trạng thái,Tiến độ (%),Lý do';

async function counts() {
  const [t] = await db.select({ n: count() }).from(tasks);
  const [e] = await db.select({ n: count() }).from(events);
  const [p] = await db.select({ n: count() }).from(taskStatusPeriods);
  return { tasks: t.n, events: e.n, periods: p.n };
}

async function rowsOf(bytes: Uint8Array) {
  const sheet = await readSpreadsheet(bytes);
  if (!sheet.ok) throw new Error(sheet.problem.key);
  const table = readTaskRows(sheet.rows);
  if ('missing' in table) throw new Error(table.missing.join());
  return table.rows;
}
const csv = (...lines: string[]) => rowsOf(new TextEncoder().encode([HEADER, ...lines].join('\n')));

describe('task import', () => {
  it('checks every row and reports errors by row and column, changing nothing', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await counts();
    const rows = await csv(
      ',Nhiệm vụ mới,,HP-MTTQ,31/12/2026,,', // 2: ok (create)
      ',Đơn vị lạ,,XX-NONE,31/12/2026,,', // 3: unknown organization
      ',Ngoài phạm vi,,BNV,31/12/2026,,', // 4: outside scope
      ',Nhóm,,TW,31/12/2026,,', // 5: group
      ',Đã giải thể,,HP-TN,31/12/2026,,', // 6: retired
      ',Ngày sai,,HP-MTTQ,31/02/2026,,', // 7: bad date
      'NV-HP-07,Tiến độ,,HP-SNV,2027-06-30,,150', // 8: progress out of range
      'NV-HP-07,Trùng mã,,HP-SNV,2027-06-30,,', // 9: duplicate code (line 8 names it too, even with an error)
      'NV-HP-07,Trùng mã,,HP-SNV,2027-06-30,,', // 10: duplicate code
      'NV-HP-01,,,HP-BDV,2024-06-30,,', // 11: missing title
      'NV-HP-06,Rà soát,,HP-BDV,2027-03-31,Đã hoàn thành,', // 12: transition not allowed
      'NV-BNV-01,X,,BNV,2026-12-31,,', // 13: not in scope (visible through a recommendation, but not editable)
      ',Theo tên không dấu,,ban dan van thanh uy hai phong,2026-12-31,,', // 14: ok, by name
    );
    const result = await dryRunTaskImport(coordinator, rows, TODAY);
    const got = result.errors.map((e) => [e.line, e.column, e.key]);
    expect(got).toEqual([
      [3, 'assignee', 'import.errors.orgUnknown'],
      [4, 'assignee', 'import.errors.orgNotAssignable'],
      [5, 'assignee', 'import.errors.orgNotAssignable'],
      [6, 'assignee', 'import.errors.orgNotAssignable'],
      [7, 'dueOn', 'import.errors.badDate'],
      [8, 'progress', 'tasks.errors.progressRange'],
      [9, 'code', 'import.errors.duplicateCode'],
      [10, 'code', 'import.errors.duplicateCode'],
      [11, 'title', 'tasks.errors.titleRequired'],
      [12, 'status', 'import.errors.transition'],
      [13, 'title', 'import.errors.editForbidden'],
    ]);
    expect(result.counts).toEqual({ create: 2, update: 0, unchanged: 0 });
    expect(await counts()).toEqual(before);
  });

  it('commits all or nothing: one bad row writes nothing', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await counts();
    const rows = await csv(',Một,,HP-MTTQ,31/12/2026,,', ',Hai,,BNV,31/12/2026,,');
    const result = await commitTaskImport(coordinator, 'a.csv', rows, TODAY);
    expect(result.ok).toBe(false);
    expect(summaryOf(result).errors).toHaveLength(1);
    expect(await counts()).toEqual(before);
  });

  it('creates and updates through the workflow, with an event per row and one for the import', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await counts();
    const [old] = await db.select({ version: tasks.version }).from(tasks).where(eq(tasks.code, 'NV-HP-05'));
    const rows = await csv(
      ',Việc mới,Mô tả,HP-MTTQ,2026-12-31,Chưa thực hiện,0',
      'NV-HP-MOI,Việc mới có mã,,hp-snv,2027-01-15,,',
      'NV-HP-05,Tiêu đề mới,,HP-MTTQ,2026-12-31,Đã hủy,60,Gộp vào nhiệm vụ khác', // edit + extend + cancel
      'NV-HP-01,Bổ sung,,HP-BDV,2024-06-30,Đang thực hiện,100,Cần bổ sung số liệu', // reopen
    );
    const result = await commitTaskImport(coordinator, 'nhiem-vu.xlsx', rows, TODAY);
    expect(result.ok).toBe(true);
    expect(summaryOf(result).counts).toEqual({ create: 2, update: 2, unchanged: 0 });
    const after = await counts();
    expect(after.tasks).toBe(before.tasks + 2);
    // 2 creations + edit, extend and cancel of NV-HP-05 + edit and reopen of NV-HP-01 + the import itself
    expect(after.events).toBe(before.events + 8);
    const [created] = await db.select().from(tasks).where(eq(tasks.code, 'NV-2026-0001'));
    expect(created).toMatchObject({ title: 'Việc mới', status: 'not_started', dueOn: '2026-12-31' });
    const [five] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-05'));
    expect(five).toMatchObject({
      title: 'Tiêu đề mới',
      status: 'cancelled',
      dueOn: '2026-12-31',
      version: old.version + 1,
    });
    const [one] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-01'));
    expect(one).toMatchObject({ status: 'in_progress', completedOn: null });
    const [imported] = await db.select().from(events).where(eq(events.action, 'task.import'));
    expect(imported.data).toEqual({ fileName: 'nhiem-vu.xlsx', create: 2, update: 2, unchanged: 0 });
  });

  it('asks the reason the forms ask to cancel, return, reopen or extend, row by row, writing nothing without it', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const lines = [
      'WHY-1,Một,,HP-MTTQ,31/12/2027,,',
      'WHY-2,Hai,,HP-MTTQ,31/12/2027,,',
      'WHY-3,Ba,,HP-MTTQ,31/12/2027,,',
    ];
    expect((await commitTaskImport(coordinator, 'why.csv', await csv(...lines), TODAY)).ok).toBe(true);
    const steps = [
      'WHY-1,Một,,HP-MTTQ,31/12/2027,Đã hủy,,', // cancel
      'WHY-2,Hai,,HP-MTTQ,30/06/2028,,,  ', // extend (a blank reason is no reason)
      'WHY-3,Ba (sửa tên),,HP-MTTQ,31/12/2027,,,', // an edit: the form asks for no reason
    ];
    const before = await counts();
    const refused = await commitTaskImport(coordinator, 'why-2.csv', await csv(...steps), TODAY);
    expect(summaryOf(refused).errors.map((e) => [e.line, e.column, e.key])).toEqual([
      [2, 'reason', 'tasks.errors.reasonRequired'],
      [3, 'reason', 'tasks.errors.reasonRequired'],
    ]);
    expect(await counts()).toEqual(before);

    const reasons = ['Trùng với nhiệm vụ khác', 'Chờ số liệu quý IV', ''];
    const result = await commitTaskImport(
      coordinator,
      'why-3.csv',
      await csv(...steps.map((line, i) => line.replace(/,[^,]*$/, `,${reasons[i]}`))),
      TODAY,
    );
    expect(summaryOf(result).counts).toEqual({ create: 0, update: 3, unchanged: 0 });
    const stepEvents = await db
      .select({ code: events.entityCode, action: events.action, data: events.data })
      .from(events)
      .where(sql`${events.entityCode} LIKE 'WHY-%' AND ${events.action} <> 'task.create'`)
      .orderBy(events.entityCode);
    expect(stepEvents).toEqual([
      { code: 'WHY-1', action: 'task.cancel', data: { import: 'why-3.csv', line: 2, note: reasons[0] } },
      { code: 'WHY-2', action: 'task.extend', data: { import: 'why-3.csv', line: 3, note: reasons[1] } },
      {
        code: 'WHY-3',
        action: 'task.edit',
        data: { import: 'why-3.csv', line: 4, changes: { title: ['Ba', 'Ba (sửa tên)'] } },
      },
    ]);
    const notes = await db
      .select({ code: tasks.code, lastNote: tasks.lastNote })
      .from(tasks)
      .where(sql`${tasks.code} LIKE 'WHY-%'`)
      .orderBy(tasks.code);
    expect(notes.map((t) => t.lastNote)).toEqual([reasons[0], reasons[1], null]);
  });

  it('round trip: the template filled with the current tasks re-imports as unchanged', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const { orgs, existing } = await templateData(coordinator, TODAY, true);
    expect(existing.length).toBeGreaterThan(5);
    const rows = await rowsOf(new Uint8Array(await taskTemplate(orgs, existing)));
    const before = await counts();
    const result = await commitTaskImport(coordinator, 'round.xlsx', rows, TODAY);
    expect(summaryOf(result).errors).toEqual([]);
    expect(summaryOf(result).counts).toEqual({ create: 0, update: 0, unchanged: existing.length });
    const after = await counts();
    expect({ ...after, events: after.events - 1 }).toEqual(before);
  });

  it('fills the template with tasks up to its row limit, and past it fills none and says so', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const all = await templateData(coordinator, TODAY, true);
    const n = all.existing.length;
    expect(all.tooMany).toBe(false);
    expect(await taskTemplateFits(coordinator)).toBe(true);
    expect(await templateData(coordinator, TODAY, true, n)).toMatchObject({ tooMany: false });
    expect((await templateData(coordinator, TODAY, true, n)).existing).toHaveLength(n);
    // One task more than the limit: no cut list, a refusal the page and the route turn into words.
    expect(await templateData(coordinator, TODAY, true, n - 1)).toMatchObject({
      existing: [],
      tooMany: true,
    });
    expect(await taskTemplateFits(coordinator, n - 1)).toBe(false);
    expect(await taskTemplateFits(coordinator, n)).toBe(true);
  });

  it('imports 20,000 rows in one transaction', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await counts();
    const lines = Array.from({ length: 20_000 }, (_, i) => `,Nhiệm vụ số ${i + 1},,HP-MTTQ,31/12/2027,,`);
    const rows = await csv(...lines);
    const started = Date.now();
    const result = await commitTaskImport(coordinator, 'lon.csv', rows, TODAY);
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(60_000);
    const after = await counts();
    expect(after.tasks).toBe(before.tasks + 20_000);
    expect(after.periods).toBe(before.periods + 20_000);
    expect(after.events).toBe(before.events + 20_001);
  }, 120_000);

  it('updates thousands of rows in one transaction: a new status period and an event per extended task', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const n = 2_500;
    const lines = Array.from({ length: n }, (_, i) => `LOT-${i + 1},Gia hạn ${i + 1},,HP-MTTQ,31/12/2027,,`);
    expect((await commitTaskImport(coordinator, 'lot.csv', await csv(...lines), TODAY)).ok).toBe(true);
    const later = lines.map((line) => `${line.replace('31/12/2027', '30/06/2028')},Lùi hạn theo kết luận`);
    const before = await counts();
    const result = await commitTaskImport(coordinator, 'lot-extend.csv', await csv(...later), TODAY);
    expect(summaryOf(result).counts).toEqual({ create: 0, update: n, unchanged: 0 });
    const after = await counts();
    expect(after).toEqual({
      tasks: before.tasks,
      events: before.events + n + 1,
      periods: before.periods + n,
    });
    const lot = sql`${tasks.code} LIKE 'LOT-%'`;
    const [moved] = await db
      .select({ n: count() })
      .from(tasks)
      .where(sql`${lot} AND ${tasks.dueOn} = '2028-06-30' AND ${tasks.version} = 2`);
    expect(Number(moved.n)).toBe(n);
    const periods = await db
      .select({
        open: sql<boolean>`${taskStatusPeriods.validTo} IS NULL`,
        dueOn: taskStatusPeriods.dueOn,
        n: count(),
      })
      .from(taskStatusPeriods)
      .innerJoin(tasks, eq(tasks.id, taskStatusPeriods.taskId))
      .where(lot)
      .groupBy(sql`1`, taskStatusPeriods.dueOn)
      .orderBy(taskStatusPeriods.dueOn);
    expect(periods.map((p) => [Boolean(p.open), p.dueOn, Number(p.n)])).toEqual([
      [false, '2027-12-31', n],
      [true, '2028-06-30', n],
    ]);
    const [extended] = await db
      .select({ n: count() })
      .from(events)
      .where(sql`${events.action} = 'task.extend' AND ${events.data}->>'import' = 'lot-extend.csv'`);
    expect(Number(extended.n)).toBe(n);
  }, 120_000);

  it('reports every problem of a row, not only the first', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const rows = await csv(',,,XX-NONE,31/02/2026,Lạ,150', 'NV-HP-07,Tiêu đề khác,,BNV,2027-06-30,,');
    const result = await dryRunTaskImport(coordinator, rows, TODAY);
    expect(result.errors.map((e) => [e.line, e.column, e.key])).toEqual([
      [2, 'title', 'tasks.errors.titleRequired'],
      [2, 'dueOn', 'import.errors.badDate'],
      [2, 'status', 'import.errors.badStatus'],
      [2, 'progress', 'tasks.errors.progressRange'],
      [2, 'assignee', 'import.errors.orgUnknown'],
      [3, 'assignee', 'import.errors.orgNotAssignable'],
    ]);
  });

  it('refuses a commit as a conflict when a task moved since the dry run, writing nothing', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const rows = await csv(
      'NV-HP-07,Tiêu đề sau kiểm tra,,HP-SNV,2027-06-30,,',
      ',Việc mới,,HP-MTTQ,31/12/2026,,',
    );
    const dry = await dryRunTaskImport(coordinator, rows, TODAY);
    expect(dry.errors).toEqual([]);
    await db
      .update(tasks)
      .set({ version: sql`${tasks.version} + 1` })
      .where(eq(tasks.code, 'NV-HP-07'));
    const before = await counts();
    const result = await commitTaskImport(coordinator, 'a.csv', rows, TODAY, dry.versions);
    expect(result).toEqual({ ok: false, conflict: [{ line: 2, code: 'NV-HP-07' }] });
    expect(await counts()).toEqual(before);
  });

  it('names every row whose task moved between the check and the batched update', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const lines = ['MOVE-1,Một,,HP-MTTQ,31/12/2027,,', 'MOVE-2,Hai,,HP-MTTQ,31/12/2027,,'];
    expect((await commitTaskImport(coordinator, 'move.csv', await csv(...lines), TODAY)).ok).toBe(true);
    const rows = await csv(...lines.map((line) => `${line.replace(',31/12/2027', ',30/06/2028')},Lùi hạn`));
    const check = await checkTaskImport(db, coordinator, rows, TODAY);
    expect(check.errors).toEqual([]);
    await db
      .update(tasks)
      .set({ version: sql`${tasks.version} + 1` })
      .where(sql`${tasks.code} IN ('MOVE-1', 'MOVE-2')`);
    const before = await counts();
    const write = db.transaction((tx) => writeTaskImport(tx, coordinator, check, TODAY, 'b.csv'));
    await expect(write).rejects.toMatchObject({
      rows: [
        { line: 2, code: 'MOVE-1' },
        { line: 3, code: 'MOVE-2' },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it('is refused to officials', async () => {
    const official = await viewerFor('hp.danvan');
    const { mayImportTasks } = await import('./task-import');
    expect(mayImportTasks(official)).toBe(false);
  });
});
