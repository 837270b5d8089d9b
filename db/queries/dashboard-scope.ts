import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { endOfDay } from '@/lib/clock';
import { tasks } from '../schema';
import type { Viewer } from './viewer';
import { taskVisibleTo } from './visibility';

/** What the dashboard, the reports and their exports are computed for. */
export type FigureFilters = {
  asOf: string;
  review?: string;
  /** an organization code: its subtree (a province, or a unit) */
  org?: string;
};

/** Organizations in the subtree of the organization with this code. */
export function subtreeOfCode(code: string): SQL {
  return sql`(SELECT o.id FROM organizations o WHERE o.path LIKE (SELECT s.path FROM organizations s WHERE s.code = ${code}) || '%')`;
}

/**
 * The tasks as they stood at the end of the as-of day, one row each, from task_status_periods:
 * `task_id, status, due_on, completed_on, assignee_org_id`. Visibility is the viewer's, in SQL.
 * For today this is the tasks' current state.
 */
export function tasksAsOf(viewer: Viewer, filters: FigureFilters): SQL {
  const end = endOfDay(filters.asOf).toISOString();
  const review = filters.review
    ? sql`AND tasks.review_id = (SELECT r.id FROM reviews r WHERE r.code = ${filters.review})`
    : sql``;
  const org = filters.org ? sql`AND p.assignee_org_id IN ${subtreeOfCode(filters.org)}` : sql``;
  return sql`(SELECT p.task_id, p.status, p.due_on, p.completed_on, p.assignee_org_id
    FROM task_status_periods p JOIN tasks ON ${tasks.id} = p.task_id
    WHERE p.valid_from < ${end} AND (p.valid_to IS NULL OR p.valid_to >= ${end})
      AND ${taskVisibleTo(viewer)} ${review} ${org})`;
}

/** The deadline-class columns of a `tasksAsOf` row aliased `a`. */
export const AS_OF_COLUMNS = {
  status: sql.raw('a.status'),
  dueOn: sql.raw('a.due_on'),
  completedOn: sql.raw('a.completed_on'),
};
