import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { listTasks } from '@/db/queries/task-list';
import type { Viewer } from '@/db/queries/viewer';
import { DEADLINE_CLASSES } from '@/lib/domain/tasks';
import { figureView, reportListParams, reportRecommendationParams } from '@/lib/figure-filters';
import { type ListParams, readListParams } from '@/lib/validations/filters';
import { viewerFor } from '@/tests/viewers';
import { REPORTS } from './definitions';

/**
 * /reports?org=X (or province=X) filters its detail lists — the page's previews and counts and
 * the exports its links lead to — by the same subtree as its summaries: a unit's code is not read
 * as a province (issue 14).
 */

const t = (key: string) => key;
/** The summary columns of each deadline class (lib/reports/task-results.ts). */
const COLUMN = {
  completed_on_time: 'onTime',
  completed_late: 'late',
  in_progress_on_time: 'within',
  overdue: 'overdue',
};

/** Every row of a detail list, as its export streams them. */
async function listRows(name: 'tasks' | 'recommendations', viewer: Viewer, params: ListParams, asOf: string) {
  const definition = REPORTS[name];
  if (definition.kind !== 'list') throw new Error(`${name} is a list`);
  const rows = [];
  for await (const batch of definition.rows(viewer, params, asOf, t, 'vi')) rows.push(...batch);
  return rows;
}

describe('/reports?org= filters the lists as it filters the summaries', () => {
  it('for a unit, a province and a central body, today and as of an earlier day', async () => {
    for (const login of ['lanhdao', 'hp.lanhdao']) {
      const viewer = await viewerFor(login);
      for (const search of [
        { org: 'HP-BDV' },
        { org: 'P31' },
        { province: 'P31' },
        { org: 'BNV' },
        { org: 'HP-BDV', asOf: '2024-06-20' },
        { org: 'P31', asOf: '2024-06-12' },
      ]) {
        const label = `${login} ${JSON.stringify(search)}`;
        const view = figureView(readListParams(search).params);
        const params = reportListParams(view);
        const summary = REPORTS['task-results'];
        if (summary.kind !== 'summary') throw new Error('task-results is a summary');
        const table = await summary.build(viewer, view, t, 'vi');
        const tasks = await listRows('tasks', viewer, params, view.asOf);
        for (const cls of DEADLINE_CLASSES) {
          const listed = tasks.filter((row) => row.class === `deadlineClass.${cls}`).length;
          expect(listed, `${label} ${cls}`).toBe(table.total?.[COLUMN[cls]]);
        }
        // The count the page prints above the preview is the export's.
        expect((await listTasks(viewer, params, view.asOf)).total, label).toBe(tasks.length);

        // Recommendations: the source in the subtree and submitted by the day, as the by-addressee
        // summary filters them.
        const org = view.org ?? '';
        const [{ n }] = await selectRows<{ n: number }>(
          db,
          sql`SELECT count(*)::int AS n FROM recommendations r
            LEFT JOIN recommendation_addressees a ON a.recommendation_id = r.id
            WHERE r.source_org_id IN (SELECT o.id FROM organizations o
              WHERE o.path LIKE (SELECT s.path FROM organizations s WHERE s.code = ${org}) || '%')
              AND r.submitted_on <= ${view.asOf}::date`,
        );
        const recommendations = await listRows(
          'recommendations',
          viewer,
          reportRecommendationParams(view),
          view.asOf,
        );
        expect(recommendations.length, `${label} recommendations`).toBe(n);
      }
    }
    // The unit has tasks and recommendations come from the province: the checks above saw rows.
    const viewer = await viewerFor('lanhdao');
    const unit = figureView(readListParams({ org: 'HP-BDV' }).params);
    expect((await listTasks(viewer, reportListParams(unit), unit.asOf)).total).toBeGreaterThan(0);
  }, 60_000);
});
