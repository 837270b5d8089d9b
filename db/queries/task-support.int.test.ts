import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { events, organizations, taskSupportingUnits, tasks, users } from '@/db/schema';
import { readSpreadsheet } from '@/lib/import/spreadsheet';
import { readTaskRows } from '@/lib/import/task-rows';
import { parseTaskAction, SupportPartInput, TaskCreateInput, TaskEditInput } from '@/lib/validations/tasks';
import { viewerFor } from '@/tests/viewers';
import { taskHeadline } from './dashboard';
import { tasksAsOf } from './dashboard-scope';
import { myWork } from './my-work';
import { taskExportRows } from './report-rows';
import { createTask, editTask } from './task-edits';
import { commitTaskImport, dryRunTaskImport } from './task-import';
import { listTasks } from './task-list';
import { supportByUnit, supportParts, updateSupportPart } from './task-support';
import { applyTaskAction } from './task-writes';
import { getTask } from './tasks';

const TODAY = '2026-11-15';

const newTask = (over: Record<string, unknown> = {}) =>
  TaskCreateInput.parse({
    code: '',
    review: 'TK20-NQ23',
    title: 'Tổng hợp ý kiến các đoàn thể',
    description: '',
    assignee: 'HP-BDV',
    dueOn: '2027-02-28',
    session: '',
    recommendations: [],
    supporting: ['HP-MTTQ', 'HP-BTG'],
    ...over,
  });

const part = (over: Record<string, unknown>) =>
  SupportPartInput.parse({ unit: 'HP-MTTQ', version: '1', status: 'in_progress', note: '', ...over });

function action(raw: Record<string, unknown>) {
  const parsed = parseTaskAction(raw, TODAY);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

async function taskState(code: string) {
  const [task] = await db.select().from(tasks).where(eq(tasks.code, code));
  const parts = await db
    .select()
    .from(taskSupportingUnits)
    .where(eq(taskSupportingUnits.taskId, task.id))
    .orderBy(taskSupportingUnits.organizationId);
  const [e] = await db.select({ n: count() }).from(events).where(eq(events.entityCode, code));
  return { task, parts, events: e.n };
}

/** An official of another province (P01), made for this file. */
async function otherProvinceOfficial() {
  const [p01] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.code, 'P01'));
  await db
    .insert(users)
    .values({
      login: 'p01.support.test',
      displayName: 'Cán bộ P01',
      passwordHash: 'x',
      role: 'official',
      organizationId: p01.id,
      scopeId: p01.id,
    })
    .onConflictDoNothing();
  return viewerFor('p01.support.test');
}

const codesOf = async (login: string, params: Parameters<typeof listTasks>[1] = {}, asOf = TODAY) =>
  (await listTasks(await viewerFor(login), params, asOf)).rows.map((r) => r.code).sort();

describe('supporting units: visibility', () => {
  it('lets a supporting unit read the task and nothing more of the lead', async () => {
    const mttq = await viewerFor('hp.mttq');
    // NV-HP-01 is led by HP-BDV; HP-MTTQ and HP-BTG support it (demo data)
    expect((await getTask(mttq, 'NV-HP-01', TODAY))?.assigneeCode).toBe('HP-BDV');
    const parts = await supportParts((await getTask(mttq, 'NV-HP-01', TODAY))!.id);
    expect(parts.map((p) => p.code).sort()).toEqual(['HP-BTG', 'HP-MTTQ']);
    expect(parts.every((p) => p.status === 'done')).toBe(true);
    // the lead's other tasks stay out of reach
    expect(await getTask(mttq, 'NV-HP-02', TODAY)).toBeNull();
    expect(await getTask(mttq, 'NV-HP-06', TODAY)).toBeNull();
    const all = await codesOf('hp.mttq');
    expect(all).toContain('NV-HP-01');
    expect(all).not.toContain('NV-HP-02');
    expect(all).not.toContain('NV-HP-06');
  });

  it('is the same 404 for a user of another province or another body', async () => {
    expect(await getTask(await otherProvinceOfficial(), 'NV-HP-01', TODAY)).toBeNull();
    expect(await getTask(await viewerFor('bnv'), 'NV-HP-01', TODAY)).toBeNull();
    expect(await codesOf('p01.support.test', { unitRole: 'support' })).toEqual([]);
  });

  it('filters lists by the unit’s role: lead (what the figures count) or support', async () => {
    const lead = await codesOf('hp.mttq', { unitRole: 'lead' });
    const support = await codesOf('hp.mttq', { unitRole: 'support' });
    expect(support).toEqual(['NV-HP-01']);
    expect(lead).not.toContain('NV-HP-01');
    expect(lead).toContain('NV-HP-05');
    expect([...lead, ...support].sort()).toEqual(await codesOf('hp.mttq'));
    // support inside an organization filter: the supporting unit is in it, whoever leads
    expect(await codesOf('hp.dieuphoi', { unitRole: 'support', org: 'HP-BTG' })).toEqual(['NV-HP-01']);
    expect(await codesOf('hp.dieuphoi', { unitRole: 'support', org: 'HP-BDV' })).toEqual([]);
    expect(await codesOf('hp.dieuphoi', { unitRole: 'support' })).toEqual(['NV-HP-01']);
    // as of a past day, the same split
    expect(await codesOf('hp.mttq', { unitRole: 'support' }, '2025-01-01')).toEqual(['NV-HP-01']);
    expect(await codesOf('hp.mttq', { unitRole: 'lead' }, '2025-01-01')).not.toContain('NV-HP-01');
  });

  it('counts each task once, by its lead unit: a supported task is in no figure of the supporting unit', async () => {
    const mttq = await viewerFor('hp.mttq');
    for (const asOf of [TODAY, '2025-01-01']) {
      const headline = await taskHeadline(mttq, { asOf });
      const lead = await listTasks(mttq, { unitRole: 'lead', asOf }, asOf);
      const counted = lead.rows.filter((r) => r.status !== 'cancelled').length;
      expect(headline.total).toBe(counted);
      const rows = await selectRows<{ code: string }>(
        db,
        sql`SELECT t.code FROM ${tasksAsOf(mttq, { asOf })} a JOIN tasks t ON t.id = a.task_id`,
      );
      expect(rows.map((r) => r.code)).toContain('NV-HP-05');
      expect(rows.map((r) => r.code)).not.toContain('NV-HP-01');
    }
  });
});

