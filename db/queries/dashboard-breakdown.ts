import 'server-only';
import { sql } from 'drizzle-orm';
import { type ClassCounts, emptyClassCounts } from '@/lib/domain/figures';
import type { DeadlineClass } from '@/lib/domain/tasks';
import { db, selectRows } from '../index';
import { AS_OF_COLUMNS, type FigureFilters, tasksAsOf } from './dashboard-scope';
import { deadlineClassSql } from './figures';
import type { Viewer } from './viewer';

const CENTRAL = 0;
const OTHER = -1;
/** Tasks of no province: the central bodies. */
export const CENTRAL_GROUP = { code: 'TW', nameVi: 'Các cơ quan Trung ương', nameEn: 'Central bodies' };
/** Tasks outside the subtree that the viewer follows through their recommendations. */
export const OTHER_GROUP = {
  code: '',
  nameVi: 'Cơ quan khác (theo dõi qua kiến nghị)',
  nameEn: 'Other bodies (followed through recommendations)',
};

export type OrgBreakdown = ClassCounts & {
  code: string;
  nameVi: string;
  nameEn: string | null;
  total: number;
  dueOrCompleted: number;
};

/**
 * Counted tasks by province — or, when the filter or the viewer's scope is one province or
 * unit, by the units directly inside it — stacked by deadline class, most overdue first.
 */
export async function tasksByOrganization(viewer: Viewer, filters: FigureFilters): Promise<OrgBreakdown[]> {
  const cls = deadlineClassSql(AS_OF_COLUMNS, filters.asOf);
  const parentCode = filters.org ?? viewer.scope.code;
  // Inside a province (or below), group by the child units of that organization; above, by province.
  const [parent] = await selectRows<{ id: number; kind: string; path: string }>(
    db,
    sql`SELECT id, kind, path FROM organizations WHERE code = ${parentCode}`,
  );
  const byProvince = !parent || parent.kind === 'national' || parent.kind === 'central_group';
  // Tasks a locality follows outside its own subtree (linked to its recommendations) form one group.
  const groupOrg = byProvince
    ? sql`coalesce(o.province_id, ${CENTRAL})`
    : sql`CASE WHEN o.path NOT LIKE ${`${parent.path}%`} THEN ${OTHER} ELSE coalesce((
        SELECT c.id FROM organizations c WHERE c.path LIKE ${`${parent.path}%`} AND o.path LIKE c.path || '%'
        ORDER BY length(c.path) ASC LIMIT 1 OFFSET 1), ${parent.id}) END`;
  const rows = await selectRows<{
    group_id: number | null;
    cls: DeadlineClass | null;
    n: number;
    due_or_completed: number;
  }>(
    db,
    sql`SELECT ${groupOrg} AS group_id, ${cls} AS cls, count(*)::int AS n,
        count(*) FILTER (WHERE a.status = 'completed' OR a.due_on < ${filters.asOf}::date)::int AS due_or_completed
      FROM ${tasksAsOf(viewer, filters)} a JOIN organizations o ON o.id = a.assignee_org_id
      WHERE a.status <> 'cancelled' GROUP BY 1, 2`,
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

export type ProgressPoint = { day: string; due: number; completed: number };

/**
 * Cumulative tasks due and completed at the end of each period, each point computed from the
 * status periods as they stood at the end of that day.
 */
export async function progressOverTime(
  viewer: Viewer,
  filters: FigureFilters,
  ends: string[],
): Promise<ProgressPoint[]> {
  if (ends.length === 0) return [];
  const last = ends[ends.length - 1];
  // The as-of rows of the last day give the tasks in scope; each point re-reads the periods at its own end.
  const scopeFilters = { ...filters, asOf: last };
  const rows = await selectRows<{ day: string; due: number; completed: number }>(
    db,
    sql`WITH points AS (SELECT unnest(${`{${ends.join(',')}}`}::date[]) AS day),
      scoped AS (SELECT a.task_id FROM ${tasksAsOf(viewer, scopeFilters)} a)
      SELECT points.day::text AS day,
        count(p.task_id) FILTER (WHERE p.status <> 'cancelled' AND p.due_on <= points.day)::int AS due,
        count(p.task_id) FILTER (WHERE p.status = 'completed')::int AS completed
      FROM points
      LEFT JOIN task_status_periods p
        ON p.valid_from < ((points.day + 1)::timestamp - interval '7 hours') AT TIME ZONE 'UTC'
       AND (p.valid_to IS NULL OR p.valid_to >= ((points.day + 1)::timestamp - interval '7 hours') AT TIME ZONE 'UTC')
       AND p.task_id IN (SELECT task_id FROM scoped)
      GROUP BY points.day ORDER BY points.day`,
  );
  return rows;
}
