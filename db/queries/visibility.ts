import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { isNationalScope } from '@/lib/domain/permissions';
import { ADDRESSEE_STATUSES } from '@/lib/domain/recommendations';
import { recommendations, tasks } from '../schema';
import type { Viewer } from './viewer';

/**
 * Visibility, applied in SQL (DESIGN.md, "Visibility"). Everything a viewer reads goes
 * through these fragments; out of reach is "not found", never "forbidden".
 */

/** The ids of the organizations in a subtree. */
export function orgsWithin(path: string): SQL {
  return sql`(SELECT o.id FROM organizations o WHERE o.path LIKE ${`${path}%`})`;
}

/** The organizations of a subtree as `ANY(ARRAY(…))`, for `column = ${anyWithin(path)}`. */
function anyWithin(path: string): SQL {
  return sql`ANY(ARRAY${orgsWithin(path)})`;
}

/**
 * `column` is an organization of the subtree at `path`; TRUE at the root, which holds every one (an
 * array of all of them would be compared row by row). The subtree's organizations as an array read
 * once: an index condition on the column's index, where `IN (subquery)` let the planner walk every
 * task due by the day for "my work" instead (a province coordinator at 1,000,000 tasks: 413,000
 * tasks read, 7.8 s).
 */
export function inSubtree(column: SQL, path: string): SQL {
  return isNationalScope(path) ? sql`TRUE` : sql`${column} = ${anyWithin(path)}`;
}

/**
 * A column holds one of the organizations of a scope. Over many rows `IN (subquery)`, a semi-join
 * the planner may hash; in the lookup of one record `= ANY(ARRAY(…))`, an init plan read once: a
 * lookup's conditions name the scope up to nine times, and planning each `IN` as a join cost a
 * commune official's "my work" 17 ms of PostgreSQL's planning against 2 of running at 1,000,000
 * tasks (the unread badge alone 8 ms to plan, 1 ms to run; bench/RESULTS.md, "The twelfth session").
 */
type InScope = (column: SQL) => SQL;
const joinedWithin =
  (path: string): InScope =>
  (column) =>
    sql`${column} IN ${orgsWithin(path)}`;
const lookedUpWithin =
  (path: string): InScope =>
  (column) =>
    sql`${column} = ${anyWithin(path)}`;

/** A national scope holds every organization: nothing to filter. */
export function holdsEverything(viewer: Viewer): boolean {
  return isNationalScope(viewer.scope.path);
}

/**
 * A task the viewer's figures count: its lead unit (assignee) is in scope, or it is linked to a
 * recommendation whose source is. Dashboards, reports and `unitRole=lead` lists read this.
 */
export function taskCountedFor(viewer: Viewer): SQL {
  if (holdsEverything(viewer)) return sql`TRUE`;
  return countedBy(joinedWithin(viewer.scope.path));
}

function countedBy(inScope: InScope): SQL {
  return sql`(${inScope(sql`${tasks.assigneeOrgId}`)} OR EXISTS (
    SELECT 1 FROM task_recommendations tr JOIN recommendations r ON r.id = tr.recommendation_id
    WHERE tr.task_id = ${tasks.id} AND ${inScope(sql`r.source_org_id`)}))`;
}

/**
 * The ids of the tasks `taskCountedFor` admits (with `reads`, `taskVisibleTo`), as one array built
 * from the viewer's own units (tasks_assignee_idx), their recommendations' links and, for `reads`,
 * the tasks they support — the same tasks as the row-by-row conditions. For a figure that reads a
 * province's few thousand tasks, testing every task of the country against those conditions, or
 * hash-joining the set (the planner then scans every task and every held period), cost a scan of
 * them all per statement; `= ANY` of an array is looked up in the indexes (bench/RESULTS.md,
 * "Soak (issue 18)": 190–280 → 18–35 ms for a province's as-of rows at 100,000 tasks).
 */
export function taskIdArrayFor(viewer: Viewer, reads: boolean): SQL {
  const scope = anyWithin(viewer.scope.path);
  return sql`ARRAY(SELECT t.id FROM tasks t WHERE t.assignee_org_id = ${scope} UNION ${linkedTaskIds(scope, reads)})`;
}

/**
 * The ids of the tasks reached other than by their lead unit, for `scope` (`ANY(ARRAY(…))` of the
 * organizations): linked to a recommendation whose source is in scope and, for `reads`, supported
 * by a unit of the scope. A union of statements that each read an index.
 */
function linkedTaskIds(scope: SQL, reads: boolean): SQL {
  const supported = reads
    ? sql` UNION SELECT su.task_id FROM task_supporting_units su WHERE su.organization_id = ${scope}`
    : sql``;
  return sql`SELECT tr.task_id FROM task_recommendations tr JOIN recommendations r ON r.id = tr.recommendation_id
      WHERE r.source_org_id = ${scope}${supported}`;
}

/** A task supported by a unit of the subtree at `path` (đơn vị phối hợp). */
export function supportedWithin(path: string): SQL {
  return supportedBy(joinedWithin(path));
}

function supportedBy(inScope: InScope): SQL {
  return sql`EXISTS (SELECT 1 FROM task_supporting_units su
    WHERE su.task_id = ${tasks.id} AND ${inScope(sql`su.organization_id`)})`;
}

/**
 * A task the viewer reads: one its figures count, or one a unit of its scope supports.
 * Supporting units widen who reads a task, not whose figures count it.
 */
export function taskVisibleTo(viewer: Viewer): SQL {
  if (holdsEverything(viewer)) return sql`TRUE`;
  const inScope = lookedUpWithin(viewer.scope.path);
  return sql`(${countedBy(inScope)} OR ${supportedBy(inScope)})`;
}

