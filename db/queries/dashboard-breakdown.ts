import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { cache } from 'react';
import { endOfDay } from '@/lib/clock';
import { type ClassCounts, emptyClassCounts } from '@/lib/domain/figures';
import type { DeadlineClass } from '@/lib/domain/tasks';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';
import { db, selectRows } from '../index';
import { classKeys, countedBelow, type FigureFilters, tasksAsOf, unfiltered } from './dashboard-scope';
import { cachedFigure } from './figure-cache';
import { deadlineClassOfFlags } from './figures';
import { type RollupGroup, rollupByProvince, rollupProgress, rollupServes } from './task-rollup';
import type { Viewer } from './viewer';

const CENTRAL = 0;
const OTHER = -1;
/** Tasks of no province: the central bodies. */
export const CENTRAL_GROUP = {
  code: 'TW',
  nameVi: vi.dashboard.centralGroup,
  nameEn: en.dashboard.centralGroup,
};
/** Tasks outside the subtree that the viewer follows through their recommendations. */
export const OTHER_GROUP = { code: '', nameVi: vi.dashboard.otherBodies, nameEn: en.dashboard.otherBodies };

export type OrgBreakdown = ClassCounts & {
  code: string;
  nameVi: string;
  nameEn: string | null;
  total: number;
  awaitingConfirmation: number;
  dueOrCompleted: number;
  /** the organization the chart is about, for its own tasks (not its units') */
  own?: boolean;
};

/**
 * Counted tasks by province — or, when the filter or the viewer's scope is one province or
 * unit, by the units directly inside it — stacked by deadline class, most overdue first.
 * With `unitsOf`, always by the units directly inside that organization (and its own tasks), even
 * for the national level or the central bodies: the ranked bar's units.
 * Once per request for the same viewer and filters: the tile map, the organizations chart and its
 * ranking, and a national headline (taskHeadline) share it.
 */
export const tasksByOrganization = cache(cachedFigure('tasksByOrganization', tasksByOrganizationNow));

async function tasksByOrganizationNow(
  viewer: Viewer,
  filters: FigureFilters,
  unitsOf?: string,
): Promise<OrgBreakdown[]> {
  const parentCode = unitsOf ?? filters.org ?? viewer.scope.code;
  // Inside a province (or below), group by the child units of that organization; above, by province.
  const [parent] = await selectRows<{ id: number; kind: string; path: string }>(
    db,
    sql`SELECT id, kind, path FROM organizations WHERE code = ${parentCode}`,
  );
  const byProvince = !parent || (!unitsOf && (parent.kind === 'national' || parent.kind === 'central_group'));
  return grouped(viewer, filters, byProvince ? undefined : parent.id, byProvince ? undefined : parent.path);
}

/**
 * The breakdown by province (no parent), or by the units directly inside the parent. Once per
 * request for the same viewer, filters and grouping: a province's dashboard asks for its units
 * twice — the ranked bar by its parent's units, the organizations chart by the scope's — and for a
 * province (or any unit) these are the same groups.
 */
const grouped = cache(groupedNow);

