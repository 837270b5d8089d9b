/**
 * The task list page by page from row to row (keyset): the tasks page's previous / next and the
 * API's cursor. A page after or before a row's key reads from that key on, so the last page of a
 * million tasks costs what the first does; page numbers (offset) stay for old links.
 */
import 'server-only';
import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { DEADLINE_CLASSES, type DeadlineClass } from '@/lib/domain/tasks';
import type { ListParams } from '@/lib/validations/filters';
import { db } from '../index';
import { organizations, tasks } from '../schema';
import { deadlineClassSql } from './figures';
import {
  filterConditions,
  joined,
  orderBy,
  rowColumns,
  sortKey,
  TASK_PAGE_SIZE,
  type TaskRow,
  taskQuery,
  taskSource,
} from './task-list';
import type { Viewer } from './viewer';

/** Where a keyset page starts: after the row with this sort value and code (the order's tie-breaker). */
export type TaskKey = { value: string; code: string };

type SortKey = ReturnType<typeof sortKey>;

/** The rows after (`>`) or before (`<`) a key in the list's order; `orEqual` takes the key's own row too. */
function keyCondition(key: SortKey, at: TaskKey, side: 'after' | 'before', orEqual = false): SQL {
  const { column, descending, type } = key;
  const value = sql`${at.value}::${sql.raw(type)}`;
  const later = (side === 'after') !== descending;
  const strict = later ? '>' : '<';
  const code = side === 'after' ? (orEqual ? '>=' : '>') : orEqual ? '<=' : '<';
  return sql`(${column} ${sql.raw(strict)} ${value} OR (${column} = ${value} AND ${tasks.code} ${sql.raw(code)} ${at.code}))`;
}

/**
 * The same, with a first, redundant bound that an index can start from: without it the OR is only
 * a filter, and the page after 50,000 rows reads those 50,000 first (bench/api.ts --explain).
 */
function keysetConditions(key: SortKey, at: TaskKey, side: 'after' | 'before'): SQL[] {
  const later = (side === 'after') !== key.descending;
  const value = sql`${at.value}::${sql.raw(key.type)}`;
  return [sql`${key.column} ${sql.raw(later ? '>=' : '<=')} ${value}`, keyCondition(key, at, side)];
}

/**
 * `limit` rows of the list in its order, each with its own key: after (or before) a key, or
 * after `offset` rows.
 */
async function pageRows(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  page: { after?: TaskKey; before?: TaskKey; offset?: number; limit: number },
): Promise<(TaskRow & { sortValue: string })[]> {
  const { source, facts, conditions } = taskQuery(viewer, params, asOf);
  const key = sortKey(params.sort, facts);
  const at = page.before ?? page.after;
  if (at) conditions.push(...keysetConditions(key, at, page.before ? 'before' : 'after'));
  // Before a key: the same order read backwards from it, turned round below.
  const backwards = !!page.before;
  const order = backwards
    ? [key.descending ? asc(key.column) : desc(key.column), desc(tasks.code)]
    : orderBy(params.sort, facts);
  const rows = await joined(
    db
      .select({ ...rowColumns(facts, asOf), sortValue: sql<string>`(${key.column})::text` })
      .from(tasks)
      .$dynamic(),
    source,
  )
    .innerJoin(organizations, eq(organizations.id, facts.assigneeOrgId))
    .where(and(...conditions))
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset ?? 0);
  return backwards ? rows.reverse() : rows;
}

const keyOf = (row: { sortValue: string; code: string }): TaskKey => ({
  value: row.sortValue,
  code: row.code,
});
const withoutKey = ({ sortValue: _, ...row }: TaskRow & { sortValue: string }): TaskRow => row;

/**
 * A page of the same list (the same filters, visibility and order) by keyset instead of page
 * number, for the API: `limit` rows after `after`, each with the key the next page starts from.
 */
export async function listTasksAfter(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  page: { after?: TaskKey; limit: number },
): Promise<{ rows: TaskRow[]; next: TaskKey | null }> {
  const rows = await pageRows(viewer, params, asOf, { after: page.after, limit: page.limit + 1 });
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return { rows: shown.map(withoutKey), next: more && last ? keyOf(last) : null };
}

/**
 * The list's counts in one pass over its rows: per deadline class for the current filter (its
 * class aside; cancelled tasks have none), the list's total (its class included), and how many of
 * those come before a key in the list's order (`orEqual`: the key's own row too).
 */
