import { and, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, organizations, taskStatusPeriods, tasks } from '@/db/schema';
import { parseTaskAction, TaskCreateInput, TaskEditInput } from '@/lib/validations/tasks';
import { viewerFor } from '@/tests/viewers';
import { createTask, editTask } from './task-edits';
import { applyTaskAction } from './task-writes';

const TODAY = '2026-11-15';

async function counts() {
  const [t] = await db.select({ n: count() }).from(tasks);
  const [e] = await db.select({ n: count() }).from(events);
  const [p] = await db.select({ n: count() }).from(taskStatusPeriods);
  return { tasks: t.n, events: e.n, periods: p.n };
}

const newTask = (over: Record<string, unknown> = {}) =>
  TaskCreateInput.parse({
    code: '',
    review: 'TK20-NQ23',
    title: 'Tổng hợp ý kiến của Mặt trận',
    description: '',
    assignee: 'HP-MTTQ',
    dueOn: '2027-01-31',
    session: 'KS-HP',
    recommendations: ['KN-HP-02'],
    ...over,
  });

describe('creating tasks', () => {
  it('generates a code, opens a status period, links recommendations and records the event', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await counts();
    const result = await createTask(coordinator, newTask(), TODAY);
    expect(result).toEqual({ ok: true, code: 'NV-2026-0001' });
    const after = await counts();
    expect(after).toEqual({
      tasks: before.tasks + 1,
      events: before.events + 1,
      periods: before.periods + 1,
    });
    const [row] = await db.select().from(tasks).where(eq(tasks.code, 'NV-2026-0001'));
    expect(row).toMatchObject({
      status: 'not_started',
      progress: 0,
      dueOn: '2027-01-31',
      originalDueOn: '2027-01-31',
      version: 1,
    });
  });

  it('keeps hostile text as plain text', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const title = '<script>alert(1)</script> =HYPERLINK("http://x","y")';
    const result = await createTask(coordinator, newTask({ code: 'NV-TEST-XSS', title }), TODAY);
    expect(result.ok).toBe(true);
    const [row] = await db.select({ title: tasks.title }).from(tasks).where(eq(tasks.code, 'NV-TEST-XSS'));
    expect(row.title).toBe(title);
  });

  it('refuses group, retired and out-of-scope assignees, taken codes, hidden recommendations, and non-coordinators', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await counts();
    const refusal = async (over: Record<string, unknown>) => createTask(coordinator, newTask(over), TODAY);
    expect(await refusal({ assignee: 'VN' })).toMatchObject({
      reason: 'invalid',
      fieldErrors: { assignee: ['tasks.errors.assigneeInvalid'] },
    });
    expect(await refusal({ assignee: 'HP-TN' })).toMatchObject({
      fieldErrors: { assignee: ['tasks.errors.assigneeInvalid'] },
    });
    expect(await refusal({ assignee: 'BNV' })).toMatchObject({
      fieldErrors: { assignee: ['tasks.errors.assigneeInvalid'] },
    });
    expect(await refusal({ code: 'NV-HP-01' })).toMatchObject({
      fieldErrors: { code: ['tasks.errors.codeUnavailable'] },
    });
    expect(await refusal({ recommendations: ['KN-P01-01'] })).toMatchObject({
      fieldErrors: { recommendations: ['tasks.errors.recommendationInvalid'] },
    });
    expect(await refusal({ dueOn: '2026-11-14' })).toMatchObject({
      fieldErrors: { dueOn: ['tasks.errors.dueInPast'] },
    });
    for (const login of ['hp.lanhdao', 'hp.danvan', 'quantri']) {
      expect(await createTask(await viewerFor(login), newTask(), TODAY)).toEqual({
        ok: false,
        reason: 'forbidden',
      });
    }
    expect(await counts()).toEqual(before);
  });

  it('refuses a 10,000-character title before anything is read', () => {
    const result = TaskCreateInput.safeParse({
      ...newTask(),
      title: 'x'.repeat(10_000),
      recommendations: [],
    });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['tasks.errors.titleTooLong']);
  });
});

describe('editing tasks', () => {
  it('moves a task to another unit: a new status period, an event, the old version refused', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const [task] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-07'));
    const input = TaskEditInput.parse({
      code: 'NV-HP-07',
      version: String(task.version),
      title: task.title,
      description: '',
      assignee: 'HP-BDV',
      session: 'KS-HP',
    });
    expect(await editTask(coordinator, input, TODAY)).toEqual({ ok: true, code: 'NV-HP-07' });
    const [open] = await db
      .select({ assignee: organizations.code })
      .from(taskStatusPeriods)
      .innerJoin(organizations, eq(organizations.id, taskStatusPeriods.assigneeOrgId))
      .where(and(eq(taskStatusPeriods.taskId, task.id), isNull(taskStatusPeriods.validTo)));
    expect(open.assignee).toBe('HP-BDV');
    expect(await editTask(coordinator, input, TODAY)).toEqual({ ok: false, reason: 'conflict' });
    expect(await editTask(await viewerFor('hp.lanhdao'), input, TODAY)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await editTask(await viewerFor('bnv'), input, TODAY)).toEqual({ ok: false, reason: 'not_found' });
  });
});

describe('bad input changes nothing', () => {
  const cases: Record<string, unknown>[] = [
    { action: 'progress', progress: '101', note: 'x' },
    { action: 'progress', progress: '-5', note: 'x' },
    { action: 'progress', progress: 'abc', note: 'x' },
    { action: 'report', completedOn: '2026-11-16', note: 'x' },
    { action: 'report', completedOn: '2026-11-10', note: '' },
    { action: 'progress', progress: '50', note: 'x'.repeat(2001) },
    { action: 'finish_everything' },
    { action: 'cancel', reason: '' },
  ];
  it.each(cases)('refuses %o with a field error', async (raw) => {
    const official = await viewerFor('hp.mttq');
    const [task] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-05'));
    const before = await counts();
    const parsed = parseTaskAction({ code: 'NV-HP-05', version: String(task.version), ...raw }, TODAY);
    expect(parsed.success).toBe(false);
    if (parsed.success) await applyTaskAction(official, parsed.data, TODAY);
    const [after] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-05'));
    expect(after).toEqual(task);
    expect(await counts()).toEqual(before);
  });
});
