import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { cache } from 'react';
import { addDays } from '@/lib/clock';
import { reachPath } from '@/lib/domain/permissions';
import { db, selectRows } from '../index';
import type { Viewer } from './viewer';
import { inSubtree } from './visibility';

/** How far ahead "soon" looks: tasks due within a week. */
export const TASKS_SOON_DAYS = 7;
const LIMIT = 50;

export type WorkTask = {
  code: string;
  title: string;
  orgVi: string;
  orgEn: string | null;
  dueOn: string;
  status: string;
};
export type WorkRecommendation = {
  code: string;
  text: string;
  addresseeVi: string;
  addresseeEn: string | null;
  status: string;
  responseDueOn: string | null;
};
/** A task the viewer's unit supports, with that unit's part still open. */
export type WorkPart = WorkTask & { unitVi: string; unitEn: string | null; partStatus: string };
export type MyWork = {
  dueSoon: WorkTask[];
  /** "we support": open parts of the unit's supporting units, on tasks still in progress */
  supporting: WorkPart[];
  supportingTotal: number;
  toConfirm: WorkTask[];
  toAnswer: WorkRecommendation[];
  counts: { dueSoon: number; toConfirm: number; toAnswer: number };
};

/** The unit the viewer acts for: an official's organization, a coordinator's scope. */
function actingReach(viewer: Viewer): string | null {
  return reachPath({ role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path });
}

/**
 * The first rows of a list; its count is `myWorkCounts`' (one index-only count, not every row read).
 * The first codes come from the lead unit's index alone (`tasks_assignee_counts_idx` holds status,
 * due day and code), then only those rows are read: a province coordinator's 11,548 tasks due by
 * the day at 1,000,000 tasks were 9,600 heap pages read and sorted for 50 rows (40–170 ms), 12 ms now.
 * `where` names the table `t`.
 */
function taskRows(where: ReturnType<typeof sql>) {
  return sql`SELECT t.code, t.title, o.name_vi AS "orgVi", o.name_en AS "orgEn", t.due_on::text AS "dueOn", t.status::text AS status
    FROM (SELECT t.code FROM tasks t WHERE ${where} ORDER BY t.due_on, t.code LIMIT ${LIMIT}) first
    JOIN tasks t ON t.code = first.code JOIN organizations o ON o.id = t.assignee_org_id
    ORDER BY t.due_on, t.code`;
}

export type MyWorkCounts = MyWork['counts'];

/**
 * Where the counts of "my work" stop: past it the badge and the page say "more than 1,000". A
 * national coordinator's open tasks due within the week are ~400,000 at 1,000,000 tasks: counting
 * them on every page they open took PostgreSQL ~130 ms (bench/RESULTS.md, the eleventh session).
 * A count over the cap is the cap + 1.
 */
export const MY_WORK_COUNT_CAP = 1000;

/** Rows under these conditions, counted up to the cap + 1. */
const counted = (from: SQL, cap: number) =>
  sql`(SELECT count(*) FROM (SELECT 1 ${from} LIMIT ${cap + 1}) x)::int`;

/**
 * The numbers of "my work" alone, for the navigation badge on every page: counts, no rows,
 * once per request. Same conditions as `myWork`; each count stops at `cap` (its cap + 1 past it).
 */
