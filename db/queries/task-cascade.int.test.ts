import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, taskStatusPeriods, tasks } from '@/db/schema';
import type { TaskLevel } from '@/lib/domain/cascade';
import { TaskCreateInput } from '@/lib/validations/tasks';
import { viewerFor } from '@/tests/viewers';
import { taskHeadline } from './dashboard';
import { taskExportRows } from './report-rows';
import { taskChildren, taskParent } from './task-cascade';
import { createTask, editTask } from './task-edits';
import { listTasks } from './task-list';
import { applyTaskAction } from './task-writes';
import { getTask } from './tasks';
import type { Viewer } from './viewer';

/** Cascaded tasks (issue 17): who may cascade, where, until when, how deep; what readers and figures see. */

const TODAY = '2026-11-15';

const input = (over: Record<string, unknown>) =>
  TaskCreateInput.parse({
    code: '',
    review: 'TK20-NQ23',
    title: 'Nhiệm vụ',
    description: '',
    assignee: 'P31',
    dueOn: '2027-03-31',
    session: '',
    recommendations: [],
    ...over,
  });

async function create(viewer: Viewer, over: Record<string, unknown>) {
  const result = await createTask(viewer, input(over), TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.code;
}

async function counts() {
  const [t] = await db.select({ n: count() }).from(tasks);
  const [e] = await db.select({ n: count() }).from(events);
  const [p] = await db.select({ n: count() }).from(taskStatusPeriods);
  return { tasks: t.n, events: e.n, periods: p.n };
}

async function idOf(code: string) {
  const [row] = await db
    .select({ id: tasks.id, version: tasks.version })
    .from(tasks)
    .where(eq(tasks.code, code));
  return row;
}

const codesOf = async (viewer: Viewer, level: TaskLevel, q?: string) =>
  (await listTasks(viewer, { level, q }, TODAY)).rows.map((r) => r.code).sort();

describe('figures of the demo cascade (first: the other tests add cascades)', () => {
  it('count the parent for whoever sees it, the children for a unit that sees only them; level=all counts every level', async () => {
    const total = async (login: string, level?: TaskLevel) =>
      (await taskHeadline(await viewerFor(login), { asOf: TODAY, level })).total;
    // NV-HP-00 (P31) holds NV-HP-01 and NV-HP-02 (HP-BDV), all completed.
    for (const login of ['lanhdao', 'hp.lanhdao']) {
      expect(await total(login, 'all'), login).toBe((await total(login)) + 2);
    }
    // HP-BDV sees NV-HP-01 and NV-HP-02 but not their parent: it counts them, with NV-HP-06, 08 and 09
    expect(await total('hp.danvan')).toBe(5);
    expect(await total('hp.danvan', 'all')).toBe(5);
  });
});

describe('cascading a task', () => {
  it('lets the coordinator of the lead unit cascade inside its subtree, and writes the link in both histories', async () => {
    const national = await viewerFor('dieuphoi');
    const city = await viewerFor('hp.dieuphoi');
    const parent = await create(national, { code: 'NV-CAS-A', assignee: 'P31' });
    const before = await counts();
    const child = await create(city, { code: 'NV-CAS-A1', assignee: 'HP-BDV', parent, dueOn: '2027-03-31' });
    expect(await counts()).toEqual({
      tasks: before.tasks + 1,
      events: before.events + 2,
      periods: before.periods + 1,
    });
    const [row] = await db.select({ parentId: tasks.parentId }).from(tasks).where(eq(tasks.code, child));
    expect(row.parentId).toBe((await idOf(parent)).id);
    const [created] = await db
      .select({ data: events.data })
      .from(events)
      .where(and(eq(events.entityCode, child), eq(events.action, 'task.create')));
    expect(created.data).toMatchObject({ parent: 'NV-CAS-A' });
    const [cascade] = await db
      .select({ toValue: events.toValue })
      .from(events)
      .where(and(eq(events.entityCode, parent), eq(events.action, 'task.cascade')));
    expect(cascade.toValue).toBe(child);
  });

  it('refuses, with a reason and nothing written, whoever may not cascade and whatever breaks a rule', async () => {
    const national = await viewerFor('dieuphoi');
    const city = await viewerFor('hp.dieuphoi');
    const official = await viewerFor('hp.danvan');
    const parent = await create(national, { code: 'NV-CAS-B', assignee: 'HP-TU', dueOn: '2027-02-28' });
    const ministry = await create(national, { code: 'NV-CAS-BNV', assignee: 'BNV' });
    const before = await counts();
    const refusal = async (viewer: Viewer, over: Record<string, unknown>) => {
      const result = await createTask(
        viewer,
        input({ parent, assignee: 'HP-BDV', dueOn: '2027-01-31', ...over }),
        TODAY,
      );
      expect(result.ok).toBe(false);
      return result.ok ? null : result.fieldErrors;
    };
    // an official writes no task; a coordinator cannot cascade a task of another scope
    expect(
      await createTask(official, input({ parent, assignee: 'HP-BDV', dueOn: '2027-01-31' }), TODAY),
    ).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await refusal(city, { parent: ministry })).toEqual({ parent: ['cascade.errors.parentInvalid'] });
    expect(await refusal(city, { parent: 'NV-NO-SUCH' })).toEqual({
      parent: ['cascade.errors.parentInvalid'],
    });
    // a unit of the province outside the parent unit's subtree (HP-MTTQ is not in HP-TU)
    expect(await refusal(city, { assignee: 'HP-MTTQ' })).toEqual({
      assignee: ['cascade.errors.outsideParentUnit'],
    });
    // due after the parent
    expect(await refusal(city, { dueOn: '2027-03-01' })).toEqual({
      dueOn: ['cascade.errors.dueAfterParent'],
    });
    expect(await counts()).toEqual(before);
  });

  it('compares the child’s due date with the parent’s current one: an extension extends the limit', async () => {
    const national = await viewerFor('dieuphoi');
    const city = await viewerFor('hp.dieuphoi');
    const parent = await create(national, { code: 'NV-CAS-C', assignee: 'P31', dueOn: '2027-01-31' });
    const late = input({ parent, assignee: 'HP-SNV', dueOn: '2027-04-30' });
    expect((await createTask(city, late, TODAY)).ok).toBe(false);
    const { version } = await idOf(parent);
    const extended = await applyTaskAction(
      national,
      { action: 'extend', code: parent, version, dueOn: '2027-04-30', reason: 'Gia hạn' },
      TODAY,
    );
    expect(extended.ok).toBe(true);
    expect((await createTask(city, late, TODAY)).ok).toBe(true);
  });

  it('stops at four levels, refuses a closed parent, and the database refuses a cycle', async () => {
    const national = await viewerFor('dieuphoi');
    const city = await viewerFor('hp.dieuphoi');
    const l1 = await create(national, { code: 'NV-CAS-L1', assignee: 'P31' });
    const l2 = await create(city, { code: 'NV-CAS-L2', assignee: 'HP-TU', parent: l1 });
    const l3 = await create(city, { code: 'NV-CAS-L3', assignee: 'HP-BDV', parent: l2 });
    const l4 = await create(city, { code: 'NV-CAS-L4', assignee: 'HP-BDV', parent: l3 });
    const before = await counts();
    const fifth = await createTask(city, input({ assignee: 'HP-BDV', parent: l4 }), TODAY);
    expect(fifth).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { parent: ['cascade.errors.tooDeep'] },
    });
    const closed = await createTask(city, input({ assignee: 'HP-BDV', parent: 'NV-HP-00' }), TODAY);
    expect(closed).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { parent: ['cascade.errors.parentClosed'] },
    });
    expect(await counts()).toEqual(before);

    // No write of the data layer moves a link; a writer that tries is stopped by the database.
    const top = await idOf(l1);
    const bottom = await idOf(l4);
    await expect(
      db.execute(sql`UPDATE tasks SET parent_id = ${bottom.id} WHERE id = ${top.id}`),
    ).rejects.toThrow();
    await expect(db.execute(sql`UPDATE tasks SET parent_id = id WHERE id = ${top.id}`)).rejects.toThrow();
    const [row] = await db.select({ parentId: tasks.parentId }).from(tasks).where(eq(tasks.id, top.id));
    expect(row.parentId).toBeNull();
  });
});

