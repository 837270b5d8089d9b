import 'server-only';
import { sql } from 'drizzle-orm';
import { cache } from 'react';
import { type ClassCounts, emptyClassCounts } from '@/lib/domain/figures';
import { DEADLINE_CLASSES, type DeadlineClass } from '@/lib/domain/tasks';
import { db, selectRows } from '../index';
import { type OrgBreakdown, tasksByOrganization } from './dashboard-breakdown';
import { classKeys, type FigureFilters, tasksAsOf } from './dashboard-scope';
import { cachedFigure } from './figure-cache';
import { deadlineClassOfFlags } from './figures';
import type { Viewer } from './viewer';
import { holdsEverything } from './visibility';

export type TaskHeadline = ClassCounts & {
  total: number;
  awaitingConfirmation: number;
  /** tasks due before the as-of day or completed: the denominator of the ranking rate */
  dueOrCompleted: number;
};

/**
 * Counted tasks (not cancelled) by deadline class, as they stood at the end of `asOf`. Once per
 * request for the same viewer and filters: the dashboard's headline and class widgets share it.
 * A national viewer without an organization filter gets the sum of the by-province breakdown, which
 * the dashboard's tile map and organizations chart read anyway: one aggregate for the four.
 */
export const taskHeadline = cache(
  cachedFigure('taskHeadline', async (viewer: Viewer, filters: FigureFilters): Promise<TaskHeadline> => {
    if (holdsEverything(viewer) && !filters.org) return sumOf(await tasksByOrganization(viewer, filters));
    return headlineNow(viewer, filters);
  }),
);

function sumOf(groups: OrgBreakdown[]): TaskHeadline {
  const headline = emptyHeadline();
  for (const group of groups) {
    for (const cls of DEADLINE_CLASSES) headline[cls] += group[cls];
    headline.total += group.total;
    headline.awaitingConfirmation += group.awaitingConfirmation;
    headline.dueOrCompleted += group.dueOrCompleted;
  }
  return headline;
}

function emptyHeadline(): TaskHeadline {
  return { ...emptyClassCounts(), total: 0, awaitingConfirmation: 0, dueOrCompleted: 0 };
}

async function headlineNow(viewer: Viewer, filters: FigureFilters): Promise<TaskHeadline> {
  // Count on narrow keys first (status and the two comparisons), name the class per group.
  const keys = classKeys(filters.asOf);
  const cls = deadlineClassOfFlags(sql.raw('g.status'), sql.raw('g.past_due'), sql.raw('g.on_time'));
  const rows = await selectRows<{
    cls: DeadlineClass | null;
    n: number;
    awaiting: number;
    due_or_completed: number;
  }>(
    db,
    sql`SELECT ${cls} AS cls, sum(g.n)::int AS n,
      coalesce(sum(g.n) FILTER (WHERE g.status = 'awaiting_confirmation'), 0)::int AS awaiting,
      coalesce(sum(g.n) FILTER (WHERE g.status = 'completed' OR g.past_due), 0)::int AS due_or_completed
    FROM (SELECT ${keys.status} AS status, ${keys.pastDue} AS past_due, ${keys.onTime} AS on_time, count(*) AS n
      FROM ${tasksAsOf(viewer, filters)} a WHERE a.status <> 'cancelled' GROUP BY 1, 2, 3) g
    GROUP BY 1`,
  );
  const headline = emptyHeadline();
  for (const row of rows) {
    if (row.cls) headline[row.cls] = row.n;
    headline.total += row.n;
    headline.awaitingConfirmation += row.awaiting;
    headline.dueOrCompleted += row.due_or_completed;
  }
  return headline;
}
