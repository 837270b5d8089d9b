import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { endOfDay } from '@/lib/clock';
import { type ClassCounts, emptyClassCounts } from '@/lib/domain/figures';
import type { DeadlineClass } from '@/lib/domain/tasks';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';
import { db, selectRows } from '../index';
import { classKeys, type FigureFilters, tasksAsOf, unfiltered } from './dashboard-scope';
import { cachedFigure } from './figure-cache';
import { deadlineClassOfFlags } from './figures';
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
  dueOrCompleted: number;
  /** the organization the chart is about, for its own tasks (not its units') */
  own?: boolean;
};

/**
 * Counted tasks by province — or, when the filter or the viewer's scope is one province or
 * unit, by the units directly inside it — stacked by deadline class, most overdue first.
 * With `unitsOf`, always by the units directly inside that organization (and its own tasks), even
 * for the national level or the central bodies: the ranked bar's units.
 */
export const tasksByOrganization = cachedFigure('tasksByOrganization', tasksByOrganizationNow);

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
  // Tasks a locality follows outside its own subtree (linked to its recommendations) form one group.
  const groupOrg = byProvince
    ? sql`coalesce(o.province_id, ${CENTRAL})`
    : sql`CASE WHEN o.path NOT LIKE ${`${parent.path}%`} THEN ${OTHER} ELSE coalesce((
        SELECT c.id FROM organizations c WHERE c.path LIKE ${`${parent.path}%`} AND o.path LIKE c.path || '%'
        ORDER BY length(c.path) ASC LIMIT 1 OFFSET 1), ${parent.id}) END`;
  // Count per assignee on narrow keys first; organizations and classes are then joined per group.
  const keys = classKeys(filters.asOf);
  const cls = deadlineClassOfFlags(sql.raw('g.status'), sql.raw('g.past_due'), sql.raw('g.on_time'));
  const rows = await selectRows<{
    group_id: number | null;
    cls: DeadlineClass | null;
    n: number;
    due_or_completed: number;
  }>(
    db,
    sql`SELECT ${groupOrg} AS group_id, ${cls} AS cls, sum(g.n)::int AS n,
        coalesce(sum(g.n) FILTER (WHERE g.status = 'completed' OR g.past_due), 0)::int AS due_or_completed
      FROM (SELECT a.assignee_org_id, ${keys.status} AS status, ${keys.pastDue} AS past_due,
          ${keys.onTime} AS on_time, count(*) AS n
        FROM ${tasksAsOf(viewer, filters)} a WHERE a.status <> 'cancelled' GROUP BY 1, 2, 3, 4) g
      JOIN organizations o ON o.id = g.assignee_org_id
      GROUP BY 1, 2`,
  );
  const names = await selectRows<{ id: number; code: string; name_vi: string; name_en: string | null }>(
    db,
    sql`SELECT id, code, coalesce(short_name_vi, name_vi) AS name_vi, name_en FROM organizations
      WHERE id IN (SELECT unnest(${`{${[...new Set(rows.map((r) => r.group_id ?? CENTRAL))].join(',')}}`}::int[]))`,
  );
  const groups = new Map<number, OrgBreakdown>();
  for (const row of rows) {
    const id = row.group_id ?? CENTRAL;
    let group = groups.get(id);
    if (!group) {
      const name = names.find((n) => n.id === id);
      const fallback = id === OTHER ? OTHER_GROUP : CENTRAL_GROUP;
      group = {
        ...emptyClassCounts(),
        code: name?.code ?? fallback.code,
        nameVi: name?.name_vi ?? fallback.nameVi,
        nameEn: name ? name.name_en : fallback.nameEn,
        total: 0,
        dueOrCompleted: 0,
        own: !byProvince && id === parent.id,
      };
      groups.set(id, group);
    }
    if (row.cls) group[row.cls] += row.n;
    group.total += row.n;
    group.dueOrCompleted += row.due_or_completed;
  }
  return [...groups.values()].sort(
    (a, b) => b.overdue - a.overdue || b.total - a.total || a.code.localeCompare(b.code),
  );
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
  const instants = days.map((day) => endOfDay(day).toISOString());
  // The tasks in scope are those of the last day's as-of rows. Unfiltered for a national viewer:
  // periods are contiguous from a task's creation, so a task held at an earlier point is held at the last
  // (at the top level, only while no task has a parent: no cascade leaves anything out).
  const everyTask =
    unfiltered(viewer, filters) &&
    (filters.level === 'all' ||
      !(
        await selectRows<{ any: boolean }>(
          db,
          sql`SELECT EXISTS (SELECT 1 FROM tasks WHERE parent_id IS NOT NULL) AS any`,
        )
      )[0].any);
  const scope = everyTask
    ? sql``
    : sql`AND p.task_id IN (SELECT a.task_id FROM ${tasksAsOf(viewer, { ...filters, asOf: last })} a)`;
  const instantArray = sql`${`{${instants.join(',')}}`}::timestamptz[]`;
  const dayArray = sql`${`{${days.join(',')}}`}::date[]`;
  // The periods that hold at one point at least: still open, or closed after the first.
  const reaching = (
    where: SQL,
  ) => sql`SELECT p.status, p.due_on, p.valid_from, p.valid_to FROM task_status_periods p
    WHERE ${where} AND p.valid_from < ${instants[instants.length - 1]} AND p.status <> 'cancelled' ${scope}`;
  // Per period, 0-based: held from point `held_from` (the points at or before valid_from are
  // not), until before point `held_to` (the points after valid_to are not); due from point `due_from`.
  const runs = await selectRows<{
    held_from: number;
    held_to: number | null;
    due_from: number;
    completed: boolean;
    n: number;
  }>(
    db,
    sql`SELECT width_bucket(p.valid_from, ${instantArray}) AS held_from,
        width_bucket(p.valid_to, ${instantArray}) AS held_to,
        width_bucket(p.due_on - 1, ${dayArray}) AS due_from,
        p.status = 'completed' AS completed, count(*)::int AS n
      FROM (${reaching(sql`p.valid_to IS NULL`)} UNION ALL ${reaching(sql`p.valid_to >= ${instants[0]}`)}) p
      GROUP BY 1, 2, 3, 4`,
  );
  const points = days.map((day) => ({ day, due: 0, completed: 0 }));
  for (const run of runs) {
    const to = run.held_to ?? days.length;
    for (let i = run.held_from; i < to; i++) {
      if (i >= run.due_from) points[i].due += run.n;
      if (run.completed) points[i].completed += run.n;
    }
  }
  return points;
}