describe('reassigning a task of a cascade', () => {
  it('keeps a child inside its parent’s unit and a parent over its children’s units', async () => {
    const national = await viewerFor('dieuphoi');
    const city = await viewerFor('hp.dieuphoi');
    const parent = await create(national, { code: 'NV-CAS-E', assignee: 'HP-TU' });
    const child = await create(city, { code: 'NV-CAS-E1', assignee: 'HP-BDV', parent });
    const edit = async (code: string, assignee: string) => {
      const { version } = await idOf(code);
      return editTask(
        city,
        { code, version, title: 'Nhiệm vụ', description: null, assignee, session: null },
        TODAY,
      );
    };
    expect(await edit(child, 'HP-MTTQ')).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { assignee: ['cascade.errors.outsideParentUnit'] },
    });
    expect(await edit(parent, 'HP-VPTU')).toEqual({
      ok: false,
      reason: 'invalid',
      fieldErrors: { assignee: ['cascade.errors.childrenOutside'] },
    });
    expect(await edit(child, 'HP-BTG')).toEqual({ ok: true, code: child });
    expect(await edit(parent, 'P31')).toEqual({ ok: true, code: parent });
  });
});

describe('reading a cascade', () => {
  it('shows the reader of a parent its children’s code, unit, status and due date — not more', async () => {
    const national = await viewerFor('dieuphoi');
    // The Ministry's task follows Hải Phòng's recommendation: the city reads it, not its child.
    const parent = await create(national, {
      code: 'NV-CAS-R',
      assignee: 'BNV',
      recommendations: ['KN-HP-03'],
    });
    const child = await create(national, { code: 'NV-CAS-R1', assignee: 'BNV', parent, dueOn: '2027-01-15' });
    const city = await viewerFor('hp.lanhdao');
    expect(await getTask(city, parent, TODAY)).not.toBeNull();
    expect(await getTask(city, child, TODAY)).toBeNull();
    const seen = await taskChildren(city, (await idOf(parent)).id);
    expect(seen).toEqual([
      {
        code: child,
        unitCode: 'BNV',
        unitNameVi: expect.any(String),
        unitNameEn: expect.anything(),
        status: 'not_started',
        dueOn: '2027-01-15',
        readable: false,
      },
    ]);
    const ministry = await viewerFor('bnv');
    expect((await taskChildren(ministry, (await idOf(parent)).id))[0].readable).toBe(true);
    // the child's page names its parent; the ministry may open it
    const task = await getTask(ministry, child, TODAY);
    expect(await taskParent(ministry, task!.parentId)).toEqual({ code: parent, readable: true });
  });

  it('exports each task’s parent code', async () => {
    const rows = [];
    for await (const batch of taskExportRows(await viewerFor('hp.lanhdao'), { q: 'NV-HP-0' }, TODAY))
      rows.push(...batch);
    const parentOf = Object.fromEntries(rows.map((r) => [r.code, r.parent]));
    expect(parentOf).toMatchObject({ 'NV-HP-00': null, 'NV-HP-01': 'NV-HP-00', 'NV-HP-02': 'NV-HP-00' });
  });

  it('has the demo’s NV-HP-00 with NV-HP-01 and NV-HP-02 done', async () => {
    const city = await viewerFor('hp.lanhdao');
    const parent = await getTask(city, 'NV-HP-00', TODAY);
    expect(parent).toMatchObject({ status: 'completed', dueOn: '2024-07-31', completedOn: '2024-07-25' });
    const children = await taskChildren(city, parent!.id);
    expect(children.map((c) => [c.code, c.status])).toEqual(
      expect.arrayContaining([
        ['NV-HP-01', 'completed'],
        ['NV-HP-02', 'completed'],
      ]),
    );
  });
});

