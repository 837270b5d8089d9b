import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { endOfDay } from '@/lib/clock';
import { tasks } from '../schema';
import type { Viewer } from './viewer';
import { holdsEverything, taskCountedFor, taskVisibleTo } from './visibility';

/** What the dashboard, the reports and their exports are computed for. */
export type FigureFilters = {
  asOf: string;
  /** a list's reading (tasks the viewer reads, supported ones included) rather than the figures' */
  reads?: boolean;
  review?: string;
  /** an organization code: its subtree (a province, or a unit) */
  org?: string;
};

/** Organizations in the subtree of the organization with this code. */
export function subtreeOfCode(code: string): SQL {
  return sql`(SELECT o.id FROM organizations o WHERE o.path LIKE (SELECT s.path FROM organizations s WHERE s.code = ${code}) || '%')`;
}

/**
 * Whether the figures need no filter on the tasks: a national viewer (every task visible)
 * without a review or organization filter. Their queries then read task_status_periods alone.
 */
export function unfiltered(viewer: Viewer, filters: FigureFilters): boolean {
  return holdsEverything(viewer) && !filters.review && !filters.org;
}

/**
 * The tasks as they stood at the end of the as-of day, one row each, from task_status_periods:
 * `task_id, status, due_on, completed_on, assignee_org_id`. Visibility is the viewer's, in SQL: the
 * tasks its figures count (by lead unit), or with `reads` every task it reads.
 * For today this is the tasks' current state. The tasks table is joined only when a review
 * filter or the viewer's visibility needs it (a national viewer sees every task).
 */
export function tasksAsOf(viewer: Viewer, filters: FigureFilters): SQL {
  const end = endOfDay(filters.asOf).toISOString();
  const org = filters.org ? sql`AND p.assignee_org_id IN ${subtreeOfCode(filters.org)}` : sql``;
  // Two branches, each served by its own index: still open, or closed after the instant.
  const held = (where: SQL) => {
    if (holdsEverything(viewer) && !filters.review) {
      return sql`SELECT p.task_id, p.status, p.due_on, p.completed_on, p.assignee_org_id
        FROM task_status_periods p WHERE ${where} AND p.valid_from < ${end} ${org}`;
    }
    const review = filters.review
      ? sql`AND tasks.review_id = (SELECT r.id FROM reviews r WHERE r.code = ${filters.review})`
      : sql``;
    return sql`SELECT p.task_id, p.status, p.due_on, p.completed_on, p.assignee_org_id
      FROM task_status_periods p JOIN tasks ON ${tasks.id} = p.task_id
      WHERE ${where} AND p.valid_from < ${end} AND ${filters.reads ? taskVisibleTo(viewer) : taskCountedFor(viewer)} ${review} ${org}`;
  };
  return sql`(${held(sql`p.valid_to IS NULL`)} UNION ALL ${held(sql`p.valid_to >= ${end}`)})`;
}

/** The columns a grouped `tasksAsOf` query keys on: status and the two comparisons of the class. */
export function classKeys(asOf: string) {
  return {
    status: sql.raw('a.status'),
    pastDue: sql`(a.due_on < ${asOf}::date)`,
    onTime: sql.raw('(a.completed_on <= a.due_on)'),
  };
}
