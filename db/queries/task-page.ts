/**
 * The task list page by page from row to row (keyset): the tasks page's previous / next and the
 * API's cursor. A page after or before a row's key reads from that key on, so the last page of a
 * million tasks costs what the first does; page numbers (offset) stay for old links.
 */
import 'server-only';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DeadlineClass } from '@/lib/domain/tasks';
import type { ListParams } from '@/lib/validations/filters';
import { db } from '../index';
import { organizations, tasks } from '../schema';
import { type ListCounts, listCounts, TASK_COUNT_CAP } from './task-counts';
import { keyCondition, type SortKey, type TaskKey } from './task-keys';
import { joined, orderBy, rowColumns, sortKey, TASK_PAGE_SIZE, type TaskRow, taskQuery } from './task-list';
import type { Viewer } from './viewer';

export { TASK_COUNT_CAP, type TaskKey };

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

/** Whether the list has a row on this side of a key (`orEqual`: the key's own row counts). */
async function hasRowBeyond(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  at: TaskKey,
  side: 'after' | 'before',
  orEqual: boolean,
): Promise<boolean> {
  const { source, facts, conditions } = taskQuery(viewer, params, asOf);
  const key = sortKey(params.sort, facts);
  let query = joined(db.select({ one: sql<number>`1` }).from(tasks).$dynamic(), source);
  if (key.field === 'assignee')
    query = query.innerJoin(organizations, eq(organizations.id, facts.assigneeOrgId));
  const rows = await query.where(and(...conditions, keyCondition(key, at, side, orEqual))).limit(1);
  return rows.length > 0;
}

/** Where a page of the tasks page starts: by page number (an old link), or after / before a row's key. */
export type TaskPageAt = { page?: number; after?: TaskKey; before?: TaskKey };

export type TaskPage = {
  rows: TaskRow[];
  /** per deadline class; null for a list of more than the cap's tasks */
  counts: Record<DeadlineClass, number> | null;
  /** null: more than `cap` tasks */
  total: number | null;
  cap: number;
  /** a search too long to count: the planner's estimate of its tasks (null when counted) */
  estimate: number | null;
  /**
   * the page's number (from the rows before it), and how many pages of 50 the list has; past the
   * cap the number only when the page was read by number, and no count of pages
   */
  page: number | null;
  pages: number | null;
  /** where the previous page starts: the first page, or the page before this page's first row */
  previous: { before: TaskKey } | 'first' | null;
  next: { after: TaskKey } | null;
};

/**
 * The tasks page: one page of the list, its class counts and its total. A page after or before
 * a row's key reads only from that key on (keyset), so the last page of a million tasks costs
 * what the first does; its number comes from the same pass that counts the classes. A page
 * number (links made before keysets) still pages by offset. A list of more than `cap` tasks is
 * not counted (TASK_COUNT_CAP): its pages link on by their keys alone.
 */
export async function listTaskPage(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  at: TaskPageAt,
  cap = TASK_COUNT_CAP,
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
    listCounts(viewer, params, asOf, cursor, cap),
  ]);
  if (counts.total === null || counts.before === null)
    return uncountedPage(viewer, params, asOf, at, fetched, counts, cap);
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
    cap,
    estimate: null,
    page: Math.floor(earlier / TASK_PAGE_SIZE) + 1,
    pages: Math.max(1, Math.ceil(counts.total / TASK_PAGE_SIZE)),
    previous: !hasEarlier ? null : earlier <= TASK_PAGE_SIZE || !first ? 'first' : { before: keyOf(first) },
    next: hasLater && last ? { after: keyOf(last) } : null,
  };
}

/**
 * A page of a list too long to count: the rows say whether there is more in the direction read,
 * one row looked up on the other side says whether there is more there. Read by number (or the
 * first page), the page knows its number; a page before a key that reaches the start is the
 * first page.
 */
async function uncountedPage(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  at: TaskPageAt,
  rows: (TaskRow & { sortValue: string })[],
  counts: Pick<ListCounts, 'counts' | 'estimate'>,
  cap: number,
): Promise<TaskPage> {
  const more = rows.length > TASK_PAGE_SIZE;
  if (at.before && !more) return uncountedPage(viewer, params, asOf, {}, await firstPage(), counts, cap);
  const shown = at.before ? rows.slice(-TASK_PAGE_SIZE) : rows.slice(0, TASK_PAGE_SIZE);
  const first = shown[0];
  const last = shown.at(-1);
  const base = {
    rows: shown.map(withoutKey),
    counts: counts.counts,
    estimate: counts.estimate,
    total: null,
    cap,
    pages: null,
  };
  if (at.before) {
    const later = await hasRowBeyond(viewer, params, asOf, at.before, 'after', true);
    return {
      ...base,
      page: null,
      previous: first ? { before: keyOf(first) } : 'first',
      next: later && last ? { after: keyOf(last) } : null,
    };
  }
  const next = more && last ? { after: keyOf(last) } : null;
  if (at.after) {
    const earlier = await hasRowBeyond(viewer, params, asOf, at.after, 'before', true);
    return {
      ...base,
      page: null,
      previous: earlier ? (first ? { before: keyOf(first) } : 'first') : null,
      next,
    };
  }
  const page = at.page ?? 1;
  return {
    ...base,
    page,
    previous: page === 1 ? null : page === 2 || !first ? 'first' : { before: keyOf(first) },
    next,
  };

  function firstPage() {
    return pageRows(viewer, params, asOf, { offset: 0, limit: TASK_PAGE_SIZE + 1 });
  }
}
