import { type SQL, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { viewerFor } from '@/tests/viewers';
import type { Viewer } from './viewer';
import { taskCountedFor, taskIdArrayFor, taskVisibleTo } from './visibility';

/**
 * The figures below the national level read a viewer's tasks as one array of ids (`taskIdArrayFor`,
 * looked up in the indexes) instead of testing every task against the visibility conditions: the
 * two must name the same tasks, for every kind of viewer, for the figures (lead unit and the
 * viewer's recommendations) and for the lists (supported tasks too).
 */
const VIEWERS = ['lanhdao', 'hp.lanhdao', 'bnv', 'hp.danvan', 'hp.dieuphoi', 'hp.mttq'];

const byCondition = async (condition: SQL) =>
  (await selectRows<{ id: number }>(db, sql`SELECT tasks.id FROM tasks WHERE ${condition} ORDER BY 1`)).map(
    (r) => r.id,
  );

const byArray = async (viewer: Viewer, reads: boolean) =>
  (
    await selectRows<{ id: number }>(
      db,
      sql`SELECT DISTINCT x.id FROM unnest(${taskIdArrayFor(viewer, reads)}) x(id) ORDER BY 1`,
    )
  ).map((r) => r.id);

describe('a viewer’s tasks as an array of ids', () => {
  it('are the tasks its figures count, and with `reads` the tasks it reads', async () => {
    const linkedOnly: number[] = [];
    const supportedOnly: number[] = [];
    for (const login of VIEWERS) {
      const viewer = await viewerFor(login);
      const counted = await byCondition(taskCountedFor(viewer));
      const visible = await byCondition(taskVisibleTo(viewer));
      expect(await byArray(viewer, false), login).toEqual(counted);
      expect(await byArray(viewer, true), login).toEqual(visible);
      if (login === 'lanhdao') continue;
      const own = await byCondition(
        sql`tasks.assignee_org_id IN (SELECT o.id FROM organizations o WHERE o.path LIKE ${`${viewer.scope.path}%`})`,
      );
      linkedOnly.push(...counted.filter((id) => !own.includes(id)));
      supportedOnly.push(...visible.filter((id) => !counted.includes(id)));
    }
    // The demo data exercises both widenings: tasks followed through a recommendation, supported tasks.
    expect(linkedOnly.length).toBeGreaterThan(0);
    expect(supportedOnly.length).toBeGreaterThan(0);
  });
});
