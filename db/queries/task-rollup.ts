import 'server-only';
import { sql } from 'drizzle-orm';
import { cache } from 'react';
import { endOfDay } from '@/lib/clock';
import { monthsSplitBy, periodEnds } from '@/lib/domain/figures';
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

/** A FigureView's range, when the filters are the page's view: the progress chart's days. */
type ViewRange = { from?: string; to?: string; period?: 'week' | 'month'; compare?: string };

/**
 * The days one read of the rollup serves for these filters: the as-of day and, for the page's view,
 * the compare day and the progress chart's points — the same for every section of one request, so
 * the headline (as of both days), the provinces and the progress chart share one read.
 */
function rollupDays(filters: FigureFilters & ViewRange): string[] {
  const days = [filters.asOf];
  if (filters.compare) days.push(filters.compare);
  if (filters.from && filters.to && filters.period)
    days.push(...periodEnds(filters.from, filters.to, filters.period));
  return [...new Set(days)].sort();
}

type PointRow = RollupGroup & { point: number; due: number };

/**
 * The rollup's changes per province and point of `days` (a change on day d counts from the first point
 * on or after d: `width_bucket(d - 1, days)`), read once per request for the same days. A month no
 * point falls inside of counts wholly towards one point: its row of task_rollup_month (migration
 * 0028) stands for its days; only the months a point splits are read by day.
 */
const rollupPoints = cache(async (dayList: string): Promise<PointRow[]> => {
  const days = dayList.split(',');
  const last = days[days.length - 1];
  const points = `{${dayList}}`;
  const split = `{${monthsSplitBy(days).join(',')}}`;
  return selectRows<PointRow>(
    db,
    sql`SELECT g.*, n.code, coalesce(n.short_name_vi, n.name_vi) AS name_vi, n.name_en
      FROM (SELECT x.province_id AS group_id, x.point, sum(x.total)::int AS total,
          sum(x.awaiting)::int AS awaiting, sum(x.on_time)::int AS on_time, sum(x.late)::int AS late,
          sum(x.overdue)::int AS overdue, sum(x.due)::int AS due
        FROM (SELECT m.province_id, width_bucket(m.month - 1, ${points}::date[]) AS point, m.total,
            m.awaiting, m.on_time, m.late, m.overdue, m.due
          FROM task_rollup_month m WHERE m.month <= ${last}::date AND m.month <> ALL (${split}::date[])
          UNION ALL
          SELECT r.province_id, width_bucket(r.day - 1, ${points}::date[]), r.total, r.awaiting, r.on_time,
            r.late, r.overdue, r.due
          FROM unnest(${split}::date[]) s(month)
          JOIN task_rollup r ON r.day >= s.month AND r.day < (s.month + interval '1 month')::date
          WHERE r.day <= ${last}::date) x
        GROUP BY 1, 2) g
      LEFT JOIN organizations n ON n.id = g.group_id`,
  );
});

/** The rows of the shared read that count as of `day` (one of `days`). */
async function pointsUpTo(days: string[], day: string): Promise<PointRow[]> {
  const last = days.indexOf(day);
  return (await rollupPoints(days.join(','))).filter((row) => row.point <= last);
}

const COUNTS = ['total', 'awaiting', 'on_time', 'late', 'overdue'] as const;

/** The counted tasks by province as of `filters.asOf`; only provinces that count a task. */
export async function rollupByProvince(viewer: Viewer, filters: FigureFilters): Promise<RollupGroup[]> {
  const asOf = filters.asOf;
  const end = endOfDay(asOf).toISOString();
  // The children left out at the top level, as they stood at the end of the day, taken away.
  const below =
    filters.level === 'all'
      ? []
      : selectRows<Omit<RollupGroup, 'code' | 'name_vi' | 'name_en'>>(
          db,
          sql`SELECT coalesce(o.province_id, 0) AS group_id, count(*)::int AS total,
          count(*) FILTER (WHERE p.status = 'awaiting_confirmation')::int AS awaiting,
          count(*) FILTER (WHERE p.status = 'completed' AND coalesce(p.completed_on <= p.due_on, false))::int AS on_time,
          count(*) FILTER (WHERE p.status = 'completed' AND NOT coalesce(p.completed_on <= p.due_on, false))::int AS late,
          count(*) FILTER (WHERE p.status <> 'completed' AND p.due_on < ${asOf}::date)::int AS overdue
        FROM task_status_periods p JOIN organizations o ON o.id = p.assignee_org_id
        WHERE p.task_id IN (SELECT b.id FROM ${countedBelow(viewer, asOf)} b)
          AND p.valid_from < ${end} AND (p.valid_to IS NULL OR p.valid_to >= ${end})
          AND p.status <> 'cancelled'
        GROUP BY 1`,
        );
  const [rows, taken] = await Promise.all([pointsUpTo(rollupDays(filters), asOf), below]);
  const groups = new Map<number, RollupGroup>();
  for (const row of rows) {
    const group = groups.get(row.group_id) ?? {
      ...row,
      total: 0,
      awaiting: 0,
      on_time: 0,
      late: 0,
      overdue: 0,
    };
    for (const key of COUNTS) group[key] += row[key];
    groups.set(row.group_id, group);
  }
  for (const row of taken) {
    const group = groups.get(row.group_id);
    if (group) for (const key of COUNTS) group[key] -= row[key];
  }
  return [...groups.values()]
    .filter((group) => group.total !== 0)
    .map(({ group_id, total, awaiting, on_time, late, overdue, code, name_vi, name_en }) => ({
      group_id,
      total,
      awaiting,
      on_time,
      late,
      overdue,
      code,
      name_vi,
      name_en,
    }));
}

/**
 * Tasks due and completed, cumulative, at the end of each of `days` (sorted, distinct), every task
 * counted — the top level's children are left to the caller. Read with the headline's and the
 * provinces' figures when `days` are the view's (`filters`), else on their own.
 */
export async function rollupProgress(
  filters: FigureFilters,
  days: string[],
): Promise<{ due: number; completed: number }[]> {
  const shared = rollupDays(filters);
  const all = days.every((day) => shared.includes(day)) ? shared : days;
  const rows = await rollupPoints(all.join(','));
  const changes = all.map(() => ({ due: 0, completed: 0 }));
  for (const row of rows) {
    changes[row.point].due += row.due;
    changes[row.point].completed += row.on_time + row.late;
  }
  let due = 0;
  let completed = 0;
  const cumulative = new Map<string, { due: number; completed: number }>();
  for (const [i, change] of changes.entries()) {
    due += change.due;
    completed += change.completed;
    cumulative.set(all[i], { due, completed });
  }
  return days.map((day) => cumulative.get(day) ?? { due: 0, completed: 0 });
}
