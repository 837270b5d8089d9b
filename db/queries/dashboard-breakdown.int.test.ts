import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { tasks } from '@/db/schema';
import { addDays, today } from '@/lib/clock';
import { periodEnds } from '@/lib/domain/figures';
import { DEADLINE_CLASSES } from '@/lib/domain/tasks';
import { viewerFor } from '@/tests/viewers';
import { taskHeadline } from './dashboard';
import { progressOverTime, tasksByOrganization } from './dashboard-breakdown';
import { applyTaskAction } from './task-writes';

describe('tasks by organization', () => {
  it('adds up, province by province, to the national headline, most overdue first', async () => {
    const viewer = await viewerFor('lanhdao');
    const filters = { asOf: today() };
    const [headline, groups] = await Promise.all([
      taskHeadline(viewer, filters),
      tasksByOrganization(viewer, filters),
    ]);
    for (const cls of DEADLINE_CLASSES)
      expect(groups.reduce((sum, g) => sum + g[cls], 0)).toBe(headline[cls]);
    expect(groups.map((g) => g.overdue)).toEqual([...groups.map((g) => g.overdue)].sort((a, b) => b - a));
    const haiPhong = groups.find((g) => g.code === 'P31');
    // NV-HP-00…09 but NV-BNV-01, the Ministry's (NV-HP-08 and 09 are dated from the seeding day);
    // NV-HP-00 is counted for its children NV-HP-01 and NV-HP-02 (issue 17)
    expect(haiPhong).toMatchObject({ nameVi: 'Hải Phòng', total: 11 - 1 - 2 });
  });

  it('splits a province into its units for a Hải Phòng leader', async () => {
    const groups = await tasksByOrganization(await viewerFor('hp.lanhdao'), { asOf: today() });
    const bdvUnit = groups.find((g) => g.code === 'HP-TU'); // HP-BDV and HP-VPTU sit under the city Party committee
    // NV-HP-01, 02, 03, 06, 08 and 09; NV-HP-01 and NV-HP-02 are counted in their parent NV-HP-00,
    // the city's own task (issue 17)
    expect(bdvUnit?.total).toBe(6 - 2);
    expect(groups.find((g) => g.code === 'P31')?.total).toBe(1);
    expect(groups.find((g) => g.code === 'HP-MTTQ')?.overdue).toBe(1); // NV-HP-05, due 30/09/2026
    // NV-BNV-01, the Ministry's task that Hải Phòng follows through KN-HP-03, stands apart
    expect(groups.find((g) => g.code === '')).toMatchObject({
      total: 1,
      nameVi: expect.stringContaining('Cơ quan khác'),
    });
  });
});

describe('as of a past day', () => {
  it('shows the figure of yesterday after a change made today', async () => {
    const viewer = await viewerFor('hp.lanhdao');
    const yesterday = addDays(today(), -1);
    const before = await taskHeadline(viewer, { asOf: today() });
    // NV-HP-05 (overdue, in progress) is reported done by its unit and confirmed today, through the real write path.
    const [task] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-05'));
    const reported = await applyTaskAction(
      await viewerFor('hp.mttq'),
      {
        action: 'report',
        code: 'NV-HP-05',
        version: task.version,
        completedOn: today(),
        note: 'Đã tổng hợp xong',
      },
      today(),
    );
    expect(reported.ok).toBe(true);
    const confirmed = await applyTaskAction(
      await viewerFor('hp.dieuphoi'),
      { action: 'confirm', code: 'NV-HP-05', version: task.version + 1 },
      today(),
    );
    expect(confirmed.ok).toBe(true);
    const after = await taskHeadline(viewer, { asOf: today() });
    expect(after.overdue).toBe(before.overdue - 1);
    expect(after.completed_late).toBe(before.completed_late + 1);
    const asOfYesterday = await taskHeadline(viewer, { asOf: yesterday });
    expect(asOfYesterday.overdue).toBe(before.overdue);
    expect(asOfYesterday.completed_late).toBe(before.completed_late);
  });

  it('counts nothing before the first task was created', async () => {
    const headline = await taskHeadline(await viewerFor('lanhdao'), { asOf: '2023-01-01' });
    expect(headline.total).toBe(0);
  });
});

describe('progress over time', () => {
  it('is cumulative, ends at today’s figures, and never counts more completed than exist', async () => {
    const viewer = await viewerFor('lanhdao');
    const ends = periodEnds('2024-05-01', today(), 'month');
    const points = await progressOverTime(viewer, { asOf: today() }, ends);
    expect(points.map((p) => p.day)).toEqual(ends);
    const headline = await taskHeadline(viewer, { asOf: today() });
    const last = points[points.length - 1];
    expect(last.completed).toBe(headline.completed_on_time + headline.completed_late);
    const [{ n }] = await selectRows<{ n: number }>(
      db,
      // at the top level: every parent in the demo (NV-HP-00) is counted in its children's stead
      sql`SELECT count(*)::int AS n FROM tasks WHERE status <> 'cancelled' AND due_on <= ${today()}::date AND parent_id IS NULL`,
    );
    expect(last.due).toBe(n);
    for (let i = 1; i < points.length; i++) expect(points[i].due).toBeGreaterThanOrEqual(points[i - 1].due);
  });
});
