/**
 * The tasks page's counts: per deadline class, the list's total and how many rows come before a
 * page's key, each under a cap (TASK_COUNT_CAP) past which a list is not counted.
 */
import 'server-only';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { DEADLINE_CLASSES, type DeadlineClass } from '@/lib/domain/tasks';
import type { ListParams } from '@/lib/validations/filters';
import { db, selectRows } from '../index';
import { organizations, tasks } from '../schema';
import { deadlineClassSql } from './figures';
import { keyCondition, type TaskKey } from './task-keys';
import { classCondition, filterConditions, joined, sortKey, type TaskSource, taskSource } from './task-list';
import type { Viewer } from './viewer';
import { taskListVisibleParts } from './visibility';

/**
 * Past this many tasks a list is not counted: its total reads "more than 50,000", its class counts
 * and page numbers are left out (the page says so), and each page reads at most this many rows for
 * its counts. Below it every count is exact. At 1,000,000 tasks an exact count of a national list
 * or of a search matching a sixth of them reads most of the table on every page (bench/RESULTS.md,
 * "Task pages CPU").
 */
export const TASK_COUNT_CAP = 50_000;

/**
 * A search the planner expects to match more than this many times the cap is not counted at all:
 * its matches come from the trigram index as one bitmap of every match (165,824 for "hai phong" at
 * 1,000,000 tasks, ~130 ms) before the cap's LIMIT can stop anything. The margin keeps a search
 * the estimate overrates (a sample of the column, migration 0027) counted.
 */
export const SEARCH_ESTIMATE_MARGIN = 2;

/** The counts of a list; null where the list has more than the cap's tasks. */
export type ListCounts = {
  counts: Record<DeadlineClass, number> | null;
  total: number | null;
  before: number | null;
  /** a search not counted: the planner's estimate of its tasks */
  estimate: number | null;
};

type ClassRow = { cls: DeadlineClass | null; n: number; before: number };

const UNCOUNTED = { counts: null, total: null, before: null, estimate: null };

/** The planner's estimate of how many rows a query returns (EXPLAIN, nothing read). */
async function estimatedRows(query: SQL): Promise<number> {
  const [row] = await selectRows<{ 'QUERY PLAN': unknown }>(db, sql`EXPLAIN (FORMAT JSON) ${query}`);
  const plan = row['QUERY PLAN'];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as { Plan: { 'Plan Rows': number } }[];
  return parsed[0].Plan['Plan Rows'];
}

/**
 * The list's counts in one pass over at most `cap` + 1 of its rows: per deadline class for the
 * current filter (its class aside; cancelled tasks have none), the list's total (its class
 * included), and how many of those come before a key in the list's order (`orEqual`: the key's own
 * row too). Past the cap they are unknown (null); with a class filter the filtered list is then
 * counted on its own, under the same cap. A search the planner expects far past the cap is not
 * counted (its estimate is returned instead).
 */
export async function listCounts(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  before: { key: TaskKey; orEqual: boolean } | undefined,
  cap: number,
): Promise<ListCounts> {
  const source = taskSource(viewer, params, asOf);
  const key = sortKey(params.sort, source.facts);
  const earlier = before ? keyCondition(key, before.key, 'before', before.orEqual) : sql`FALSE`;
  const parts = source.asOfRows ? null : taskListVisibleParts(viewer);
  const filters = (part?: SQL) => filterConditions(viewer, params, source, part);
  const rowsWith = (conditions: SQL[]) => listRows(source, asOf, key.field, earlier, conditions);
  const capped = (conditions: SQL[]) =>
    selectRows<ClassRow>(
      db,
      sql`SELECT cls, count(*)::int AS n, (count(*) FILTER (WHERE earlier))::int AS before
        FROM (${rowsWith(conditions)} LIMIT ${cap + 1}) x GROUP BY cls`,
    );
  /** The rows per class of the list with these extra conditions, each part under the cap. */
  const classRows = async (extra: SQL[]): Promise<ClassRow[] | 'over'> => {
    const counted = parts
      ? await Promise.all(parts.map((part) => capped([...filters(part), ...extra])))
      : [await capped([...filters(), ...extra])];
    const rows = counted.flat();
    return rows.reduce((n, row) => n + row.n, 0) > cap ? 'over' : rows;
  };
  const classed = classCondition(params, asOf, source);
  /** With a class filter, its own list may still be under the cap. */
  const classedOnly = async (): Promise<ListCounts> => {
    const rows = classed ? await classRows([classed]) : 'over';
    if (rows === 'over') return UNCOUNTED;
    const total = rows.reduce((n, row) => n + row.n, 0);
    return { ...UNCOUNTED, total, before: rows.reduce((n, row) => n + row.before, 0) };
  };

  if (params.q) {
    const estimate = await estimatedRows(rowsWith(filters()));
    if (estimate > SEARCH_ESTIMATE_MARGIN * cap) {
      const narrowed = classed ? await estimatedRows(rowsWith([...filters(), classed])) : estimate;
      if (narrowed > SEARCH_ESTIMATE_MARGIN * cap) return { ...UNCOUNTED, estimate: narrowed };
      return classedOnly();
    }
  }
  const rows = await classRows([]);
  if (rows === 'over') return classedOnly();
  const counts = Object.fromEntries(DEADLINE_CLASSES.map((c) => [c, 0])) as Record<DeadlineClass, number>;
  let total = 0;
  let earlierRows = 0;
  for (const row of rows) {
    if (row.cls) counts[row.cls] += row.n;
    // the class filter: only tasks of those classes (never a cancelled one, which has none)
    if (params.class?.length && !(row.cls && params.class.includes(row.cls))) continue;
    total += row.n;
    earlierRows += row.before;
  }
  return { counts, total, before: earlierRows, estimate: null };
}

/** Each row of the list under these conditions as its deadline class and whether it comes before the key. */
function listRows(source: TaskSource, asOf: string, sortField: string, earlier: SQL, conditions: SQL[]): SQL {
  let inner = joined(
    db
      .select({
        cls: sql<DeadlineClass | null>`${deadlineClassSql(source.facts, asOf)}`.as('cls'),
        earlier: sql<boolean>`${earlier}`.as('earlier'),
      })
      .from(tasks)
      .$dynamic(),
    source,
  );
  // Sorted by the lead unit's name, the key reads it: the one sort that needs the join.
  if (sortField === 'assignee')
    inner = inner.innerJoin(organizations, eq(organizations.id, source.facts.assigneeOrgId));
  return inner.where(and(...conditions)).getSQL();
}
