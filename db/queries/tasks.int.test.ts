import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, taskStatusPeriods, tasks } from '@/db/schema';
import { parseTaskAction } from '@/lib/validations/tasks';
import { viewerFor } from '@/tests/viewers';
import { listTasks, taskClassCountsFor } from './task-list';
import { applyTaskAction } from './task-writes';
import { getTask, linkedRecommendations, taskTimeline } from './tasks';

const TODAY = '2026-11-15';

async function snapshot(code: string) {
  const [task] = await db.select().from(tasks).where(eq(tasks.code, code));
  const [e] = await db.select({ n: count() }).from(events).where(eq(events.entityId, task.id));
  const [p] = await db
    .select({ n: count() })
    .from(taskStatusPeriods)
    .where(eq(taskStatusPeriods.taskId, task.id));
  return { task, events: e.n, periods: p.n };
}

function action(raw: Record<string, unknown>) {
  const parsed = parseTaskAction(raw, TODAY);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

describe('the task list', () => {
  it('finds tasks with or without diacritics', async () => {
    const viewer = await viewerFor('lanhdao');
    const plain = await listTasks(viewer, { q: 'hai phong' }, TODAY);
    const marked = await listTasks(viewer, { q: 'Hải Phòng' }, TODAY);
    expect(plain.rows.map((r) => r.code)).toContain('NV-HP-02');
    expect(marked.rows.map((r) => r.code)).toEqual(plain.rows.map((r) => r.code));
    const danVan = await listTasks(viewer, { q: 'dan van' }, TODAY);
    expect(danVan.total).toBeGreaterThan(0);
    for (const row of danVan.rows) expect(row.title.toLowerCase()).toMatch(/dân vận/);
  });

  it('shows an official only their unit’s tasks, however the URL is written', async () => {
    const viewer = await viewerFor('hp.danvan');
    const all = await listTasks(viewer, {}, TODAY);
    // NV-HP-08 and NV-HP-09 are dated from the seeding day (db/seed/relative.ts)
    expect(all.rows.map((r) => r.code).sort()).toEqual([
      'NV-HP-01',
      'NV-HP-02',
      'NV-HP-06',
      'NV-HP-08',
      'NV-HP-09',
    ]);
    expect((await listTasks(viewer, { org: 'VN' }, TODAY)).total).toBe(5);
    expect((await listTasks(viewer, { province: 'P01' }, TODAY)).total).toBe(0);
  });

  it('filters by organization subtree, province, status, class, due dates and recommendation', async () => {
    const viewer = await viewerFor('hp.dieuphoi');
    const codes = async (params: Parameters<typeof listTasks>[1]) =>
      (await listTasks(viewer, params, TODAY)).rows.map((r) => r.code).sort();
    expect(await codes({ org: 'HP-TU' })).toEqual([
      'NV-HP-01',
      'NV-HP-02',
      'NV-HP-03',
      'NV-HP-06',
      'NV-HP-08',
      'NV-HP-09',
    ]);
    expect(await codes({ province: 'P31', status: ['in_progress'] })).toEqual([
      'NV-HP-05',
      'NV-HP-06',
      'NV-HP-08',
      'NV-HP-09',
    ]);
    expect(await codes({ class: ['completed_late'] })).toEqual(['NV-HP-02', 'NV-HP-04']);
    expect(await codes({ class: ['overdue'] })).toEqual(['NV-HP-05', 'NV-HP-09']);
    expect(await codes({ dueFrom: '2027-01-01', dueTo: '2027-04-30' })).toEqual(['NV-HP-06']);
    expect(await codes({ recommendation: 'KN-HP-03' })).toEqual(['NV-BNV-01', 'NV-HP-03', 'NV-HP-07']);
  });

  it('sorts by each column both ways and pages by 50', async () => {
    const viewer = await viewerFor('lanhdao');
    const up = await listTasks(viewer, { sort: 'code' }, TODAY);
    const down = await listTasks(viewer, { sort: '-code' }, TODAY);
    expect(up.rows).toHaveLength(50);
    expect(up.pages).toBeGreaterThan(1);
    expect(up.rows[0].code < up.rows[1].code).toBe(true);
    expect(down.rows[0].code > down.rows[1].code).toBe(true);
    const second = await listTasks(viewer, { sort: 'code', page: 2 }, TODAY);
    expect(second.rows[0].code > up.rows[49].code).toBe(true);
    for (const sort of ['title', '-dueOn', 'status', '-assignee']) {
      expect((await listTasks(viewer, { sort }, TODAY)).rows).toHaveLength(50);
    }
  });

  it('counts the deadline classes of the current filter, all four present on the fixed day', async () => {
    const viewer = await viewerFor('hp.dieuphoi');
    const counts = await taskClassCountsFor(viewer, { class: ['overdue'] }, TODAY);
    // NV-BNV-01 is in reach through KN-HP-03, whose source is Hải Phòng; a list shows every level,
    // so NV-HP-00 (completed on time) and its children NV-HP-01 and NV-HP-02 all count (issue 17)
    expect(counts).toEqual({ completed_on_time: 3, completed_late: 2, in_progress_on_time: 4, overdue: 2 });
    const top = await taskClassCountsFor(viewer, { class: ['overdue'], level: 'top' }, TODAY);
    expect(top).toEqual({ completed_on_time: 2, completed_late: 1, in_progress_on_time: 4, overdue: 2 });
    const danvan = await taskClassCountsFor(viewer, { org: 'HP-BDV' }, TODAY);
    expect(danvan).toEqual({ completed_on_time: 1, completed_late: 1, in_progress_on_time: 2, overdue: 1 });
  });
});

describe('a task page', () => {
  it('is not found for a forged code out of reach', async () => {
    const mttq = await viewerFor('hp.mttq');
    expect(await getTask(mttq, 'NV-HP-06', TODAY)).toBeNull();
    expect(await getTask(mttq, 'NV-DOES-NOT-EXIST', TODAY)).toBeNull();
    expect((await getTask(mttq, 'NV-HP-05', TODAY))?.assigneeCode).toBe('HP-MTTQ');
  });

  it('has a timeline and shows only the linked recommendations the viewer may read', async () => {
    const bnv = await viewerFor('bnv');
    const task = await getTask(bnv, 'NV-BNV-01', TODAY);
    expect(task).not.toBeNull();
    const timeline = await taskTimeline(task!.id);
    expect(timeline[0].action).toBe('task.create');
    expect(timeline.every((e) => e.actorName)).toBe(true);
    expect((await linkedRecommendations(bnv, task!.id)).map((r) => r.code)).toEqual(['KN-HP-03']);
    const danvan = await viewerFor('hp.danvan');
    const six = await getTask(danvan, 'NV-HP-06', TODAY);
    expect((await linkedRecommendations(danvan, six!.id)).map((r) => r.code)).toEqual(['KN-HP-01']);
  });
});

describe('workflow writes', () => {
  it('updates progress: the row, its version, one event, in one go', async () => {
    const viewer = await viewerFor('hp.danvan');
    const before = await snapshot('NV-HP-06');
    const result = await applyTaskAction(
      viewer,
      action({
        action: 'progress',
        code: 'NV-HP-06',
        version: String(before.task.version),
        progress: '70',
        note: 'Đã rà soát 7/10 nghị quyết',
      }),
      TODAY,
    );
    expect(result).toEqual({ ok: true, code: 'NV-HP-06' });
    const after = await snapshot('NV-HP-06');
    expect(after.task.progress).toBe(70);
    expect(after.task.version).toBe(before.task.version + 1);
    expect(after.events).toBe(before.events + 1);
    expect(after.periods).toBe(before.periods); // status, due and completion unchanged
  });

  it('refuses the second of two writes from the same version, overwriting nothing', async () => {
    const viewer = await viewerFor('hp.danvan');
    const { task } = await snapshot('NV-HP-06');
    const first = action({
      action: 'progress',
      code: 'NV-HP-06',
      version: String(task.version),
      progress: '80',
      note: 'a',
    });
    const second = action({
      action: 'progress',
      code: 'NV-HP-06',
      version: String(task.version),
      progress: '20',
      note: 'b',
    });
    expect((await applyTaskAction(viewer, first, TODAY)).ok).toBe(true);
    const before = await snapshot('NV-HP-06');
    expect(await applyTaskAction(viewer, second, TODAY)).toEqual({ ok: false, reason: 'conflict' });
    expect(await snapshot('NV-HP-06')).toEqual(before);
  });

  it('reports, then confirms: status periods closed and opened with the events', async () => {
    const official = await viewerFor('hp.danvan');
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await snapshot('NV-HP-06');
    const report = await applyTaskAction(
      official,
      action({
        action: 'report',
        code: 'NV-HP-06',
        version: String(before.task.version),
        completedOn: '2026-11-14',
        note: 'Xong',
        docRef: '123/BC-BDVTU',
      }),
      TODAY,
    );
    expect(report.ok).toBe(true);
    const reported = await snapshot('NV-HP-06');
    expect(reported.task).toMatchObject({
      status: 'awaiting_confirmation',
      completedOn: '2026-11-14',
      progress: 100,
      completionDocRef: '123/BC-BDVTU',
    });
    expect(reported.periods).toBe(before.periods + 1);
    expect(reported.events).toBe(before.events + 1);
    const open = await db
      .select()
      .from(taskStatusPeriods)
      .where(and(eq(taskStatusPeriods.taskId, before.task.id), isNull(taskStatusPeriods.validTo)));
    expect(open).toHaveLength(1);
    expect(open[0].status).toBe('awaiting_confirmation');

    // an official cannot confirm their own report; the coordinator can
    const confirm = action({ action: 'confirm', code: 'NV-HP-06', version: String(reported.task.version) });
    expect(await applyTaskAction(official, confirm, TODAY)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await applyTaskAction(coordinator, confirm, TODAY)).toEqual({ ok: true, code: 'NV-HP-06' });
    expect((await snapshot('NV-HP-06')).task.status).toBe('completed');
  });

  it('extends a deadline keeping the original, and records it', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await snapshot('NV-HP-05');
    const result = await applyTaskAction(
      coordinator,
      action({
        action: 'extend',
        code: 'NV-HP-05',
        version: String(before.task.version),
        dueOn: '2027-01-31',
        reason: 'Chờ số liệu cơ sở',
      }),
      TODAY,
    );
    expect(result.ok).toBe(true);
    const after = await snapshot('NV-HP-05');
    expect(after.task).toMatchObject({ dueOn: '2027-01-31', originalDueOn: '2026-09-30' });
    const [event] = await db
      .select()
      .from(events)
      .where(and(eq(events.entityId, before.task.id), eq(events.action, 'task.extend')));
    expect(event).toMatchObject({ fromValue: '2026-09-30', toValue: '2027-01-31' });
    expect(event.data).toMatchObject({ note: 'Chờ số liệu cơ sở' });
  });

  it('refuses a leader’s forged update and an out-of-scope official’s, changing nothing', async () => {
    const before = await snapshot('NV-HP-07');
    const start = action({ action: 'start', code: 'NV-HP-07', version: String(before.task.version) });
    expect(await applyTaskAction(await viewerFor('hp.lanhdao'), start, TODAY)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await applyTaskAction(await viewerFor('quantri'), start, TODAY)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await applyTaskAction(await viewerFor('hp.mttq'), start, TODAY)).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await snapshot('NV-HP-07')).toEqual(before);
  });

  it('refuses a completion date before the task was created, and an action its status does not allow', async () => {
    const official = await viewerFor('bnv');
    const before = await snapshot('NV-BNV-01');
    const early = action({
      action: 'report',
      code: 'NV-BNV-01',
      version: String(before.task.version),
      completedOn: '2020-01-01',
      note: 'x',
    });
    expect(await applyTaskAction(official, early, TODAY)).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { completedOn: ['tasks.errors.completedBeforeCreation'] },
    });
    const start = action({ action: 'start', code: 'NV-BNV-01', version: String(before.task.version) });
    expect(await applyTaskAction(official, start, TODAY)).toEqual({ ok: false, reason: 'not_allowed' });
    expect(await snapshot('NV-BNV-01')).toEqual(before);
  });

  it('rolls the whole write back when a part of it fails', async () => {
    const official = await viewerFor('hp.mttq');
    const before = await snapshot('NV-HP-05');
    // a forbidden value reaching the database (progress 150 bypassing validation) aborts the transaction
    await expect(
      applyTaskAction(
        official,
        { action: 'progress', code: 'NV-HP-05', version: before.task.version, progress: 150, note: 'x' },
        TODAY,
      ),
    ).rejects.toThrow();
    expect(await snapshot('NV-HP-05')).toEqual(before);
    const [row] = await db
      .execute(sql`SELECT 1 AS one`)
      .then((r) => (r as unknown as { rows: unknown[] }).rows);
    expect(row).toBeTruthy();
  });
});
