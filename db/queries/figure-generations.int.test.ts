import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { databaseHandle, db, selectRows } from '@/db/index';
import { loginThrottles, mailOutbox, tasks, users } from '@/db/schema';
import { addDays, today } from '@/lib/clock';
import { periodEnds } from '@/lib/domain/figures';
import { viewerFor } from '@/tests/viewers';
import { taskHeadline } from './dashboard';
import { progressOverTime, tasksByOrganization } from './dashboard-breakdown';
import {
  recommendationHeadline,
  recommendationsByCategory,
  repliesOverdueByProvince,
  repliesOverdueByUnit,
} from './dashboard-recommendations';
import type { FigureFilters } from './dashboard-scope';
import { recordEvent } from './events';
import { CACHED_FIGURES, cachedFigure, FIGURE_TABLES } from './figure-cache';
import { deadlineClassSql } from './figures';
import { notify } from './notify';
import { recommendationsByAddresseeStatus } from './recommendation-figures';
import { applyTaskAction } from './task-writes';
import type { Viewer } from './viewer';

/**
 * The figure cache's key is the generation of the figure data (migration 0016): every transaction
 * that writes a table the cached figures read bumps it once; writes elsewhere leave it, so the
 * figures stay cached through a reminder run's notifications and mails.
 */

async function generation(): Promise<number> {
  const [row] = await selectRows<{ n: string }>(db, sql`SELECT sum(n)::text AS n FROM figure_generations`);
  return Number(row.n);
}