/**
 * The tasks `taskVisibleTo` admits, written for a list of many: the lead unit in scope, or one of
 * the ids `linkedTaskIds` reads once — each through an index, ORed as bitmaps by the planner — where the subqueries
 * of `taskVisibleTo` test every task of the table (a sequential scan of 1,000,000 tasks for a
 * province coordinator's list). The same rows (visibility.int.test.ts holds them equal); a
 * lookup of one task keeps `taskVisibleTo`.
 */
export function taskListVisibleTo(viewer: Viewer): SQL {
  if (holdsEverything(viewer)) return sql`TRUE`;
  const scope = anyWithin(viewer.scope.path);
  return sql`(${tasks.assigneeOrgId} = ${scope} OR ${tasks.id} = ANY(ARRAY(${linkedTaskIds(scope, true)})))`;
}

/**
 * `taskListVisibleTo` as two parts that share no task, for a count: the lead unit in scope (the
 * lead unit's index alone answers a count of it: tasks_assignee_counts_idx holds every column the
 * deadline class reads), and the tasks reached otherwise whose lead unit is outside (a few, read
 * by id). ORed in one condition the planner reads every task of both from the table (a province
 * coordinator's 27,888). Null for a national scope: every task.
 */
export function taskListVisibleParts(viewer: Viewer): [SQL, SQL] | null {
  if (holdsEverything(viewer)) return null;
  const scope = anyWithin(viewer.scope.path);
  return [
    sql`${tasks.assigneeOrgId} = ${scope}`,
    sql`(${tasks.id} = ANY(ARRAY(${linkedTaskIds(scope, true)})) AND NOT ${tasks.assigneeOrgId} = ${scope})`,
  ];
}

/** Reachable without the duplicate rule: source side (drafts too), or submitted and addressed or linked in scope. */
function reachable(id: SQL, sourceOrgId: SQL, submittedOn: SQL, inScope: InScope): SQL {
  return sql`(${inScope(sourceOrgId)} OR (${submittedOn} IS NOT NULL AND (
    EXISTS (SELECT 1 FROM recommendation_addressees a WHERE a.recommendation_id = ${id} AND ${inScope(sql`a.organization_id`)})
    OR EXISTS (SELECT 1 FROM task_recommendations tr JOIN tasks t ON t.id = tr.task_id
               WHERE tr.recommendation_id = ${id} AND ${inScope(sql`t.assignee_org_id`)}))))`;
}

/** A recommendation, or a primary whose duplicate the viewer can read. */
export function recommendationVisibleTo(viewer: Viewer): SQL {
  // every source is in a national scope, drafts included
  if (holdsEverything(viewer)) return sql`TRUE`;
  const scope = lookedUpWithin(viewer.scope.path);
  const own = reachable(
    sql`${recommendations.id}`,
    sql`${recommendations.sourceOrgId}`,
    sql`${recommendations.submittedOn}`,
    scope,
  );
  const viaDuplicate = reachable(sql`d.id`, sql`d.source_org_id`, sql`d.submitted_on`, scope);
  return sql`(${own} OR EXISTS (SELECT 1 FROM recommendations d WHERE d.duplicate_of_id = ${recommendations.id} AND ${viaDuplicate}))`;
}

/**
 * The recommendations `recommendationVisibleTo` admits, written for a figure, a list or a count: an
 * array of ids read once through the indexes (the scope's sources, its addressees, its tasks'
 * links, then the primaries of those that are duplicates), where the row-by-row conditions test
 * every recommendation of the country against three subqueries and their duplicates'. The same
 * rows (visibility.int.test.ts holds them equal); a lookup of one recommendation keeps
 * `recommendationVisibleTo`.
 */
export function recommendationListVisibleTo(viewer: Viewer): SQL {
  if (holdsEverything(viewer)) return sql`TRUE`;
  const scope = anyWithin(viewer.scope.path);
  const reached = sql`SELECT r.id FROM recommendations r WHERE r.source_org_id = ${scope}
    UNION SELECT a.recommendation_id FROM recommendation_addressees a
      JOIN recommendations r ON r.id = a.recommendation_id
      WHERE a.organization_id = ${scope} AND r.submitted_on IS NOT NULL
    UNION SELECT tr.recommendation_id FROM tasks t JOIN task_recommendations tr ON tr.task_id = t.id
      JOIN recommendations r ON r.id = tr.recommendation_id
      WHERE t.assignee_org_id = ${scope} AND r.submitted_on IS NOT NULL`;
  return sql`${recommendations.id} = ANY(ARRAY(WITH reached AS (${reached})
    SELECT id FROM reached
    UNION SELECT d.duplicate_of_id FROM recommendations d
      WHERE d.id IN (SELECT id FROM reached) AND d.duplicate_of_id IS NOT NULL))`;
}

/** The addressee statuses from least to most advanced, as a SQL array (`array_position` orders by it). */
export const ADDRESSEE_STATUS_ORDER = sql.raw(
  `ARRAY[${ADDRESSEE_STATUSES.map((s) => `'${s}'`).join(', ')}]::text[]`,
);

/** The overall status: draft before submission, else the least advanced addressee's status. */
export function overallStatusSql(): SQL<string> {
  return sql<string>`CASE WHEN ${recommendations.submittedOn} IS NULL THEN 'draft' ELSE coalesce((
    SELECT a.status::text FROM recommendation_addressees a WHERE a.recommendation_id = ${recommendations.id}
    ORDER BY array_position(${ADDRESSEE_STATUS_ORDER}, a.status::text) LIMIT 1), 'submitted') END`;
}
