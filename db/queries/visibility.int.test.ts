import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { viewerFor } from '@/tests/viewers';
import { taskListVisibleTo, taskVisibleTo } from './visibility';

describe('the task list’s visibility (issue 20: id sets a list reads through indexes)', () => {
  it('admits exactly the tasks taskVisibleTo admits, for every person of the demo', async () => {
    const people = await selectRows<{ login: string }>(
      db,
      sql`SELECT login FROM users WHERE kind = 'person' AND active ORDER BY login`,
    );
    expect(people.length).toBeGreaterThan(5);
    let widened = 0;
    for (const { login } of people) {
      const viewer = await viewerFor(login);
      const read = async (condition: ReturnType<typeof sql>) =>
        (
          await selectRows<{ code: string }>(db, sql`SELECT code FROM tasks WHERE ${condition} ORDER BY code`)
        ).map((r) => r.code);
      const expected = await read(taskVisibleTo(viewer));
      expect(await read(taskListVisibleTo(viewer)), login).toEqual(expected);
      // the scope's own units alone read fewer: the recommendation and support sets count
      const own = await read(
        sql`assignee_org_id IN (SELECT o.id FROM organizations o WHERE o.path LIKE ${`${viewer.scope.path}%`})`,
      );
      if (own.length < expected.length) widened++;
    }
    expect(widened).toBeGreaterThan(0);
  });
});
