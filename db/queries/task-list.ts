import 'server-only';
import { and, asc, count, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import { DEADLINE_CLASSES, type DeadlineClass, TASK_STATUSES, type TaskStatus } from '@/lib/domain/tasks';
import { likePattern } from '@/lib/domain/text';
import type { ListParams } from '@/lib/validations/filters';
import { db } from '../index';
import { organizations, tasks } from '../schema';
import { deadlineClassSql } from './figures';
import type { Viewer } from './viewer';
import { recommendationVisibleTo, taskVisibleTo } from './visibility';

export const TASK_PAGE_SIZE = 50;
export const TASK_SORTS = ['code', 'title', 'dueOn', 'status', 'assignee'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

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
};

/** The statuses of the shared `status` parameter that are task statuses. */
export function taskStatusesOf(params: ListParams): TaskStatus[] {
  return (params.status ?? []).filter((s): s is TaskStatus =>
    (TASK_STATUSES as readonly string[]).includes(s),
  );
}

/** Every filter of the URL but the deadline class (the class counts apply it themselves). */
export function filterConditions(viewer: Viewer, params: ListParams): SQL[] {
  const where: SQL[] = [taskVisibleTo(viewer)];
  if (params.q) where.push(sql`${tasks.searchText} LIKE ${likePattern(params.q)}`);
  if (params.review)
    where.push(sql`${tasks.reviewId} IN (SELECT id FROM reviews WHERE code = ${params.review})`);
  if (params.org) {
    where.push(sql`${tasks.assigneeOrgId} IN (SELECT o.id FROM organizations o
      WHERE o.path LIKE (SELECT p.path || '%' FROM organizations p WHERE p.code = ${params.org}))`);
  }
  if (params.province) {
    where.push(sql`${tasks.assigneeOrgId} IN (SELECT o.id FROM organizations o
      WHERE o.province_id = (SELECT p.id FROM organizations p WHERE p.code = ${params.province}))`);
  }
  const statuses = taskStatusesOf(params);
  if (params.status?.length && statuses.length === 0) where.push(sql`FALSE`); // only recommendation statuses asked
  if (statuses.length)
    where.push(
      sql`${tasks.status} IN (${sql.join(
        statuses.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  if (params.dueFrom) where.push(sql`${tasks.dueOn} >= ${params.dueFrom}::date`);
  if (params.dueTo) where.push(sql`${tasks.dueOn} <= ${params.dueTo}::date`);
  if (params.recommendation) {
    // Only a recommendation the viewer may read filters: a code reveals no hidden link.
    where.push(sql`EXISTS (SELECT 1 FROM task_recommendations tr
      JOIN recommendations ON recommendations.id = tr.recommendation_id
      WHERE tr.task_id = ${tasks.id} AND recommendations.code = ${params.recommendation}
        AND ${recommendationVisibleTo(viewer)})`);
  }
  return where;
}

export function classCondition(params: ListParams, asOf: string): SQL | undefined {
  if (!params.class?.length) return undefined;
  return sql`${deadlineClassSql(tasks, asOf)} IN (${sql.join(
    params.class.map((c) => sql`${c}`),
    sql`, `,
  )})`;
}

function orderBy(sort: string | undefined): SQL[] {
  const descending = sort?.startsWith('-') ?? false;
  const field = (sort?.replace(/^-/, '') ?? 'dueOn') as TaskSort;
  const column = {
    code: sql`${tasks.code}`,
    title: sql`${tasks.title}`,
    dueOn: sql`${tasks.dueOn}`,
    status: sql`array_position(ARRAY['not_started','in_progress','awaiting_confirmation','completed','cancelled']::text[], ${tasks.status}::text)`,
    assignee: sql`${organizations.nameVi}`,
  }[TASK_SORTS.includes(field) ? field : 'dueOn'];
  return [descending ? desc(column) : asc(column), asc(tasks.code)];
}

/** One page of the tasks the viewer may see, filtered and sorted as the URL says. */
export async function listTasks(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
): Promise<{ rows: TaskRow[]; total: number; page: number; pages: number }> {
  const conditions = [...filterConditions(viewer, params), classCondition(params, asOf)].filter(
    (c): c is SQL => !!c,
  );
  const where = and(...conditions);
  const [{ total }] = await db.select({ total: count() }).from(tasks).where(where);
  const pages = Math.max(1, Math.ceil(total / TASK_PAGE_SIZE));
  const page = Math.min(params.page ?? 1, pages);
  const rows = await db
    .select({
      code: tasks.code,
      title: tasks.title,
      assigneeCode: organizations.code,
      assigneeNameVi: organizations.nameVi,
      assigneeNameEn: organizations.nameEn,
      dueOn: tasks.dueOn,
      originalDueOn: tasks.originalDueOn,
      status: tasks.status,
      progress: tasks.progress,
      completedOn: tasks.completedOn,
      deadlineClass: deadlineClassSql(tasks, asOf),
    })
    .from(tasks)
    .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
    .where(where)
    .orderBy(...orderBy(params.sort))
    .limit(TASK_PAGE_SIZE)
    .offset((page - 1) * TASK_PAGE_SIZE);
  return { rows, total, page, pages };
}

/** For the current filter (its class aside), how many counted tasks fall in each deadline class. */
export async function taskClassCountsFor(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
): Promise<Record<DeadlineClass, number>> {
  const cls = deadlineClassSql(tasks, asOf);
  const rows = await db
    .select({ cls, n: count() })
    .from(tasks)
    .where(and(...filterConditions(viewer, params), ne(tasks.status, 'cancelled')))
    .groupBy(sql`1`);
  const counts = Object.fromEntries(DEADLINE_CLASSES.map((c) => [c, 0])) as Record<DeadlineClass, number>;
  for (const row of rows) if (row.cls) counts[row.cls] = row.n;
  return counts;
}
