import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { endOfDay } from '@/lib/clock';
import type { TaskLevel } from '@/lib/domain/cascade';
import { tasks } from '../schema';
import type { Viewer } from './viewer';
import { holdsEverything, taskCountedFor, taskIdArrayFor } from './visibility';

/** What the dashboard, the reports and their exports are computed for. */
export type FigureFilters = {
  asOf: string;
  /** a list's reading (tasks the viewer reads, supported ones included) rather than the figures' */
  reads?: boolean;
  review?: string;
  /** an organization code: its subtree (a province, or a unit) */
  org?: string;
  /** `top` (unset): a task is not counted when an ancestor is counted in the same figure; `all`: every level */
  level?: TaskLevel;
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
 * For today this is the tasks' current state. The tasks table is joined only for a review filter:
 * a national viewer sees every task, any other viewer's periods are those of the ids of the tasks
 * in its reach (`taskIdArrayFor`, the same tasks as `taskCountedFor` / `taskVisibleTo`).
 *
 * Cascades (issue 17): unless `level` is `all`, a task is left out when the viewer's figures count
 * one of its ancestors — counted for the viewer (by lead unit: a parent read only as a supporting
 * unit does not hide its children) and not cancelled that day (a cascade stays in one review) — so a national viewer counts the Steering Committee's task, a unit that sees only the
 * children counts them. An organization filter narrows the figure without promoting a child whose
 * parent lies outside it: a subtree's figure is the sum of its parts, and a segment's list (which
 * narrows by the segment's unit) counts what the segment counted. The one definition of "top
 * level" for figures, lists and exports alike.
 */
export function tasksAsOf(viewer: Viewer, filters: FigureFilters): SQL {
  const end = endOfDay(filters.asOf).toISOString();
  const org = filters.org ? sql`AND p.assignee_org_id IN ${subtreeOfCode(filters.org)}` : sql``;
  // A national viewer: two branches, each served by its own index — still open, or closed after the
  // instant. A viewer below the national level: from the ids of the tasks in its reach (a province's
  // few thousand), each one's period at the instant (task_status_periods_task_idx), not every held
  // period of the country tested against the visibility conditions.
  const held = (where: SQL) => {
    if (!filters.review) {
      return sql`SELECT p.task_id, p.status, p.due_on, p.completed_on, p.assignee_org_id
        FROM task_status_periods p WHERE ${where} AND p.valid_from < ${end} ${org}`;
    }
    return sql`SELECT p.task_id, p.status, p.due_on, p.completed_on, p.assignee_org_id
      FROM task_status_periods p JOIN tasks ON ${tasks.id} = p.task_id
      WHERE ${where} AND p.valid_from < ${end} AND ${reviewIs(filters.review)} ${org}`;
  };
  const rows = holdsEverything(viewer)
    ? sql`${held(sql`p.valid_to IS NULL`)} UNION ALL ${held(sql`p.valid_to >= ${end}`)}`
    : reachRows(viewer, filters, end, org);
  if (filters.level === 'all') return sql`(${rows})`;
  return sql`(SELECT h.* FROM (${rows}) h WHERE NOT EXISTS (SELECT 1 FROM ${countedBelow(viewer, filters.asOf)} b WHERE b.id = h.task_id))`;
}

const reviewIs = (code: string) =>
  sql`${tasks.reviewId} = (SELECT r.id FROM reviews r WHERE r.code = ${code})`;

/** The held rows of `tasksAsOf` for a viewer with a narrower scope than the nation. */
function reachRows(viewer: Viewer, filters: FigureFilters, end: string, org: SQL): SQL {
  const review = filters.review
    ? sql`JOIN ${tasks} ON ${tasks.id} = p.task_id AND ${reviewIs(filters.review)}`
    : sql``;
  return sql`SELECT p.task_id, p.status, p.due_on, p.completed_on, p.assignee_org_id
    FROM task_status_periods p ${review}
    WHERE p.task_id = ANY(${taskIdArrayFor(viewer, !!filters.reads)}) AND p.valid_from < ${end}
      AND (p.valid_to IS NULL OR p.valid_to >= ${end}) ${org}`;
}

/**
 * The tasks left out of the viewer's top-level figures at the end of `asOf`: the few that have a
 * parent (tasks_parent_idx), when one of their up to three ancestors (depth ≤ 4) is counted for the
 * viewer and not cancelled at that instant. `tasksAsOf` at the top level is the held rows less
 * these; a figure that already holds every task (a national viewer, unfiltered) needs only these.
 */
export function countedBelow(viewer: Viewer, asOf: string): SQL {
  const end = endOfDay(asOf).toISOString();
  return sql`(SELECT c.id FROM tasks c
      LEFT JOIN tasks p1 ON p1.id = c.parent_id
      LEFT JOIN tasks p2 ON p2.id = p1.parent_id
      CROSS JOIN LATERAL (VALUES (c.parent_id), (p1.parent_id), (p2.parent_id)) up(id)
      JOIN tasks ON ${tasks.id} = up.id
      JOIN task_status_periods ap ON ap.task_id = up.id AND ap.valid_from < ${end}
        AND (ap.valid_to IS NULL OR ap.valid_to >= ${end}) AND ap.status <> 'cancelled'
    WHERE c.parent_id IS NOT NULL AND ${taskCountedFor(viewer)})`;
}

/** The columns a grouped `tasksAsOf` query keys on: status and the two comparisons of the class. */
export function classKeys(asOf: string) {
  return {
    status: sql.raw('a.status'),
    pastDue: sql`(a.due_on < ${asOf}::date)`,
    onTime: sql.raw('(a.completed_on <= a.due_on)'),
  };
}