let probes = 0;
/** A cached figure that counts its computations: a count of the tasks, computed anew only on a miss. */
function countingFigure() {
  probes += 1;
  let calls = 0;
  const figure = cachedFigure(`probe${probes}`, async (_viewer: Viewer, _filters: FigureFilters) => {
    calls += 1;
    const [row] = await selectRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM tasks`);
    return row.n;
  });
  return { figure, calls: () => calls };
}

/** The first column of a table: a write that sets it to itself changes nothing but is a write. */
async function firstColumn(table: string): Promise<string> {
  const [row] = await selectRows<{ name: string }>(
    db,
    sql`SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = ${table} ORDER BY ordinal_position LIMIT 1`,
  );
  return row.name;
}

describe('the generation of the figure data', () => {
  it('has a trigger on exactly the figure tables', async () => {
    const rows = await selectRows<{ table: string }>(
      db,
      sql`SELECT DISTINCT c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE t.tgfoid = 'bump_figure_generation'::regproc AND NOT t.tgisinternal`,
    );
    expect(rows.map((r) => r.table).sort()).toEqual([...FIGURE_TABLES].sort());
    // every kind of write: inserts, updates and deletes (events only take inserts)
    const writes = await selectRows<{ table: string; events: string }>(
      db,
      sql`SELECT event_object_table AS table, string_agg(event_manipulation, ',' ORDER BY event_manipulation) AS events
        FROM information_schema.triggers WHERE action_statement LIKE '%bump_figure_generation%'
        GROUP BY 1`,
    );
    expect(Object.fromEntries(writes.map((w) => [w.table, w.events]))).toEqual(
      Object.fromEntries(FIGURE_TABLES.map((t) => [t, t === 'events' ? 'INSERT' : 'DELETE,INSERT,UPDATE'])),
    );
  });

  it.each(FIGURE_TABLES.filter((t) => t !== 'events'))(
    'moves with a committed write to %s',
    async (table) => {
      const viewer = await viewerFor('lanhdao');
      const { figure, calls } = countingFigure();
      await figure(viewer, { asOf: today() });
      await figure(viewer, { asOf: today() });
      expect(calls()).toBe(1);
      const before = await generation();
      const column = sql.identifier(await firstColumn(table));
      const name = sql.identifier(table);
      await db.execute(
        sql`UPDATE ${name} SET ${column} = ${column} WHERE ctid = (SELECT ctid FROM ${name} LIMIT 1)`,
      );
      expect(await generation()).toBe(before + 1);
      await figure(viewer, { asOf: today() });
      expect(calls()).toBe(2);
    },
  );

  it("moves with a recommendation's event (read for a past day), not with any other event", async () => {
    const viewer = await viewerFor('lanhdao');
    const before = await generation();
    await recordEvent(db, {
      actorId: viewer.id,
      entityType: 'user',
      entityId: viewer.id,
      action: 'auth.login',
    });
    await recordEvent(db, { actorId: viewer.id, entityType: 'task', entityId: 1, action: 'comment.added' });
    expect(await generation()).toBe(before);
    await recordEvent(db, {
      actorId: viewer.id,
      entityType: 'recommendation',
      entityId: 1,
      action: 'recommendation.answer',
    });
    expect(await generation()).toBe(before + 1);
  });

  it('moves once per transaction, not when it rolls back, and again after a savepoint rolled back', async () => {
    const before = await generation();
    await db.transaction(async (tx) => {
      for (let i = 0; i < 3; i++)
        await tx.execute(sql`UPDATE tasks SET title = title WHERE code = 'NV-HP-01'`);
      await tx.execute(sql`UPDATE organizations SET name_vi = name_vi WHERE code = 'P31'`);
    });
    expect(await generation()).toBe(before + 1);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`UPDATE tasks SET title = title WHERE code = 'NV-HP-01'`);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await generation()).toBe(before + 1);
    await db.transaction(async (tx) => {
      await tx
        .transaction(async (savepoint) => {
          await savepoint.execute(sql`UPDATE tasks SET title = title WHERE code = 'NV-HP-01'`);
          throw new Error('savepoint');
        })
        .catch(() => {});
      // the bump rolled back with its savepoint: this write bumps again
      await tx.execute(sql`UPDATE tasks SET title = title WHERE code = 'NV-HP-02'`);
    });
    expect(await generation()).toBe(before + 2);
  });

  it('stays while only other tables are written: notifications, mails, job rows, sign-ins', async () => {
    const viewer = await viewerFor('hp.lanhdao');
    const filters = { asOf: today() };
    const { figure, calls } = countingFigure();
    await figure(viewer, filters);
    const headline = await taskHeadline(viewer, filters);
    const before = await generation();
    const [task] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-01'));
    await db.transaction((tx) =>
      notify(tx, [
        {
          userId: viewer.id,
          kind: 'task_overdue',
          taskId: task.id,
          code: task.code,
          day: today(),
          dedupeKey: `task_overdue:task:${task.id}:${today()}`,
        },
      ]),
    );
    await db.insert(mailOutbox).values({
      userId: viewer.id,
      address: 'lanhdao@example.test',
      locale: 'vi',
      subject: 'Nhắc việc',
      text: 'Nhắc việc',
      html: '<p>Nhắc việc</p>',
      idempotencyKey: `probe-${Date.now()}`,
      nextAttemptAt: new Date(),
      createdAt: new Date(),
    });
    await db
      .insert(loginThrottles)
      .values({ key: `probe:${Date.now()}`, failures: 1, windowStart: new Date() });
    await db.update(users).set({ failedLoginCount: 0 }).where(eq(users.id, viewer.id));
    await recordEvent(db, {
      actorId: viewer.id,
      entityType: 'user',
      entityId: viewer.id,
      action: 'auth.login',
    });
    // the job queue's rows (pg-boss keeps them in its own schema)
    await db.execute(sql`CREATE SCHEMA IF NOT EXISTS pgboss_probe`);
    await db.execute(
      sql`CREATE TABLE IF NOT EXISTS pgboss_probe.job (name text NOT NULL, state text NOT NULL)`,
    );
    await db.execute(sql`INSERT INTO pgboss_probe.job VALUES ('daily-reminders', 'completed')`);
    expect(await generation()).toBe(before);
    await figure(viewer, filters);
    expect(calls()).toBe(1);
    expect(await taskHeadline(viewer, filters)).toBe(headline);
  });
});

/** The national headline at every level, the plain way: today's tasks table, one class per row. */
async function plainHeadline() {
  const cls = deadlineClassSql(
    { status: sql.raw('status'), dueOn: sql.raw('due_on'), completedOn: sql.raw('completed_on') },
    today(),
  );
  const rows = await selectRows<{ cls: string | null; n: number }>(
    db,
    sql`SELECT ${cls} AS cls, count(*)::int AS n FROM tasks WHERE status <> 'cancelled' GROUP BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.cls, r.n]));
}

