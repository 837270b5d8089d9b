import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { addDays, endOfDay, setClock, today } from '@/lib/clock';
import { TEST_NOW } from '@/tests/setup/test-now';
import { viewerFor } from '@/tests/viewers';
import { createTask, editTask } from './task-edits';

/**
 * task_rollup's triggers lock a (day, province) row per statement: a reassignment locks the old
 * province's row (the closed period), then the new one's (the new period). Another transaction
 * taking them the other way round deadlocks with it, and PostgreSQL aborts one (40P01). The user's
 * save must not be that victim's 500: the write is tried once more. Two connections: PostgreSQL only.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(!!process.env.TEST_DATABASE_URL)('a task write caught in a deadlock', () => {
  afterAll(() => setClock(TEST_NOW));

  it('is tried again, and the reassignment is saved', async () => {
    const coordinator = await viewerFor('dieuphoi');
    const provinces = await selectRows<{ id: number; code: string }>(
      db,
      sql`SELECT id, code FROM organizations WHERE kind = 'province' AND valid_to IS NULL ORDER BY code LIMIT 2`,
    );
    expect(provinces).toHaveLength(2);
    const [from, to] = provinces;
    const day = today();
    // created the day before, so that closing its period today changes today's row of `from`
    setClock(endOfDay(addDays(day, -2)));
    const created = await createTask(
      coordinator,
      {
        code: null,
        review: 'TK20-NQ23',
        title: 'Nhiệm vụ chuyển tỉnh',
        description: null,
        assignee: from.code,
        dueOn: addDays(day, 30),
        session: null,
        recommendations: [],
      },
      addDays(day, -1),
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    setClock(TEST_NOW);
    const [{ version }] = await selectRows<{ version: number }>(
      db,
      sql`SELECT version FROM tasks WHERE code = ${created.code}`,
    );
    const lock = (provinceId: number) =>
      sql`INSERT INTO task_rollup AS r (day, province_id) VALUES (${day}::date, ${provinceId})
        ON CONFLICT (day, province_id) DO UPDATE SET total = r.total`;

    // The other writer: the new province's row first, then (once the reassignment waits for it) the old one's.
    let holding!: () => void;
    const held = new Promise<void>((resolve) => {
      holding = resolve;
    });
    const other = db
      .transaction(async (tx) => {
        await tx.execute(lock(to.id));
        holding();
        await sleep(400);
        await tx.execute(lock(from.id));
      })
      .then(
        () => 'committed',
        (error: unknown) => `failed: ${error}`,
      );
    await held;
    const result = await editTask(
      coordinator,
      {
        code: created.code,
        version,
        title: 'Nhiệm vụ chuyển tỉnh',
        description: null,
        assignee: to.code,
        session: null,
      },
      day,
    );
    expect(result).toEqual({ ok: true, code: created.code });
    expect(await other).toBe('committed');
    const [task] = await selectRows<{ assignee: string }>(
      db,
      sql`SELECT o.code AS assignee FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
        WHERE t.code = ${created.code}`,
    );
    expect(task.assignee).toBe(to.code);
  }, 30_000);
});