export const myWorkCounts = cache(
  async (viewer: Viewer, today: string, cap = MY_WORK_COUNT_CAP): Promise<MyWorkCounts> => {
    const reach = actingReach(viewer);
    if (!reach) return { dueSoon: 0, toConfirm: 0, toAnswer: 0 };
    const soon = addDays(today, TASKS_SOON_DAYS);
    const confirming = viewer.role === 'coordinator';
    // Each count an index condition on (unit, status[, due day]): one pass with their OR read every
    // task of the unit (a province at 1,000,000 tasks: 27,888 index entries for 13,780).
    const [counts] = await selectRows<MyWorkCounts>(
      db,
      sql`SELECT ${counted(
        sql`FROM tasks t WHERE ${inSubtree(sql`t.assignee_org_id`, reach)}
          AND t.status IN ('not_started', 'in_progress') AND t.due_on <= ${soon}::date`,
        cap,
      )} AS "dueSoon",
        ${counted(
          sql`FROM tasks t WHERE ${confirming} AND ${inSubtree(sql`t.assignee_org_id`, reach)}
            AND t.status = 'awaiting_confirmation'`,
          cap,
        )} AS "toConfirm",
        ${counted(
          sql`FROM recommendation_addressees a JOIN recommendations r ON r.id = a.recommendation_id
            WHERE ${inSubtree(sql`a.organization_id`, reach)} AND a.status IN ('submitted', 'under_review')
              AND r.submitted_on IS NOT NULL AND NOT (${inSubtree(sql`r.source_org_id`, reach)})`,
          cap,
        )} AS "toAnswer"`,
    );
    return counts;
  },
);

/** "Việc của tôi": what is waiting on the viewer's unit, each item a link, with counts. */
export async function myWork(viewer: Viewer, today: string): Promise<MyWork> {
  const reach = actingReach(viewer);
  if (!reach)
    return {
      dueSoon: [],
      supporting: [],
      supportingTotal: 0,
      toConfirm: [],
      toAnswer: [],
      counts: { dueSoon: 0, toConfirm: 0, toAnswer: 0 },
    };
  const [dueSoon, supporting, toConfirm, toAnswer, counts] = await Promise.all([
    selectRows<WorkTask>(
      db,
      taskRows(sql`${inSubtree(sql`t.assignee_org_id`, reach)} AND t.status IN ('not_started', 'in_progress')
        AND t.due_on <= ${addDays(today, TASKS_SOON_DAYS)}::date`),
    ),
    selectRows<WorkPart & { total: number }>(
      db,
      sql`SELECT t.code, t.title, o.name_vi AS "orgVi", o.name_en AS "orgEn", t.due_on::text AS "dueOn",
          t.status::text AS status, u.name_vi AS "unitVi", u.name_en AS "unitEn", su.status::text AS "partStatus",
          count(*) OVER ()::int AS total
        FROM task_supporting_units su
        JOIN tasks t ON t.id = su.task_id
        JOIN organizations o ON o.id = t.assignee_org_id
        JOIN organizations u ON u.id = su.organization_id
        WHERE ${inSubtree(sql`su.organization_id`, reach)} AND su.status <> 'done'
          AND t.status IN ('not_started', 'in_progress', 'awaiting_confirmation')
        ORDER BY t.due_on, t.code, u.code LIMIT ${LIMIT}`,
    ),
    viewer.role === 'coordinator'
      ? selectRows<WorkTask>(
          db,
          taskRows(sql`${inSubtree(sql`t.assignee_org_id`, reach)} AND t.status = 'awaiting_confirmation'`),
        )
      : Promise.resolve([]),
    selectRows<WorkRecommendation>(
      db,
      sql`SELECT r.code, r.text, o.name_vi AS "addresseeVi", o.name_en AS "addresseeEn", a.status::text AS status,
          r.response_due_on::text AS "responseDueOn"
        FROM recommendation_addressees a
        JOIN recommendations r ON r.id = a.recommendation_id
        JOIN organizations o ON o.id = a.organization_id
        WHERE ${inSubtree(sql`a.organization_id`, reach)} AND a.status IN ('submitted', 'under_review')
          AND r.submitted_on IS NOT NULL AND NOT (${inSubtree(sql`r.source_org_id`, reach)})
        ORDER BY r.response_due_on NULLS LAST, r.code LIMIT ${LIMIT}`,
    ),
    myWorkCounts(viewer, today),
  ]);
  return {
    dueSoon,
    supporting,
    supportingTotal: supporting[0]?.total ?? 0,
    toConfirm,
    toAnswer,
    counts,
  };
}