describe('supporting units: choosing them', () => {
  it('refuses a unit out of scope, a group, or the lead itself, and writes nothing', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const [before] = await db.select({ n: count() }).from(tasks);
    expect(await createTask(coordinator, newTask({ supporting: ['BNV'] }), TODAY)).toMatchObject({
      ok: false,
      fieldErrors: { supporting: ['tasks.errors.supportingInvalid'] },
    });
    expect(await createTask(coordinator, newTask({ supporting: ['VN'] }), TODAY)).toMatchObject({
      fieldErrors: { supporting: ['tasks.errors.supportingInvalid'] },
    });
    expect(await createTask(coordinator, newTask({ supporting: ['HP-BDV'] }), TODAY)).toMatchObject({
      fieldErrors: { supporting: ['tasks.errors.supportingIsLead'] },
    });
    const [after] = await db.select({ n: count() }).from(tasks);
    expect(after.n).toBe(before.n);
  });

  it('changes them on edit only with a reason, in the history; a removed unit no longer reads the task', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const created = await createTask(coordinator, newTask({ code: 'NV-HP-SU1' }), TODAY);
    expect(created).toEqual({ ok: true, code: 'NV-HP-SU1' });
    const start = await taskState('NV-HP-SU1');
    expect(start.parts.map((p) => p.status)).toEqual(['not_started', 'not_started']);
    const edit = (over: Record<string, unknown>) =>
      TaskEditInput.parse({
        code: 'NV-HP-SU1',
        version: String(start.task.version),
        title: start.task.title,
        description: '',
        assignee: 'HP-BDV',
        session: '',
        ...over,
      });
    expect(await editTask(coordinator, edit({ supporting: ['HP-BTG'] }), TODAY)).toMatchObject({
      fieldErrors: { supportReason: ['tasks.errors.supportReasonRequired'] },
    });
    expect(await taskState('NV-HP-SU1')).toEqual(start);
    expect(
      await editTask(
        coordinator,
        edit({ supporting: ['HP-BTG'], supportReason: 'Mặt trận không tham gia' }),
        TODAY,
      ),
    ).toEqual({ ok: true, code: 'NV-HP-SU1' });
    const [event] = await db
      .select()
      .from(events)
      .where(and(eq(events.entityCode, 'NV-HP-SU1'), eq(events.action, 'task.support')));
    expect(event).toMatchObject({ fromValue: 'HP-BTG;HP-MTTQ', toValue: 'HP-BTG' });
    expect(event.data).toEqual({ added: [], removed: ['HP-MTTQ'], reason: 'Mặt trận không tham gia' });
    expect(await getTask(await viewerFor('hp.mttq'), 'NV-HP-SU1', TODAY)).toBeNull();
  });
});

