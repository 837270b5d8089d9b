import { sql } from 'drizzle-orm';
import { db, selectRows } from '@/db/index';
import { createTask, editTask } from '@/db/queries/task-edits';
import { applyTaskAction } from '@/db/queries/task-writes';
import type { Viewer } from '@/db/queries/viewer';
import { randomGenerator } from '@/db/seed/sample';
import { addDays, today } from '@/lib/clock';
import { TASK_ACTIONS } from '@/lib/domain/task-workflow';
import type { TaskActionInput } from '@/lib/validations/tasks';
import { forwardClock } from './forward-clock';
import { viewerFor } from './viewers';

/** The demo seed's generator (mulberry32), with `int(max)` in [0, max): the same seed writes the same history. */
export function randomFrom(seed: number) {
  const random = randomGenerator(seed);
  return { ...random, int: (max: number) => random.int(0, max - 1) };
}

/** The demo's officials, by unit: the workers' actions on their units' tasks are theirs. */
const OFFICIALS: Record<string, string> = { 'HP-BDV': 'hp.danvan', 'HP-MTTQ': 'hp.mttq', BNV: 'bnv' };

type TaskRow = {
  code: string;
  version: number;
  due_on: string;
  created_on: string;
  unit: string;
  leaf: boolean;
};

async function taskRows(): Promise<TaskRow[]> {
  return selectRows<TaskRow>(
    db,
    sql`SELECT t.code, t.version, t.due_on::text AS due_on,
        to_char(t.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS created_on, o.code AS unit,
        (t.parent_id IS NULL AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)) AS leaf
      FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id ORDER BY t.code`,
  );
}

/**
 * Random writes through the application's own write functions on the days after today, the clock
 * moved forward day by day (left there: the caller resets it): workflow actions on any task (by the
 * unit's official or the national coordinator), new tasks, reassignments between units of different
 * provinces, and one task created, moved and deleted. Refusals (not allowed, forbidden, invalid) are
 * part of the mix; returns how many writes succeeded and the last day written.
 */
export async function writeRandomHistory(seed: number, writes: number, days: number) {
  const random = randomFrom(seed);
  const setDay = forwardClock(9);
  const coordinator = await viewerFor('dieuphoi');
  const officials = new Map<string, Viewer>();
  for (const [unit, login] of Object.entries(OFFICIALS)) officials.set(unit, await viewerFor(login));
  const units = (
    await selectRows<{ code: string }>(
      db,
      sql`SELECT DISTINCT o.code FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
        WHERE o.valid_to IS NULL ORDER BY o.code`,
    )
  ).map((r) => r.code);
  const start = addDays(today(), 1);
  let ok = 0;
  let day = start;
  for (let i = 0; i < writes; i++) {
    day = addDays(start, Math.floor((i * days) / writes));
    setDay(day);
    const rows = await taskRows();
    const roll = random.next();
    if (roll < 0.1) {
      const result = await createTask(
        coordinator,
        {
          code: null,
          review: 'TK20-NQ23',
          title: `Nhiệm vụ ngẫu nhiên ${i}`,
          description: null,
          assignee: random.pick(units),
          dueOn: addDays(day, random.int(40)),
          session: null,
          recommendations: [],
        },
        day,
      );
      if (result.ok) ok++;
      continue;
    }
    if (roll < 0.2) {
      const task = random.pick(rows.filter((r) => r.leaf));
      const result = await editTask(
        coordinator,
        {
          code: task.code,
          version: task.version,
          title: `Nhiệm vụ chuyển ${i}`,
          description: null,
          assignee: random.pick(units.filter((u) => u !== task.unit)),
          session: null,
        },
        day,
      );
      if (result.ok) ok++;
      continue;
    }
    const task = random.pick(rows);
    const action = random.pick(TASK_ACTIONS);
    const input: TaskActionInput = { action, code: task.code, version: task.version };
    if (action === 'progress') Object.assign(input, { progress: random.int(101), note: 'Tiến độ' });
    if (action === 'report') {
      const back = addDays(day, -random.int(4));
      Object.assign(input, {
        completedOn: [back, task.created_on].sort()[1],
        note: 'Xong',
        openPartsNote: 'Phần phối hợp chưa xong',
      });
    }
    if (action === 'extend') {
      const from = [task.due_on, day].sort()[1];
      Object.assign(input, { dueOn: addDays(from, 1 + random.int(30)), reason: 'Gia hạn' });
    }
    if (action === 'return' || action === 'cancel' || action === 'reopen')
      Object.assign(input, { reason: 'Lý do' });
    const worker = ['start', 'progress', 'report'].includes(action);
    const actor = worker ? (officials.get(task.unit) ?? coordinator) : coordinator;
    const result = await applyTaskAction(actor, input, day);
    if (result.ok) ok++;
  }
  // A task created, moved on, then deleted: its periods leave every figure.
  setDay(day);
  const created = await createTask(
    coordinator,
    {
      code: null,
      review: 'TK20-NQ23',
      title: 'Nhiệm vụ sẽ xoá',
      description: null,
      assignee: units[0],
      dueOn: addDays(day, 3),
      session: null,
      recommendations: [],
    },
    day,
  );
  if (!created.ok) throw new Error(`create: ${JSON.stringify(created)}`);
  setDay(day);
  const [fresh] = (await taskRows()).filter((r) => r.code === created.code);
  const extended = await applyTaskAction(
    coordinator,
    { action: 'extend', code: fresh.code, version: fresh.version, dueOn: addDays(day, 9), reason: 'Gia hạn' },
    day,
  );
  if (!extended.ok) throw new Error(`extend: ${JSON.stringify(extended)}`);
  await db.execute(sql`DELETE FROM tasks WHERE code = ${created.code}`);
  return { ok, last: day };
}
