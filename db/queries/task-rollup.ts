import 'server-only';
import { sql } from 'drizzle-orm';
import { endOfDay } from '@/lib/clock';
import { db, selectRows } from '../index';
import { countedBelow, type FigureFilters, unfiltered } from './dashboard-scope';
import type { Viewer } from './viewer';

/**
 * The national task figures from task_rollup (migration 0020): per day and province, the changes the
 * status periods make to each count, kept by the writes. A figure as of day T is the sum of the rows
 * up to T — one row per province and day with a change (≤ 35 × the days of the tracker's life),
 * whatever the number of tasks — instead of every period that held at the end of T.
 *
 * It serves the figures that count every task (a national viewer, no review or organization filter):
 * the by-province breakdown (and so the national headline) and the progress chart, for any as-of day.
 * At the top level the few cascade children whose ancestor is counted (`countedBelow`) are taken away
 * from their own periods. The equivalence test holds these figures equal to the plain recomputation.
 */
export function rollupServes(viewer: Viewer, filters: FigureFilters): boolean {
  return unfiltered(viewer, filters) && !filters.reads;
}

/** A province's counts (0: the central bodies) as of the day, with its name. */
export type RollupGroup = {
  group_id: number;
  total: number;
  awaiting: number;
  on_time: number;
  late: number;
  overdue: number;
  code: string | null;
  name_vi: string | null;
  name_en: string | null;
};

/** The counted tasks by province as of `filters.asOf`; only provinces that count a task. */
export async function rollupByProvince(viewer: Viewer, filters: FigureFilters): Promise<RollupGroup[]> {
  const asOf = filters.asOf;
  const end = endOfDay(asOf).toISOString();
  // The children left out at the top level, as they stood at the end of the day, taken away.
  const below =
    filters.level === 'all'
      ? sql``
      : sql`UNION ALL SELECT coalesce(o.province_id, 0), -count(*),
          -count(*) FILTER (WHERE p.status = 'awaiting_confirmation'),
          -count(*) FILTER (WHERE p.status = 'completed' AND coalesce(p.completed_on <= p.due_on, false)),
          -count(*) FILTER (WHERE p.status = 'completed' AND NOT coalesce(p.completed_on <= p.due_on, false)),
          -count(*) FILTER (WHERE p.status <> 'completed' AND p.due_on < ${asOf}::date)
        FROM task_status_periods p JOIN organizations o ON o.id = p.assignee_org_id
        WHERE p.task_id IN (SELECT b.id FROM ${countedBelow(viewer, asOf)} b)
          AND p.valid_from < ${end} AND (p.valid_to IS NULL OR p.valid_to >= ${end})
          AND p.status <> 'cancelled'
        GROUP BY 1`;
  return selectRows<RollupGroup>(
    db,
    sql`SELECT x.group_id, sum(x.total)::int AS total, sum(x.awaiting)::int AS awaiting,
        sum(x.on_time)::int AS on_time, sum(x.late)::int AS late, sum(x.overdue)::int AS overdue,
        n.code, coalesce(n.short_name_vi, n.name_vi) AS name_vi, n.name_en
      FROM (SELECT r.province_id AS group_id, sum(r.total) AS total, sum(r.awaiting) AS awaiting,
          sum(r.on_time) AS on_time, sum(r.late) AS late, sum(r.overdue) AS overdue
        FROM task_rollup r WHERE r.day <= ${asOf}::date GROUP BY 1 ${below}) x
      LEFT JOIN organizations n ON n.id = x.group_id
      GROUP BY x.group_id, n.code, n.short_name_vi, n.name_vi, n.name_en
      HAVING sum(x.total) <> 0`,
  );
}

/**
 * Tasks due and completed, cumulative, at the end of each of `days` (sorted, distinct), every task
 * counted — the top level's children are left to the caller. A change on day d counts from the first
 * point on or after d: `width_bucket(d - 1, days)` is that point's index.
 */
export async function rollupProgress(days: string[]): Promise<{ due: number; completed: number }[]> {
  const dayArray = sql`${`{${days.join(',')}}`}::date[]`;
  const rows = await selectRows<{ point: number; due: number; completed: number }>(
    db,
    sql`SELECT width_bucket(r.day - 1, ${dayArray}) AS point, sum(r.due)::int AS due,
        sum(r.on_time + r.late)::int AS completed
      FROM task_rollup r WHERE r.day <= ${days[days.length - 1]}::date GROUP BY 1`,
  );
  const changes = days.map(() => ({ due: 0, completed: 0 }));
  for (const row of rows) {
    changes[row.point].due += row.due;
    changes[row.point].completed += row.completed;
  }
  let due = 0;
  let completed = 0;
  return changes.map((change) => {
    due += change.due;
    completed += change.completed;
    return { due, completed };
  });
}
