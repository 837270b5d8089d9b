import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { recommendations, users } from '@/db/schema';
import { today } from '@/lib/clock';
import { DEADLINE_CLASSES, type DeadlineClass, deadlineClass, type TaskStatus } from '@/lib/domain/tasks';
import { viewerFor } from '@/tests/viewers';
import { taskHeadline } from './dashboard';
import { recommendationListCounts } from './recommendations';
import type { Viewer } from './viewer';

const taskClassCounts = (viewer: Viewer, asOf: string) => taskHeadline(viewer, { asOf });

/** The recommendation list's counts by overall status, the statuses it has only. */
async function recommendationStatusCounts(viewer: Viewer) {
  const counts = await recommendationListCounts(viewer, {}, today());
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

/**
 * Counts computed the plain way: every task row into memory, scope and class by hand, and a task
 * left out when one of its ancestors is visible and counted (the top of each cascade, issue 17).
 */
async function expectedCounts(scopePath: string) {
  const rows = await selectRows<{
    id: number;
    parent_id: number | null;
    status: TaskStatus;
    due_on: string;
    completed_on: string | null;
    path: string;
    source_paths: string[];
  }>(
    db,
    sql`
    SELECT t.id, t.parent_id, t.status, t.due_on::text, t.completed_on::text, o.path,
      coalesce(array(SELECT so.path FROM task_recommendations tr JOIN recommendations r ON r.id = tr.recommendation_id
                     JOIN organizations so ON so.id = r.source_org_id WHERE tr.task_id = t.id), '{}') AS source_paths
    FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const visible = (row: (typeof rows)[number]) =>
    row.path.startsWith(scopePath) || row.source_paths.some((p) => p.startsWith(scopePath));
  const counted = (row: (typeof rows)[number]) => visible(row) && row.status !== 'cancelled';
  const underCounted = (row: (typeof rows)[number]) => {
    for (let up = byId.get(row.parent_id ?? -1); up; up = byId.get(up.parent_id ?? -1)) {
      if (counted(up)) return true;
    }
    return false;
  };
  const counts = Object.fromEntries(DEADLINE_CLASSES.map((c) => [c, 0])) as Record<DeadlineClass, number>;
  for (const row of rows) {
    const cls = deadlineClass(
      { status: row.status, dueOn: row.due_on, completedOn: row.completed_on },
      today(),
    );
    if (visible(row) && cls && !underCounted(row)) counts[cls]++;
  }
  return counts;
}

describe('dashboard task counts', () => {
  it('shows an official of HP-BDV only their unit’s five tasks', async () => {
    const counts = await taskClassCounts(await viewerFor('hp.danvan'), today());
    // NV-HP-08 (due in 3 days) and NV-HP-09 (overdue by 10) are dated from the seeding day
    expect(counts).toMatchObject({
      completed_on_time: 1,
      completed_late: 1,
      in_progress_on_time: 2,
      overdue: 1,
      total: 5,
    });
  });

  for (const login of ['lanhdao', 'hp.lanhdao', 'bnv']) {
    it(`match counts computed independently for ${login}`, async () => {
      const viewer = await viewerFor(login);
      const counts = await taskClassCounts(viewer, today());
      const expected = await expectedCounts(viewer.scope.path);
      for (const cls of DEADLINE_CLASSES) expect(counts[cls]).toBe(expected[cls]);
    });
  }

  it('show all four deadline classes in the demo data on the tests’ fixed day', async () => {
    const counts = await taskClassCounts(await viewerFor('lanhdao'), today());
    for (const cls of DEADLINE_CLASSES) expect(counts[cls]).toBeGreaterThan(0);
    const haiPhong = await taskClassCounts(await viewerFor('hp.lanhdao'), today());
    for (const cls of DEADLINE_CLASSES) expect(haiPhong[cls]).toBeGreaterThan(0);
  });
});

describe('dashboard recommendation counts', () => {
  it('show the HP-BDV official only the recommendation linked to their task', async () => {
    const counts = await recommendationStatusCounts(await viewerFor('hp.danvan'));
    expect(counts).toEqual({ under_review: 1 });
  });

  it('show the Ministry of Home Affairs what is addressed to it, and derive the overall status', async () => {
    const counts = await recommendationStatusCounts(await viewerFor('bnv'));
    expect(counts.accepted).toBeGreaterThanOrEqual(1); // KN-HP-03: both addressees accepted
  });

  it('keep drafts on the source side', async () => {
    const [kn] = await db.select().from(recommendations).where(eq(recommendations.code, 'KN-HP-03'));
    const [author] = await db.select().from(users).where(eq(users.login, 'hp.dieuphoi'));
    await db.insert(recommendations).values({
      code: 'KN-TEST-DRAFT',
      reviewId: kn.reviewId,
      sourceOrgId: kn.sourceOrgId,
      category: 'guidance',
      text: 'Dự thảo kiến nghị',
      createdById: author.id,
    });
    const source = await recommendationStatusCounts(await viewerFor('hp.dieuphoi'));
    expect(source.draft).toBe(1);
    const national = await recommendationStatusCounts(await viewerFor('lanhdao'));
    expect(national.draft).toBe(1); // the national scope holds the source
    const addressee = await recommendationStatusCounts(await viewerFor('bnv'));
    expect(addressee.draft).toBeUndefined();
  });
});