describe('figures read while tasks change at once', () => {
  it('are the plain recomputation once every write has committed, each write bumping once', async () => {
    const leader = await viewerFor('lanhdao');
    const coordinator = await viewerFor('dieuphoi');
    const filters: FigureFilters = { asOf: today(), level: 'all' };
    const open = await db
      .select({ code: tasks.code, version: tasks.version, status: tasks.status, dueOn: tasks.dueOn })
      .from(tasks)
      .where(sql`${tasks.status} IN ('not_started', 'in_progress') AND ${tasks.parentId} IS NULL`)
      .orderBy(tasks.code)
      .limit(20);
    expect(open).toHaveLength(20);
    await taskHeadline(leader, filters);
    const before = await generation();
    const writes = open.map((task, i) =>
      applyTaskAction(
        coordinator,
        i % 2 === 0
          ? { action: 'cancel', code: task.code, version: task.version, reason: 'Không còn cần' }
          : {
              action: 'extend',
              code: task.code,
              version: task.version,
              dueOn: addDays([task.dueOn, today()].sort()[1], 30),
              reason: 'Gia hạn',
            },
        today(),
      ),
    );
    const reads = Array.from({ length: 20 }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 3)).then(() => taskHeadline(leader, filters)),
    );
    const results = await Promise.all(writes);
    await Promise.all(reads);
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(await generation()).toBe(before + 20);
    const headline = await taskHeadline(leader, filters);
    const plain = await plainHeadline();
    expect({
      completed_on_time: headline.completed_on_time,
      completed_late: headline.completed_late,
      overdue: headline.overdue,
      in_progress_on_time: headline.in_progress_on_time,
    }).toEqual({
      completed_on_time: plain.completed_on_time ?? 0,
      completed_late: plain.completed_late ?? 0,
      overdue: plain.overdue ?? 0,
      in_progress_on_time: plain.in_progress_on_time ?? 0,
    });
  });
});

/** The relations the plans of the statements `run` sends read, by EXPLAIN of each statement. */
async function relationsRead(run: () => Promise<unknown>): Promise<Set<string>> {
  const handle = databaseHandle();
  const client = (handle.pool ?? handle.pglite) as unknown as {
    query: (...args: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  };
  const original = client.query;
  const sent: { text: string; values: unknown[] }[] = [];
  client.query = function (this: unknown, ...args: unknown[]) {
    const [first, second] = args as [unknown, unknown];
    if (typeof first === 'string') sent.push({ text: first, values: Array.isArray(second) ? second : [] });
    else if (first && typeof first === 'object' && 'text' in first) {
      const config = first as { text: string; values?: unknown[] };
      sent.push({ text: config.text, values: config.values ?? (Array.isArray(second) ? second : []) });
    }
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    client.query = original;
  }
  const relations = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'Relation Name') relations.add(String(value));
        else walk(value);
      }
    }
  };
  for (const { text, values } of sent) {
    if (!/^\s*(select|with)\b/i.test(text)) continue;
    const { rows } = await original.call(client, `EXPLAIN (FORMAT JSON) ${text}`, values);
    const plan = rows[0]['QUERY PLAN'];
    walk(typeof plan === 'string' ? JSON.parse(plan) : plan);
  }
  relations.delete('figure_generations');
  return relations;
}

describe('the tables the cached figures read', () => {
  it('all bump the generation: a figure reading another table would be served stale', async () => {
    // every call below computes (a fresh generation)
    await db.execute(sql`UPDATE figure_generations SET n = n + 1 WHERE shard = 0`);
    const called = new Set<string>();
    const days = [today(), addDays(today(), -200)];
    const filterSets: Omit<FigureFilters, 'asOf'>[] = [
      {},
      { level: 'all' },
      { review: 'TK20-NQ23', org: 'P31' },
    ];
    const calls: Record<string, (viewer: Viewer, filters: FigureFilters) => Promise<unknown>> = {
      taskHeadline: (v, f) => taskHeadline(v, f),
      tasksByOrganization: (v, f) => tasksByOrganization(v, f, 'P31'),
      progressOverTime: (v, f) => progressOverTime(v, f, periodEnds(addDays(f.asOf, -90), f.asOf, 'month')),
      recommendationHeadline: (v, f) => recommendationHeadline(v, f),
      repliesOverdueByProvince: (v, f) => repliesOverdueByProvince(v, f),
      repliesOverdueByUnit: (v, f) => repliesOverdueByUnit(v, f, 'P31'),
      recommendationsByCategory: (v, f) => recommendationsByCategory(v, f),
      recommendationsByAddresseeStatus: (v, f) => recommendationsByAddresseeStatus(v, f),
    };
    const viewers = [await viewerFor('lanhdao'), await viewerFor('hp.lanhdao')];
    const read = await relationsRead(async () => {
      for (const viewer of viewers) {
        for (const asOf of days) {
          for (const more of filterSets) {
            for (const [name, call] of Object.entries(calls)) {
              called.add(name);
              await call(viewer, { asOf, ...more });
              if (name === 'tasksByOrganization') await tasksByOrganization(viewer, { asOf, ...more });
            }
          }
        }
      }
    });
    // a new cached figure must be added to the calls above
    const probes = [...CACHED_FIGURES].filter((name) => name.startsWith('probe'));
    expect([...CACHED_FIGURES].filter((name) => !probes.includes(name)).sort()).toEqual([...called].sort());
    expect(read.has('task_status_periods')).toBe(true);
    expect(read.has('events')).toBe(true);
    expect([...read].filter((table) => !(FIGURE_TABLES as readonly string[]).includes(table))).toEqual([]);
  });
});