describe('supporting units: the parts workflow', () => {
  it('lets a supporting unit’s official update only its own part; only the lead reports, with a note while parts are open', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const mttq = await viewerFor('hp.mttq');
    const lead = await viewerFor('hp.danvan');
    expect(await createTask(coordinator, newTask({ code: 'NV-HP-SU2' }), TODAY)).toMatchObject({ ok: true });

    // its own part: saved, versioned, in the history
    expect(await updateSupportPart(mttq, part({ code: 'NV-HP-SU2', note: 'Đã gửi ý kiến' }))).toEqual({
      ok: true,
      code: 'NV-HP-SU2',
    });
    const saved = await taskState('NV-HP-SU2');
    // another unit's part, the lead's part, or by the lead: refused, nothing changed
    for (const [viewer, input] of [
      [mttq, part({ code: 'NV-HP-SU2', unit: 'HP-BTG' })],
      [lead, part({ code: 'NV-HP-SU2', version: '2' })],
      [coordinator, part({ code: 'NV-HP-SU2', version: '2' })],
      [mttq, part({ code: 'NV-HP-SU2', unit: 'HP-BDV' })],
    ] as const) {
      expect(await updateSupportPart(viewer, input)).toEqual({ ok: false, reason: 'forbidden' });
    }
    expect(await updateSupportPart(await otherProvinceOfficial(), part({ code: 'NV-HP-SU2' }))).toEqual({
      ok: false,
      reason: 'not_found',
    });
    // a stale version
    expect(await updateSupportPart(mttq, part({ code: 'NV-HP-SU2', version: '1' }))).toEqual({
      ok: false,
      reason: 'conflict',
    });
    expect(await taskState('NV-HP-SU2')).toEqual(saved);
    const mine = saved.parts.find((p) => p.note === 'Đã gửi ý kiến');
    expect(mine).toMatchObject({ status: 'in_progress', version: 2, updatedById: mttq.id });

    // the supporting unit cannot move the task itself
    const version = String(saved.task.version);
    expect(
      await applyTaskAction(mttq, action({ action: 'start', code: 'NV-HP-SU2', version }), TODAY),
    ).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    // the lead reports: while parts are open, only with a note that says why
    expect(
      await applyTaskAction(lead, action({ action: 'start', code: 'NV-HP-SU2', version }), TODAY),
    ).toMatchObject({ ok: true });
    const started = await taskState('NV-HP-SU2');
    const report = (over: Record<string, unknown> = {}) =>
      action({
        action: 'report',
        code: 'NV-HP-SU2',
        version: String(started.task.version),
        completedOn: TODAY,
        note: 'Đã hoàn thành báo cáo',
        ...over,
      });
    expect(await applyTaskAction(lead, report(), TODAY)).toMatchObject({
      ok: false,
      fieldErrors: { openPartsNote: ['tasks.errors.openPartsNoteRequired'] },
    });
    expect(await taskState('NV-HP-SU2')).toEqual(started);
    expect(
      await applyTaskAction(lead, report({ openPartsNote: 'Ban Tuyên giáo gửi bổ sung sau' }), TODAY),
    ).toEqual({ ok: true, code: 'NV-HP-SU2' });
    const [reported] = await db
      .select()
      .from(events)
      .where(and(eq(events.entityCode, 'NV-HP-SU2'), eq(events.action, 'task.report')));
    expect(reported.data).toMatchObject({
      openParts: ['HP-BTG', 'HP-MTTQ'],
      openPartsNote: 'Ban Tuyên giáo gửi bổ sung sau',
    });
  });

  it('needs no note once every part is done', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const mttq = await viewerFor('hp.mttq');
    const lead = await viewerFor('hp.danvan');
    await createTask(coordinator, newTask({ code: 'NV-HP-SU3', supporting: ['HP-MTTQ'] }), TODAY);
    expect(await updateSupportPart(mttq, part({ code: 'NV-HP-SU3', status: 'done' }))).toMatchObject({
      ok: true,
    });
    const { task } = await taskState('NV-HP-SU3');
    expect(
      await applyTaskAction(
        lead,
        action({
          action: 'report',
          code: 'NV-HP-SU3',
          version: String(task.version),
          completedOn: TODAY,
          note: 'Xong',
        }),
        TODAY,
      ),
    ).toEqual({ ok: true, code: 'NV-HP-SU3' });
    // parts of a task no longer in progress do not move
    expect((await taskState('NV-HP-SU3')).task.status).toBe('awaiting_confirmation');
  });

  it('saves one of two parallel updates of the same part version, the other is a conflict', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const mttq = await viewerFor('hp.mttq');
    await createTask(coordinator, newTask({ code: 'NV-HP-SU4' }), TODAY);
    const results = await Promise.all(
      ['Một', 'Hai', 'Ba'].map((note) => updateSupportPart(mttq, part({ code: 'NV-HP-SU4', note }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, reason: 'conflict' },
      { ok: false, reason: 'conflict' },
    ]);
    const { parts } = await taskState('NV-HP-SU4');
    expect(parts.map((p) => p.version).sort()).toEqual([1, 2]);
    const [n] = await db
      .select({ n: count() })
      .from(events)
      .where(and(eq(events.entityCode, 'NV-HP-SU4'), eq(events.action, 'task.part')));
    expect(n.n).toBe(1);
  });

  it('shows the open parts on /my-work as "we support", apart from what the unit leads', async () => {
    const mttq = await viewerFor('hp.mttq');
    const work = await myWork(mttq, TODAY);
    const supported = work.supporting.map((t) => t.code);
    expect(supported).toContain('NV-HP-SU2');
    expect(supported).not.toContain('NV-HP-01'); // its part is done
    expect(work.dueSoon.map((t) => t.code)).not.toContain('NV-HP-SU2');
  });
});

