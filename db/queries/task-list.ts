import 'server-only';
import { and, asc, count, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { PgSelect } from 'drizzle-orm/pg-core';
import { today } from '@/lib/clock';
import {
  DEADLINE_CLASSES,
  type DeadlineClass,
  TASK_SORTS,
  TASK_STATUSES,
  type TaskSort,
  type TaskStatus,
} from '@/lib/domain/tasks';
import { likePattern } from '@/lib/domain/text';
import type { ListParams } from '@/lib/validations/filters';
import { db } from '../index';
import { organizations, tasks } from '../schema';
import { tasksAsOf } from './dashboard-scope';
import { documentCountSql } from './documents';
import { deadlineClassSql } from './figures';
import type { Viewer } from './viewer';
import {
  orgsWithin,
  recommendationVisibleTo,
  supportedWithin,
  taskCountedFor,
  taskListVisibleTo,
} from './visibility';

export const TASK_PAGE_SIZE = 50;
export { TASK_SORTS, type TaskSort };

export type TaskRow = {
  code: string;
  title: string;
  assigneeCode: string;
  assigneeNameVi: string;
  assigneeNameEn: string | null;
  dueOn: string;
  originalDueOn: string;
  status: TaskStatus;
  progress: number;
  completedOn: string | null;
  deadlineClass: DeadlineClass | null;
  /** evidence documents in force */
  documents: number;
};

/** The statuses of the shared `status` parameter that are task statuses. */
export function taskStatusesOf(params: ListParams): TaskStatus[] {
  return (params.status ?? []).filter((s): s is TaskStatus =>
    (TASK_STATUSES as readonly string[]).includes(s),
  );
}

/** The facts of a task that change over time, as a list reads them. */
export type TaskFacts = { status: SQL; dueOn: SQL; completedOn: SQL; assigneeOrgId: SQL };

/**
 * Where a list, its class counts and its export read a task's status, due day, completion day and
 * assignee. Today (or later) from the task itself. Before today, from the status periods that held
 * at the end of the as-of day: the very rows the dashboard and the reports count (`tasksAsOf`,
 * one definition), joined as `a`, with the viewer's visibility and the review and organization
 * filters already applied in them.
 */
export type TaskSource = { facts: TaskFacts; asOfRows?: SQL };

const CURRENT: TaskFacts = {
  status: sql`${tasks.status}`,
  dueOn: sql`${tasks.dueOn}`,
  completedOn: sql`${tasks.completedOn}`,
  assigneeOrgId: sql`${tasks.assigneeOrgId}`,
};
const HELD: TaskFacts = {
  status: sql.raw('a.status'),
  dueOn: sql.raw('a.due_on'),
  completedOn: sql.raw('a.completed_on'),
  assigneeOrgId: sql.raw('a.assignee_org_id'),
};

export function taskSource(viewer: Viewer, params: ListParams, asOf: string): TaskSource {
  // Lists show every level unless asked for the top of each cascade, as the figures count.
  const level = params.level ?? 'all';
  // The open periods are the tasks' current state: from today on, the tasks table says the same.
  if (asOf >= today() && level === 'all') return { facts: CURRENT };
  // `unitRole=lead` lists what the figures count; otherwise every task the viewer reads, and for
  // `support` the organization filter is about the supporting units (applied below), not the lead.
  const support = params.unitRole === 'support';
  return {
    facts: HELD,
    asOfRows: tasksAsOf(viewer, {
      asOf,
      review: params.review,
      org: support ? undefined : params.org,
      reads: params.unitRole !== 'lead',
      level,
    }),
  };
}

/** The subtree of the organization with this code. */
const pathOf = (code: string) => sql`(SELECT p.path || '%' FROM organizations p WHERE p.code = ${code})`;

/**
 * `unitRole`: `lead`, the tasks the figures count (by lead unit); `support`, the tasks with a
 * supporting unit inside the organization filter (`org`, else `province`, else the viewer's scope).
 */
function unitRoleConditions(viewer: Viewer, params: ListParams, source: TaskSource): SQL[] {
  if (params.unitRole === 'lead') return source.asOfRows ? [] : [taskCountedFor(viewer)];
  if (params.unitRole !== 'support') return [];
  const within = params.org ?? params.province;
  return [
    within
      ? sql`EXISTS (SELECT 1 FROM task_supporting_units su JOIN organizations so ON so.id = su.organization_id
          WHERE su.task_id = ${tasks.id} AND so.path LIKE ${pathOf(within)})`
      : supportedWithin(viewer.scope.path),
  ];
}

/** `FROM` for a task list: the tasks, joined to their as-of rows when the source has them. */
export function taskFrom(source: TaskSource): SQL {
  return source.asOfRows ? sql`${tasks} JOIN ${source.asOfRows} a ON a.task_id = ${tasks.id}` : sql`${tasks}`;
}

/**
 * Every filter of the URL but the deadline class (the class counts apply it themselves). `visible`
 * stands for the viewer's visibility (a count reads it in parts: task-counts.ts).
 */
export function filterConditions(
  viewer: Viewer,
  params: ListParams,
  source: TaskSource,
  visible: SQL = taskListVisibleTo(viewer),
): SQL[] {
  const { facts } = source;
  // The as-of rows come already narrowed to what the viewer sees, the review and the subtree.
  const where: SQL[] = source.asOfRows ? [] : [visible];
  where.push(...unitRoleConditions(viewer, params, source));
  const support = params.unitRole === 'support';
  if (params.q) where.push(sql`${tasks.searchText} LIKE ${likePattern(params.q)}`);
  if (!source.asOfRows) {
    if (params.review)
      where.push(sql`${tasks.reviewId} IN (SELECT id FROM reviews WHERE code = ${params.review})`);
    if (params.org && !support) {
      where.push(sql`${tasks.assigneeOrgId} IN (SELECT o.id FROM organizations o
      WHERE o.path LIKE ${pathOf(params.org)})`);
    }
  }
  if (params.province && !(support && !params.org)) {
    where.push(sql`${facts.assigneeOrgId} IN (SELECT o.id FROM organizations o
      WHERE o.province_id = (SELECT p.id FROM organizations p WHERE p.code = ${params.province}))`);
  }
  const statuses = taskStatusesOf(params);
  if (params.status?.length && statuses.length === 0) where.push(sql`FALSE`); // only recommendation statuses asked
  if (statuses.length)
    where.push(
      sql`${facts.status} IN (${sql.join(
        statuses.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  // The dashboard's "other bodies": assigned outside the viewer's scope, read through its recommendations.
  if (params.outside) where.push(sql`${facts.assigneeOrgId} NOT IN ${orgsWithin(viewer.scope.path)}`);
  // A unit's own segment of the organizations chart: its tasks, not those of the units inside it.
  if (params.own && !support) {
    const own = params.org ?? params.province ?? viewer.scope.code;
    where.push(sql`${facts.assigneeOrgId} = (SELECT o.id FROM organizations o WHERE o.code = ${own})`);
  }
  if (params.dueFrom) where.push(sql`${facts.dueOn} >= ${params.dueFrom}::date`);
  if (params.dueTo) where.push(sql`${facts.dueOn} <= ${params.dueTo}::date`);
  if (params.recommendation) {
    // Only a recommendation the viewer may read filters: a code reveals no hidden link.
    where.push(sql`EXISTS (SELECT 1 FROM task_recommendations tr
      JOIN recommendations ON recommendations.id = tr.recommendation_id
      WHERE tr.task_id = ${tasks.id} AND recommendations.code = ${params.recommendation}
        AND ${recommendationVisibleTo(viewer)})`);
  }
  return where;
}

export function classCondition(params: ListParams, asOf: string, source: TaskSource): SQL | undefined {
  if (!params.class?.length) return undefined;
  return sql`${deadlineClassSql(source.facts, asOf)} IN (${sql.join(
    params.class.map((c) => sql`${c}`),
    sql`, `,
  )})`;
}

/** Where a list's (and its export's) tasks come from, and every condition its URL sets, the class included. */
export function taskQuery(viewer: Viewer, params: ListParams, asOf: string) {
  const source = taskSource(viewer, params, asOf);
  const conditions = [
    ...filterConditions(viewer, params, source),
    classCondition(params, asOf, source),
  ].filter((c): c is SQL => !!c);
  return { source, facts: source.facts, conditions };
}

/** The column a list is sorted by, and the type its cursor value is read back as. */
export function sortKey(sort: string | undefined, facts: TaskFacts) {
  const descending = sort?.startsWith('-') ?? false;
  const requested = (sort?.replace(/^-/, '') ?? 'dueOn') as TaskSort;
  const field = TASK_SORTS.includes(requested) ? requested : 'dueOn';
  const column = {
    code: sql`${tasks.code}`,
    title: sql`${tasks.title}`,
    dueOn: facts.dueOn,
    status: sql`array_position(ARRAY['not_started','in_progress','awaiting_confirmation','completed','cancelled']::text[], ${facts.status}::text)`,
    assignee: sql`${organizations.nameVi}`,
  }[field];
  const type = { code: 'text', title: 'text', dueOn: 'date', status: 'int', assignee: 'text' }[field];
  return { field, column, descending, type };
}

export function orderBy(sort: string | undefined, facts: TaskFacts): SQL[] {
  const { column, descending } = sortKey(sort, facts);
  return [descending ? desc(column) : asc(column), asc(tasks.code)];
}

/** The columns of a TaskRow, read from the source's facts. */
export function rowColumns(facts: TaskFacts, asOf: string) {
  return {
    code: tasks.code,
    title: tasks.title,
    assigneeCode: organizations.code,
    assigneeNameVi: organizations.nameVi,
    assigneeNameEn: organizations.nameEn,
    dueOn: sql<string>`${facts.dueOn}`.mapWith(tasks.dueOn),
    originalDueOn: tasks.originalDueOn,
    status: sql<TaskStatus>`${facts.status}`.mapWith(tasks.status),
    progress: tasks.progress,
    completedOn: sql<string | null>`${facts.completedOn}`.mapWith(tasks.completedOn),
    deadlineClass: deadlineClassSql(facts, asOf),
    documents: documentCountSql('task', tasks.id),
  };
}

/** A query on the tasks, joined to their as-of rows when the source has them. */
export function joined<T extends PgSelect>(query: T, source: TaskSource): T {
  if (!source.asOfRows) return query;
  // A joined SQL source adds no field to an explicit selection: the query keeps its type.
  return query.innerJoin(sql`${source.asOfRows} a`, sql`a.task_id = ${tasks.id}`) as unknown as T;
}

/**
 * One page of the tasks the viewer may see, filtered and sorted as the URL says. Before today,
 * each task as it stood at the end of `asOf` (status, due and completion days, assignee), and only
 * the tasks that existed then: the rows the dashboard counted for that day.
 */
export async function listTasks(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
): Promise<{ rows: TaskRow[]; total: number; page: number; pages: number }> {
  const { source, facts, conditions } = taskQuery(viewer, params, asOf);
  const where = and(...conditions);
  const total = await countTasks(viewer, params, asOf);
  const pages = Math.max(1, Math.ceil(total / TASK_PAGE_SIZE));
  const page = Math.min(params.page ?? 1, pages);
  const rows = await joined(db.select(rowColumns(facts, asOf)).from(tasks).$dynamic(), source)
    .innerJoin(organizations, eq(organizations.id, facts.assigneeOrgId))
    .where(where)
    .orderBy(...orderBy(params.sort, facts))
    .limit(TASK_PAGE_SIZE)
    .offset((page - 1) * TASK_PAGE_SIZE);
  return { rows, total, page, pages };
}

/** How many tasks `listTasks` lists for these parameters, without reading a page of them. */
export async function countTasks(viewer: Viewer, params: ListParams, asOf: string): Promise<number> {
  const { source, conditions } = taskQuery(viewer, params, asOf);
  const [{ total }] = await joined(db.select({ total: count() }).from(tasks).$dynamic(), source).where(
    and(...conditions),
  );
  return total;
}

/** For the current filter (its class aside), how many counted tasks fall in each deadline class. */
export async function taskClassCountsFor(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
): Promise<Record<DeadlineClass, number>> {
  const source = taskSource(viewer, params, asOf);
  const cls = deadlineClassSql(source.facts, asOf);
  const rows = await joined(db.select({ cls, n: count() }).from(tasks).$dynamic(), source)
    .where(and(...filterConditions(viewer, params, source), ne(source.facts.status, 'cancelled')))
    .groupBy(sql`1`);
  const counts = Object.fromEntries(DEADLINE_CLASSES.map((c) => [c, 0])) as Record<DeadlineClass, number>;
  for (const row of rows) if (row.cls) counts[row.cls] = row.n;
  return counts;
}
