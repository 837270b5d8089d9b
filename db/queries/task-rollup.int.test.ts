import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db, type Executor, selectRows } from '@/db/index';
import { addDays, setClock, today } from '@/lib/clock';
import { writeRandomHistory } from '@/tests/random-task-writes';
import { TEST_NOW } from '@/tests/setup/test-now';
import { viewerFor } from '@/tests/viewers';
import { tasksByOrganization } from './dashboard-breakdown';
import { deadlineClassSql } from './figures';
import { createTask } from './task-edits';
import { applyTaskAction } from './task-writes';

/**
 * task_rollup (migration 0020) is kept by triggers on the status periods, in the writing transaction.
 * Whatever the writes — one at a time, random, at once, a deleted task, an organization moved to
 * another province — it must hold exactly what a recount of every period gives, and its months
 * (task_rollup_month, migration 0028) the sums of its days.
 */

type RollupRow = {
  day: string;
  province_id: number;
  total: number;
  awaiting: number;
  on_time: number;
  late: number;
  overdue: number;
  due: number;
};

function rowsOf(executor: Executor) {
  return selectRows<RollupRow>(
    executor,
    sql`SELECT day::text AS day, province_id, total, awaiting, on_time, late, overdue, due FROM task_rollup
      WHERE (total, awaiting, on_time, late, overdue, due) <> (0, 0, 0, 0, 0, 0) ORDER BY day, province_id`,
  );
}

class Recounted extends Error {
  constructor(readonly rows: RollupRow[]) {
    super('recounted');
  }
}

/** The rollup as kept, and as rebuilt from every period (in a transaction rolled back). */
async function keptAndRecounted() {
  const kept = await rowsOf(db);
  const recounted = await db
    .transaction(async (tx) => {
      await tx.execute(sql`DELETE FROM task_rollup`);
      await tx.execute(sql`SELECT task_rollup_add('SELECT p.*, 1 AS sign FROM task_status_periods p')`);
      throw new Recounted(await rowsOf(tx));
    })
    .catch((error: unknown) => {
      if (error instanceof Recounted) return error.rows;
      throw error;
    });
  return { kept, recounted };
}

/** task_rollup_month (migration 0028) as kept, and as the day rows summed by month. */
async function monthsKeptAndSummed() {
  const nonZero = sql`(total, awaiting, on_time, late, overdue, due) <> (0, 0, 0, 0, 0, 0)`;
  const [kept, summed] = await Promise.all([
    selectRows<RollupRow>(
      db,
      sql`SELECT month::text AS day, province_id, total, awaiting, on_time, late, overdue, due
        FROM task_rollup_month WHERE ${nonZero} ORDER BY month, province_id`,
    ),
    selectRows<RollupRow>(
      db,
      sql`SELECT * FROM (SELECT date_trunc('month', day)::date::text AS day, province_id,
          sum(total)::int AS total, sum(awaiting)::int AS awaiting, sum(on_time)::int AS on_time,
          sum(late)::int AS late, sum(overdue)::int AS overdue, sum(due)::int AS due
        FROM task_rollup GROUP BY 1, 2) s WHERE ${nonZero} ORDER BY day, province_id`,
    ),
  ]);
  return { kept, summed };
}

async function expectKeptEqualsRecount(label: string) {
  const { kept, recounted } = await keptAndRecounted();
  expect(recounted.length, label).toBeGreaterThan(0);
  expect(kept, label).toEqual(recounted);
  const months = await monthsKeptAndSummed();
  expect(months.summed.length, label).toBeGreaterThan(0);
  expect(months.kept, `${label}: months`).toEqual(months.summed);
}

/** Today's national counts by province at every level, the plain way: one class per task row. */
async function plainByProvince() {
  const cls = deadlineClassSql(
    { status: sql.raw('t.status'), dueOn: sql.raw('t.due_on'), completedOn: sql.raw('t.completed_on') },
    today(),
  );
  const rows = await selectRows<{ code: string | null; cls: string; n: number }>(
    db,
    sql`SELECT p.code, ${cls} AS cls, count(*)::int AS n FROM tasks t
      JOIN organizations o ON o.id = t.assignee_org_id LEFT JOIN organizations p ON p.id = o.province_id
      WHERE t.status <> 'cancelled' GROUP BY 1, 2`,
  );
  const out: Record<string, Record<string, number>> = {};
  for (const row of rows) {
    const code = row.code ?? 'TW';
    out[code] ??= { completed_on_time: 0, completed_late: 0, in_progress_on_time: 0, overdue: 0 };
    out[code][row.cls] = row.n;
  }
  return out;
}