describe('figures of a cascade', () => {
  it('count a child again once its parent is cancelled, and lists at the top level show the same tasks', async () => {
    const national = await viewerFor('dieuphoi');
    const city = await viewerFor('hp.dieuphoi');
    const parent = await create(national, { code: 'NV-CAS-F', title: 'Chuỗi F', assignee: 'P31' });
    const child = await create(city, { code: 'NV-CAS-F1', title: 'Chuỗi F', assignee: 'HP-MTTQ', parent });
    const lanhdao = await viewerFor('lanhdao');
    const mttq = await viewerFor('hp.mttq');
    expect(await codesOf(lanhdao, 'top', 'Chuỗi F')).toEqual([parent]);
    expect(await codesOf(lanhdao, 'all', 'Chuỗi F')).toEqual([parent, child]);
    expect(await codesOf(mttq, 'top', 'Chuỗi F')).toEqual([child]);
    const { version } = await idOf(parent);
    const cancelled = await applyTaskAction(
      national,
      { action: 'cancel', code: parent, version, reason: 'Không còn phù hợp' },
      TODAY,
    );
    expect(cancelled.ok).toBe(true);
    expect(await codesOf(lanhdao, 'top', 'Chuỗi F')).toEqual([parent, child]);
  });

  it('count the child for a unit that only supports the parent: its figures do not count the parent', async () => {
    const national = await viewerFor('dieuphoi');
    const city = await viewerFor('hp.dieuphoi');
    const parent = await create(national, {
      code: 'NV-CAS-G',
      title: 'Chuỗi G',
      assignee: 'P31',
      supporting: ['HP-MTTQ'],
    });
    const child = await create(city, { code: 'NV-CAS-G1', title: 'Chuỗi G', assignee: 'HP-MTTQ', parent });
    const mttq = await viewerFor('hp.mttq');
    // HP-MTTQ reads both (the parent as a supporting unit), counts only the child it leads: the
    // parent does not hide the child, even in the list of what it reads
    expect(await codesOf(mttq, 'all', 'Chuỗi G')).toEqual([parent, child]);
    expect(await codesOf(mttq, 'top', 'Chuỗi G')).toEqual([parent, child]);
    const lead = async (level: TaskLevel) =>
      (await listTasks(mttq, { level, q: 'Chuỗi G', unitRole: 'lead' }, TODAY)).rows.map((r) => r.code);
    expect(await lead('top')).toEqual([child]);
    expect(await lead('all')).toEqual([child]);
    const total = async (level: TaskLevel) => (await taskHeadline(mttq, { asOf: TODAY, level })).total;
    expect(await total('top')).toBe(await total('all'));
  });
});