async function groupedNow(
  viewer: Viewer,
  filters: FigureFilters,
  parentId: number | undefined,
  parentPath: string | undefined,
): Promise<OrgBreakdown[]> {
  const parent =
    parentId === undefined || parentPath === undefined ? undefined : { id: parentId, path: parentPath };
  if (!parent && rollupServes(viewer, filters)) {
    return mostOverdueFirst((await rollupByProvince(viewer, filters)).map(rollupGroup));
  }
  // Tasks a locality follows outside its own subtree (linked to its recommendations) form one group.
  const groupOrg = !parent
    ? sql`coalesce(o.province_id, ${CENTRAL})`
    : sql`CASE WHEN o.path NOT LIKE ${`${parent.path}%`} THEN ${OTHER} ELSE coalesce((
        SELECT c.id FROM organizations c WHERE c.path LIKE ${`${parent.path}%`} AND o.path LIKE c.path || '%'
        ORDER BY length(c.path) ASC LIMIT 1 OFFSET 1), ${parent.id}) END`;
  const keys = classKeys(filters.asOf);
  const cls = deadlineClassOfFlags(sql.raw('g.status'), sql.raw('g.past_due'), sql.raw('g.on_time'));
  // By province, each as-of row is joined to its assignee and counted on the province and the narrow
  // keys (~300 groups). By unit, counted per assignee first (~25,000 groups at 100k tasks nationally),
  // so that the unit holding each assignee is looked up once per assignee, not per task.
  const counted = !parent
    ? sql`SELECT ${groupOrg} AS group_id, ${keys.status} AS status, ${keys.pastDue} AS past_due,
          ${keys.onTime} AS on_time, count(*) AS n
        FROM ${tasksAsOf(viewer, filters)} a JOIN organizations o ON o.id = a.assignee_org_id
        WHERE a.status <> 'cancelled' GROUP BY 1, 2, 3, 4`
    : sql`SELECT ${groupOrg} AS group_id, g.status, g.past_due, g.on_time, sum(g.n) AS n
      FROM (SELECT a.assignee_org_id, ${keys.status} AS status, ${keys.pastDue} AS past_due,
          ${keys.onTime} AS on_time, count(*) AS n
        FROM ${tasksAsOf(viewer, filters)} a WHERE a.status <> 'cancelled' GROUP BY 1, 2, 3, 4) g
      JOIN organizations o ON o.id = g.assignee_org_id
      GROUP BY 1, 2, 3, 4`;
  // Then the class per group, and each group's name (none for the central bodies and the others).
  const rows = await selectRows<{
    group_id: number | null;
    cls: DeadlineClass | null;
    n: number;
    awaiting: number;
    due_or_completed: number;
    code: string | null;
    name_vi: string | null;
    name_en: string | null;
  }>(
    db,
    sql`SELECT x.*, n.code, coalesce(n.short_name_vi, n.name_vi) AS name_vi, n.name_en
      FROM (SELECT g.group_id, ${cls} AS cls, sum(g.n)::int AS n,
          coalesce(sum(g.n) FILTER (WHERE g.status = 'awaiting_confirmation'), 0)::int AS awaiting,
          coalesce(sum(g.n) FILTER (WHERE g.status = 'completed' OR g.past_due), 0)::int AS due_or_completed
        FROM (${counted}) g GROUP BY 1, 2) x
      LEFT JOIN organizations n ON n.id = x.group_id`,
  );
  const groups = new Map<number, OrgBreakdown>();
  for (const row of rows) {
    const id = row.group_id ?? CENTRAL;
    let group = groups.get(id);
    if (!group) {
      const fallback = id === OTHER ? OTHER_GROUP : CENTRAL_GROUP;
      group = {
        ...emptyClassCounts(),
        code: row.code ?? fallback.code,
        nameVi: row.name_vi ?? fallback.nameVi,
        nameEn: row.code ? row.name_en : fallback.nameEn,
        total: 0,
        awaitingConfirmation: 0,
        dueOrCompleted: 0,
        own: !!parent && id === parent.id,
      };
      groups.set(id, group);
    }
    if (row.cls) group[row.cls] += row.n;
    group.total += row.n;
    group.awaitingConfirmation += row.awaiting;
    group.dueOrCompleted += row.due_or_completed;
  }
  return mostOverdueFirst([...groups.values()]);
}

function mostOverdueFirst(groups: OrgBreakdown[]): OrgBreakdown[] {
  return groups.sort((a, b) => b.overdue - a.overdue || b.total - a.total || a.code.localeCompare(b.code));
}

/** A province's counts from the rollup, named like the grouped query names them. */
function rollupGroup(row: RollupGroup): OrgBreakdown {
  const completed = row.on_time + row.late;
  return {
    completed_on_time: row.on_time,
    completed_late: row.late,
    overdue: row.overdue,
    in_progress_on_time: row.total - completed - row.overdue,
    code: row.code ?? CENTRAL_GROUP.code,
    nameVi: row.name_vi ?? CENTRAL_GROUP.nameVi,
    nameEn: row.code ? row.name_en : CENTRAL_GROUP.nameEn,
    total: row.total,
    awaitingConfirmation: row.awaiting,
    dueOrCompleted: completed + row.overdue,
    own: false,
  };
}

export type DirectUnit = {
  code: string;
  nameVi: string;
  nameEn: string | null;
  current: boolean;
  own: boolean;
};

/**
 * The units directly inside `parentCode` that lie in the viewer's scope, `current` when not
 * dissolved by the as-of day, then the parent itself (`own`, for its own tasks and
 * recommendations): the rows of the ranked bar.
 */
export async function directUnits(viewer: Viewer, parentCode: string, asOf: string): Promise<DirectUnit[]> {
  return selectRows<DirectUnit>(
    db,
    sql`SELECT c.code, coalesce(c.short_name_vi, c.name_vi) AS "nameVi", c.name_en AS "nameEn",
        (c.valid_to IS NULL OR c.valid_to >= ${asOf}::date) AS current, c.id = p.id AS own
      FROM organizations c JOIN organizations p ON p.id = c.parent_id OR p.id = c.id
      WHERE p.code = ${parentCode} AND c.path LIKE ${`${viewer.scope.path}%`}
      ORDER BY own, c.code`,
  );
}