describe('supporting units: import and export', () => {
  const HEADER = 'Mã nhiệm vụ,Tên nhiệm vụ,Đơn vị thực hiện,Hạn hoàn thành,Đơn vị phối hợp';
  const csv = async (...lines: string[]) => {
    const sheet = await readSpreadsheet(new TextEncoder().encode([HEADER, ...lines].join('\n')));
    if (!sheet.ok) throw new Error(sheet.problem.key);
    const table = readTaskRows(sheet.rows);
    if ('missing' in table) throw new Error(table.missing.join());
    return table.rows;
  };

  it('reads a "Đơn vị phối hợp" column of codes separated by ";" for new tasks; an existing task keeps its own', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const bad = await dryRunTaskImport(
      coordinator,
      await csv(
        'NV-HP-IM1,Nhập có phối hợp,HP-BDV,31/12/2026,HP-MTTQ; HP-BTG', // 2: ok
        'NV-HP-IM2,Ngoài phạm vi,HP-BDV,31/12/2026,BNV', // 3: out of scope
        'NV-HP-IM3,Chủ trì là phối hợp,HP-BDV,31/12/2026,HP-BDV', // 4: the lead
        `NV-HP-01,"${(await getTask(coordinator, 'NV-HP-01', TODAY))!.title}",HP-BDV,2024-06-30,HP-MTTQ`, // 5: changes the set
        `NV-HP-01,"${(await getTask(coordinator, 'NV-HP-01', TODAY))!.title}",HP-BDV,2024-06-30,HP-BTG;HP-MTTQ`, // 6: same set
      ),
      TODAY,
    );
    expect(bad.errors.map((e) => [e.line, e.column, e.key])).toEqual([
      [3, 'supporting', 'import.errors.supportingUnknown'],
      [4, 'supporting', 'import.errors.supportingIsLead'],
      [5, 'supporting', 'import.errors.supportingChange'],
      [6, 'code', 'import.errors.duplicateCode'],
    ]);
    const result = await commitTaskImport(
      coordinator,
      'phoi-hop.csv',
      await csv('NV-HP-IM1,Nhập có phối hợp,HP-BDV,31/12/2026,HP-MTTQ; HP-BTG'),
      TODAY,
    );
    expect('conflict' in result).toBe(false);
    const { parts } = await taskState('NV-HP-IM1');
    expect(parts).toHaveLength(2);
    expect(await getTask(await viewerFor('hp.mttq'), 'NV-HP-IM1', TODAY)).not.toBeNull();
    // the export writes the same column back
    const exported: string[] = [];
    for await (const batch of taskExportRows(coordinator, { q: 'NV-HP-IM1' }, TODAY))
      exported.push(...batch.map((r) => `${r.code}:${r.supporting}`));
    expect(exported).toEqual(['NV-HP-IM1:HP-BTG;HP-MTTQ']);
  });
});

describe('supporting units: the summary per unit', () => {
  it('gives each supporting unit its tasks and open parts, inside the viewer’s scope only', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    const rows = await supportByUnit(coordinator, { asOf: TODAY });
    const mttq = rows.find((r) => r.code === 'HP-MTTQ')!;
    // NV-HP-01 (done) and the tasks made above: SU2 (open part), SU3 (done), SU4 (open part), IM1 (open part)
    const [expected] = await selectRows<{ supported: number; open: number }>(
      db,
      sql`SELECT count(*)::int AS supported,
          count(*) FILTER (WHERE su.status <> 'done' AND t.status NOT IN ('completed', 'cancelled'))::int AS open
        FROM task_supporting_units su JOIN tasks t ON t.id = su.task_id
        JOIN organizations o ON o.id = su.organization_id WHERE o.code = 'HP-MTTQ'`,
    );
    expect(mttq).toMatchObject({ supported: expected.supported, openParts: expected.open, overdueParts: 0 });
    expect(mttq.openParts).toBeGreaterThan(0);
    expect(await supportByUnit(await viewerFor('bnv'), { asOf: TODAY })).toEqual([]);
    expect((await supportByUnit(coordinator, { asOf: TODAY, org: 'HP-TU' })).map((r) => r.code)).toEqual([
      'HP-BTG',
    ]);
  });
});