async function listCounts(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  before?: { key: TaskKey; orEqual: boolean },
): Promise<{ counts: Record<DeadlineClass, number>; total: number; before: number }> {
  const source = taskSource(viewer, params, asOf);
  const cls = deadlineClassSql(source.facts, asOf);
  const key = sortKey(params.sort, source.facts);
  const earlier = before ? keyCondition(key, before.key, 'before', before.orEqual) : sql`FALSE`;
  let query = joined(
    db
      .select({ cls, n: count(), before: sql<number>`count(*) FILTER (WHERE ${earlier})`.mapWith(Number) })
      .from(tasks)
      .$dynamic(),
    source,
  );
  // Sorted by the lead unit's name, the key reads it: the one sort that needs the join.
  if (key.field === 'assignee')
    query = query.innerJoin(organizations, eq(organizations.id, source.facts.assigneeOrgId));
  const rows = await query.where(and(...filterConditions(viewer, params, source))).groupBy(sql`1`);
  const counts = Object.fromEntries(DEADLINE_CLASSES.map((c) => [c, 0])) as Record<DeadlineClass, number>;
  let total = 0;
  let earlierRows = 0;
  for (const row of rows) {
    if (row.cls) counts[row.cls] = row.n;
    // the class filter: only tasks of those classes (never a cancelled one, which has none)
    if (params.class?.length && !(row.cls && params.class.includes(row.cls))) continue;
    total += row.n;
    earlierRows += row.before;
  }
  return { counts, total, before: earlierRows };
}

/** Where a page of the tasks page starts: by page number (an old link), or after / before a row's key. */
export type TaskPageAt = { page?: number; after?: TaskKey; before?: TaskKey };

export type TaskPage = {
  rows: TaskRow[];
  counts: Record<DeadlineClass, number>;
  total: number;
  /** the page's number (from the rows before it), and how many pages of 50 the list has */
  page: number;
  pages: number;
  /** where the previous page starts: the first page, or the page before this page's first row */
  previous: { before: TaskKey } | 'first' | null;
  next: { after: TaskKey } | null;
};

/**
 * The tasks page: one page of the list, its class counts and its total. A page after or before
 * a row's key reads only from that key on (keyset), so the last page of a million tasks costs
 * what the first does; its number comes from the same pass that counts the classes. A page
 * number (links made before keysets) still pages by offset.
 */
export async function listTaskPage(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  at: TaskPageAt,
): Promise<TaskPage> {
  const cursor = at.before
    ? { key: at.before, orEqual: false }
    : at.after
      ? { key: at.after, orEqual: true }
      : undefined;
  const [fetched, counts] = await Promise.all([
    cursor
      ? pageRows(viewer, params, asOf, { after: at.after, before: at.before, limit: TASK_PAGE_SIZE + 1 })
      : pageRows(viewer, params, asOf, {
          offset: ((at.page ?? 1) - 1) * TASK_PAGE_SIZE,
          limit: TASK_PAGE_SIZE + 1,
        }),
    listCounts(viewer, params, asOf, cursor),
  ]);
  let rows = fetched;
  let earlier: number;
  if (!cursor) {
    // a page number past the end (an old link to a shorter list) shows the last page, as it did
    const pages = Math.max(1, Math.ceil(counts.total / TASK_PAGE_SIZE));
    const page = Math.min(at.page ?? 1, pages);
    if (page !== (at.page ?? 1))
      rows = await pageRows(viewer, params, asOf, {
        offset: (page - 1) * TASK_PAGE_SIZE,
        limit: TASK_PAGE_SIZE + 1,
      });
    earlier = (page - 1) * TASK_PAGE_SIZE;
  } else
    earlier = at.before ? Math.max(0, counts.before - Math.min(rows.length, TASK_PAGE_SIZE)) : counts.before;
  // One row more than a page tells whether there is more in the direction read.
  const more = rows.length > TASK_PAGE_SIZE;
  const shown = at.before ? rows.slice(-TASK_PAGE_SIZE) : rows.slice(0, TASK_PAGE_SIZE);
  const first = shown[0];
  const last = shown.at(-1);
  const hasEarlier = at.before ? more : earlier > 0;
  const hasLater = at.before ? counts.total > counts.before : more;
  return {
    rows: shown.map(withoutKey),
    counts: counts.counts,
    total: counts.total,
    page: Math.floor(earlier / TASK_PAGE_SIZE) + 1,
    pages: Math.max(1, Math.ceil(counts.total / TASK_PAGE_SIZE)),
    previous: !hasEarlier ? null : earlier <= TASK_PAGE_SIZE || !first ? 'first' : { before: keyOf(first) },
    next: hasLater && last ? { after: keyOf(last) } : null,
  };
}
