import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { tasks } from '@/db/schema';
import { today } from '@/lib/clock';
import { viewerFor } from '@/tests/viewers';
import { writeTask } from './task-write-statement';
import { applyTaskAction } from './task-writes';
import { createWebhook } from './webhooks';

/**
 * A status write is one statement (task, period, event, notifications; the rollup by its triggers),
 * its own transaction unless something has to follow it: parallel writers of one version still
 * give one success and exactly one of each row, and the rollup stays the recount of the periods.
 */

const CODE = 'NV-HP-05';

async function facts() {
  const [task] = await db.select().from(tasks).where(eq(tasks.code, CODE));
  const [counts] = await selectRows<{ events: number; periods: number; open: number; notes: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM events WHERE entity_type = 'task' AND entity_id = ${task.id})::int AS events,
      (SELECT count(*) FROM task_status_periods WHERE task_id = ${task.id})::int AS periods,
      (SELECT count(*) FROM task_status_periods WHERE task_id = ${task.id} AND valid_to IS NULL)::int AS open,
      (SELECT count(*) FROM notifications WHERE task_id = ${task.id})::int AS notes`,
  );
  return { task, ...counts };
}

/** task_rollup as kept minus its recount from every period: no row when they are equal. */
async function rollupOff() {
  return selectRows(
    db,
    sql`WITH kept AS (SELECT day, province_id, sum(total) AS total, sum(awaiting) AS awaiting,
          sum(on_time) AS on_time, sum(late) AS late, sum(overdue) AS overdue, sum(due) AS due
        FROM task_rollup GROUP BY 1, 2),
      recount AS (SELECT c.day, coalesce(o.province_id, 0) AS province_id, sum(c.total) AS total,
          sum(c.awaiting) AS awaiting, sum(c.on_time) AS on_time, sum(c.late) AS late,
          sum(c.overdue) AS overdue, sum(c.due) AS due
        FROM task_status_periods p JOIN organizations o ON o.id = p.assignee_org_id
        CROSS JOIN LATERAL task_rollup_changes(1, p.status, p.due_on, p.completed_on, p.valid_from, p.valid_to) c
        GROUP BY 1, 2)
      SELECT coalesce(k.day, r.day) AS day, coalesce(k.province_id, r.province_id) AS province_id
      FROM kept k FULL JOIN recount r ON r.day = k.day AND r.province_id = k.province_id
      WHERE (coalesce(k.total, 0), coalesce(k.awaiting, 0), coalesce(k.on_time, 0), coalesce(k.late, 0),
          coalesce(k.overdue, 0), coalesce(k.due, 0))
        <> (coalesce(r.total, 0), coalesce(r.awaiting, 0), coalesce(r.on_time, 0), coalesce(r.late, 0),
          coalesce(r.overdue, 0), coalesce(r.due, 0))`,
  );
}

const deliveries = async () =>
  (await selectRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM webhook_deliveries`))[0].n;

afterEach(async () => {
  await db.execute(sql`DELETE FROM webhook_subscriptions`);
});

describe('a status write in one statement', () => {
  it('gives one success of 20 reports at once, then of 20 returns: one event, period and notice set each', async () => {
    const official = await viewerFor('hp.mttq');
    const coordinator = await viewerFor('hp.dieuphoi');
    const before = await facts();
    expect(before.task.status).toBe('in_progress');
    const reports = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        applyTaskAction(
          official,
          {
            action: 'report',
            code: CODE,
            version: before.task.version,
            completedOn: today(),
            note: `Báo cáo ${i}`,
            openPartsNote: 'Gửi sau',
          },
          today(),
        ),
      ),
    );
    expect(reports.filter((r) => r.ok)).toHaveLength(1);
    expect(reports.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(19);
    const reported = await facts();
    expect(reported.task).toMatchObject({
      status: 'awaiting_confirmation',
      version: before.task.version + 1,
    });
    expect(reported.events).toBe(before.events + 1);
    expect(reported.periods).toBe(before.periods + 1);
    expect(reported.open).toBe(1);
    expect(reported.notes).toBeGreaterThan(before.notes);
    expect(await rollupOff()).toEqual([]);

    const returns = await Promise.all(
      Array.from({ length: 20 }, () =>
        applyTaskAction(
          coordinator,
          { action: 'return', code: CODE, version: reported.task.version, reason: 'Bổ sung' },
          today(),
        ),
      ),
    );
    expect(returns.filter((r) => r.ok)).toHaveLength(1);
    const returned = await facts();
    expect(returned.task).toMatchObject({ status: 'in_progress', completedOn: null });
    expect(returned.events).toBe(reported.events + 1);
    expect(returned.periods).toBe(reported.periods + 1);
    expect(returned.open).toBe(1);
    expect(returned.notes).toBeGreaterThan(reported.notes);
    expect(await rollupOff()).toEqual([]);
  }, 60_000);

  it('writes nothing alone when a webhook subscription is active; the action then writes in a transaction with its delivery', async () => {
    const admin = await viewerFor('quantri');
    process.env.WEBHOOK_ALLOW_PRIVATE = '1';
    const made = await createWebhook(admin, {
      url: 'http://127.0.0.1:9/hook',
      scope: 'P31',
      description: '',
      eventTypes: ['task.updated'],
      active: true,
    });
    expect(made.ok).toBe(true);
    const official = await viewerFor('hp.mttq');
    const before = await facts();
    const sent = await deliveries();
    // alone (as when the subscription came between the read and the write): nothing written
    const alone = await writeTask(
      db,
      {
        taskId: before.task.id,
        code: CODE,
        version: before.task.version,
        set: { status: 'in_progress', progress: 42, dueOn: before.task.dueOn, completedOn: null },
        actorId: official.id,
        at: new Date(),
        period: null,
        event: { actorId: official.id, entityType: 'task', entityCode: CODE, action: 'task.progress' },
        told: null,
      },
      true,
    );
    expect(alone).toMatchObject({ updated: false, subscribed: true });
    expect(await facts()).toEqual(before);

    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        applyTaskAction(
          official,
          { action: 'progress', code: CODE, version: before.task.version, progress: 40 + i, note: null },
          today(),
        ),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const after = await facts();
    expect(after.task.version).toBe(before.task.version + 1);
    expect(after.events).toBe(before.events + 1);
    expect(await deliveries()).toBe(sent + 1);
  }, 60_000);
});