async function byProvinceFigure() {
  const groups = await tasksByOrganization(await viewerFor('lanhdao'), { asOf: today(), level: 'all' });
  return Object.fromEntries(
    groups.map((g) => [
      g.code,
      {
        completed_on_time: g.completed_on_time,
        completed_late: g.completed_late,
        in_progress_on_time: g.in_progress_on_time,
        overdue: g.overdue,
      },
    ]),
  );
}

describe('the task rollup', () => {
  afterAll(() => setClock(TEST_NOW));

  it('is the recount of the periods after the migration and the seed', async () => {
    await expectKeptEqualsRecount('seeded');
    expect(await byProvinceFigure()).toEqual(await plainByProvince());
  });

  it('moves with an organization moved to another province, and back', async () => {
    const [unit] = await selectRows<{ id: number; province_id: number; other: number }>(
      db,
      sql`SELECT o.id, o.province_id, (SELECT p.id FROM organizations p WHERE p.kind = 'province'
          AND p.id <> o.province_id ORDER BY p.code LIMIT 1) AS other
        FROM organizations o JOIN tasks t ON t.assignee_org_id = o.id
        WHERE o.province_id IS NOT NULL AND o.kind <> 'province'
        GROUP BY o.id ORDER BY count(*) DESC LIMIT 1`,
    );
    expect(unit).toBeDefined();
    const before = await byProvinceFigure();
    await db.execute(sql`UPDATE organizations SET province_id = ${unit.other} WHERE id = ${unit.id}`);
    await expectKeptEqualsRecount('moved');
    const moved = await byProvinceFigure();
    expect(moved).toEqual(await plainByProvince());
    expect(moved).not.toEqual(before);
    await db.execute(sql`UPDATE organizations SET province_id = ${unit.province_id} WHERE id = ${unit.id}`);
    await expectKeptEqualsRecount('moved back');
    expect(await byProvinceFigure()).toEqual(before);
  });

  it('loses no change while many writers change tasks of the same provinces at once', async () => {
    const coordinator = await viewerFor('dieuphoi');
    const open = await selectRows<{ code: string; version: number; due_on: string; status: string }>(
      db,
      sql`SELECT t.code, t.version, t.due_on::text AS due_on, t.status::text AS status FROM tasks t
        WHERE t.status IN ('not_started', 'in_progress', 'awaiting_confirmation') ORDER BY t.code LIMIT 40`,
    );
    expect(open.length).toBeGreaterThanOrEqual(20);
    const units = await selectRows<{ code: string }>(
      db,
      sql`SELECT DISTINCT o.code FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
        WHERE o.valid_to IS NULL ORDER BY o.code LIMIT 5`,
    );
    const day = today();
    const writes = [
      ...open.map((task, i) =>
        applyTaskAction(
          coordinator,
          task.status === 'awaiting_confirmation'
            ? {
                action: i % 2 ? 'confirm' : 'return',
                code: task.code,
                version: task.version,
                reason: 'Lý do',
              }
            : i % 3 === 0
              ? { action: 'cancel', code: task.code, version: task.version, reason: 'Không còn cần' }
              : {
                  action: 'extend',
                  code: task.code,
                  version: task.version,
                  dueOn: addDays([task.due_on, day].sort()[1], 1 + (i % 20)),
                  reason: 'Gia hạn',
                },
          day,
        ),
      ),
      ...Array.from({ length: 10 }, (_, i) =>
        createTask(
          coordinator,
          {
            code: null,
            review: 'TK20-NQ23',
            title: `Nhiệm vụ song song ${i}`,
            description: null,
            assignee: units[i % units.length].code,
            dueOn: addDays(day, i % 3 === 0 ? 0 : i),
            session: null,
            recommendations: [],
          },
          day,
        ),
      ),
    ];
    const results = await Promise.all(writes);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    await expectKeptEqualsRecount('parallel writers');
    expect(await byProvinceFigure()).toEqual(await plainByProvince());
  }, 60_000);

  // last: its writes lie on the days after the tests' today
  it('stays the recount through random writes (a deleted task among them)', async () => {
    try {
      const { ok } = await writeRandomHistory(7, 50, 30);
      expect(ok).toBeGreaterThan(10);
      await expectKeptEqualsRecount('random writes');
      expect(await byProvinceFigure()).toEqual(await plainByProvince());
    } finally {
      setClock(TEST_NOW);
    }
  }, 120_000);
});