export type ProgressPoint = { day: string; due: number; completed: number };

/**
 * Cumulative tasks due and completed at the end of each period, each point computed from the
 * status periods as they stood at the end of that day. One pass over the periods that reach
 * the first point: each period holds at a contiguous run of points (opened before the first of
 * them, not closed before the last), and counts as due from the first point on or after its due
 * day; `width_bucket` finds those positions, the periods are counted per run, and the points add
 * the runs up — not a filtered count per point (2 × points comparisons per period).
 */
export const progressOverTime = cachedFigure('progressOverTime', progressOverTimeNow);

async function progressOverTimeNow(
  viewer: Viewer,
  filters: FigureFilters,
  ends: string[],
): Promise<ProgressPoint[]> {
  if (ends.length === 0) return [];
  const last = ends[ends.length - 1];
  const days = [...new Set(ends)].sort();
  const points = days.map((day) => ({ day, due: 0, completed: 0 }));
  if (rollupServes(viewer, filters)) {
    // Every task from the rollup, less the cascade children the top level leaves out (their own periods).
    const counts = await rollupProgress(filters, days);
    for (const [i, count] of counts.entries()) Object.assign(points[i], count);
    if (filters.level === 'all') return points;
    // Found once for both branches of the statement (planned twice inline: most of its time on PGlite).
    const below = sql`WITH below AS MATERIALIZED (SELECT b.id FROM ${countedBelow(viewer, last)} b) `;
    return addRuns(points, await periodRuns(sql`AND p.task_id IN (SELECT id FROM below)`, days, below), -1);
  }
  // The tasks in scope are those of the last day's as-of rows. For a national viewer without a
  // filter every task is held (periods are contiguous from a task's creation, so a task held at an
  // earlier point is held at the last): the scope is then only the cascades' children it leaves out
  // at the top level — a few ids, not a semi-join on 100k as-of rows (1.6 s: a nested loop of
  // index probes, the planner guessing 200 rows for the as-of set).
  const scope = !unfiltered(viewer, filters)
    ? sql`AND p.task_id IN (SELECT a.task_id FROM ${tasksAsOf(viewer, { ...filters, asOf: last })} a)`
    : filters.level === 'all'
      ? sql``
      : sql`AND NOT EXISTS (SELECT 1 FROM ${countedBelow(viewer, last)} b WHERE b.id = p.task_id)`;
  return addRuns(points, await periodRuns(scope, days), 1);
}

type PeriodRun = {
  held_from: number;
  held_to: number | null;
  due_from: number;
  completed: boolean;
  n: number;
};

/**
 * The periods of `scope` that hold at one point of `days` at least, counted per run of points. Per
 * period, 0-based: held from point `held_from` (the points at or before valid_from are not), until
 * before point `held_to` (the points after valid_to are not); due from point `due_from`. `ctes`: a
 * WITH clause that `scope` reads.
 */
async function periodRuns(scope: SQL, days: string[], ctes: SQL = sql``): Promise<PeriodRun[]> {
  const instants = days.map((day) => endOfDay(day).toISOString());
  const instantArray = sql`${`{${instants.join(',')}}`}::timestamptz[]`;
  const dayArray = sql`${`{${days.join(',')}}`}::date[]`;
  // The periods that hold at one point at least: still open, or closed after the first.
  const reaching = (
    where: SQL,
  ) => sql`SELECT p.status, p.due_on, p.valid_from, p.valid_to FROM task_status_periods p
    WHERE ${where} AND p.valid_from < ${instants[instants.length - 1]} AND p.status <> 'cancelled' ${scope}`;
  return selectRows<PeriodRun>(
    db,
    sql`${ctes}SELECT width_bucket(p.valid_from, ${instantArray}) AS held_from,
        width_bucket(p.valid_to, ${instantArray}) AS held_to,
        width_bucket(p.due_on - 1, ${dayArray}) AS due_from,
        p.status = 'completed' AS completed, count(*)::int AS n
      FROM (${reaching(sql`p.valid_to IS NULL`)} UNION ALL ${reaching(sql`p.valid_to >= ${instants[0]}`)}) p
      GROUP BY 1, 2, 3, 4`,
  );
}

function addRuns(points: ProgressPoint[], runs: PeriodRun[], sign: 1 | -1): ProgressPoint[] {
  for (const run of runs) {
    const to = run.held_to ?? points.length;
    for (let i = run.held_from; i < to; i++) {
      if (i >= run.due_from) points[i].due += sign * run.n;
      if (run.completed) points[i].completed += sign * run.n;
    }
  }
  return points;
}
