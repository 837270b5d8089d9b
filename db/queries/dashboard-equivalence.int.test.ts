import { type SQL, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { addDays, endOfDay, today } from '@/lib/clock';
import { periodEnds } from '@/lib/domain/figures';
import { viewerFor } from '@/tests/viewers';
import { taskHeadline } from './dashboard';
import { progressOverTime, tasksByOrganization } from './dashboard-breakdown';
import { recommendationHeadline } from './dashboard-recommendations';
import type { FigureFilters } from './dashboard-scope';
import { deadlineClassSql } from './figures';
import { applyTaskAction } from './task-writes';
import type { Viewer } from './viewer';
import { overallStatusSql, recommendationVisibleTo, taskVisibleTo } from './visibility';

/**
 * The figures are computed by grouped, index-friendly SQL (issue #8). Here each is recomputed
 * the plain way — one row per task as of the day, its class by `deadlineClassSql`, each point
 * of the progress chart by its own join, the overall status of each recommendation by a
 * subquery — and the two must agree for every kind of viewer, filter and day.
 */

const VIEWERS = ['lanhdao', 'hp.lanhdao', 'bnv', 'hp.danvan', 'hp.dieuphoi'];
const FILTERS: Omit<FigureFilters, 'asOf'>[] = [{}, { review: 'TK20-NQ23' }, { org: 'P31' }];

/** The tasks as of a day, the straightforward way: every period that held, joined to its task. */
function plainAsOf(viewer: Viewer, filters: FigureFilters): SQL {
  const end = endOfDay(filters.asOf).toISOString();
  const review = filters.review
    ? sql`AND tasks.review_id = (SELECT r.id FROM reviews r WHERE r.code = ${filters.review})`
    : sql``;
  const org = filters.org
    ? sql`AND p.assignee_org_id IN (SELECT o.id FROM organizations o WHERE o.path LIKE (SELECT s.path FROM organizations s WHERE s.code = ${filters.org}) || '%')`
    : sql``;
  return sql`(SELECT p.task_id, p.status, p.due_on, p.completed_on, p.assignee_org_id
    FROM task_status_periods p JOIN tasks ON tasks.id = p.task_id
    WHERE p.valid_from < ${end} AND (p.valid_to IS NULL OR p.valid_to >= ${end})
      AND ${taskVisibleTo(viewer)} ${review} ${org})`;
}

async function plainClasses(viewer: Viewer, filters: FigureFilters) {
  const cls = deadlineClassSql(
    { status: sql.raw('a.status'), dueOn: sql.raw('a.due_on'), completedOn: sql.raw('a.completed_on') },
    filters.asOf,
  );
  const rows = await selectRows<{ cls: string | null; n: number; awaiting: number; doc: number }>(
    db,
    sql`SELECT ${cls} AS cls, count(*)::int AS n,
        count(*) FILTER (WHERE a.status = 'awaiting_confirmation')::int AS awaiting,
        count(*) FILTER (WHERE a.status = 'completed' OR a.due_on < ${filters.asOf}::date)::int AS doc
      FROM ${plainAsOf(viewer, filters)} a WHERE a.status <> 'cancelled' GROUP BY 1`,
  );
  const out: Record<string, number> = { total: 0, awaitingConfirmation: 0, dueOrCompleted: 0 };
  for (const r of rows) {
    if (r.cls) out[r.cls] = r.n;
    out.total += r.n;
    out.awaitingConfirmation += r.awaiting;
    out.dueOrCompleted += r.doc;
  }
  return out;
}

async function plainProgress(viewer: Viewer, filters: FigureFilters, ends: string[]) {
  const last = ends[ends.length - 1];
  return selectRows<{ day: string; due: number; completed: number }>(
    db,
    sql`WITH points AS (SELECT unnest(${`{${ends.join(',')}}`}::date[]) AS day),
      scoped AS (SELECT a.task_id FROM ${plainAsOf(viewer, { ...filters, asOf: last })} a)
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
}

async function plainRecommendationHeadline(viewer: Viewer, filters: FigureFilters) {
  const status = overallStatusSql();
  const review = filters.review
    ? sql`AND recommendations.review_id = (SELECT r.id FROM reviews r WHERE r.code = ${filters.review})`
    : sql``;
  const org = filters.org
    ? sql`AND recommendations.source_org_id IN (SELECT o.id FROM organizations o WHERE o.path LIKE (SELECT s.path FROM organizations s WHERE s.code = ${filters.org}) || '%')`
    : sql``;
  const [row] = await selectRows<{ total: number; answered: number; replyOverdue: number }>(
    db,
    sql`SELECT count(*)::int AS total,
        count(*) FILTER (WHERE ${status} NOT IN ('submitted', 'under_review'))::int AS answered,
        count(*) FILTER (WHERE recommendations.response_due_on < ${filters.asOf}::date AND EXISTS (
          SELECT 1 FROM recommendation_addressees a WHERE a.recommendation_id = recommendations.id
            AND a.status IN ('submitted', 'under_review')))::int AS "replyOverdue"
      FROM recommendations WHERE recommendations.submitted_on IS NOT NULL
        AND recommendations.submitted_on <= ${filters.asOf}::date
        AND ${recommendationVisibleTo(viewer)} ${review} ${org}`,
  );
  return row;
}

async function expectSameFigures(asOfs: string[]) {
  for (const login of VIEWERS) {
    const viewer = await viewerFor(login);
    for (const extra of FILTERS) {
      for (const asOf of asOfs) {
        const filters = { asOf, ...extra };
        const label = `${login} ${JSON.stringify(filters)}`;
        const headline = await taskHeadline(viewer, filters);
        const plain = await plainClasses(viewer, filters);
        for (const [key, n] of Object.entries(plain))
          expect(headline[key as keyof typeof headline], `${label} ${key}`).toBe(n);
        expect(headline.total, label).toBe(plain.total);
        const groups = await tasksByOrganization(viewer, filters);
        expect(
          groups.reduce((sum, g) => sum + g.total, 0),
          label,
        ).toBe(plain.total);
        expect(
          groups.reduce((sum, g) => sum + g.dueOrCompleted, 0),
          label,
        ).toBe(plain.dueOrCompleted);
        const ends = periodEnds(addDays(asOf, -400), asOf, 'month');
        expect(await progressOverTime(viewer, filters, ends), label).toEqual(
          await plainProgress(viewer, filters, ends),
        );
        expect(await recommendationHeadline(viewer, filters), label).toEqual(
          await plainRecommendationHeadline(viewer, filters),
        );
      }
    }
  }
}

describe('dashboard figures equal their plain recomputation', () => {
  it('for every kind of viewer, filter and as-of day', async () => {
    await expectSameFigures([today(), addDays(today(), -1), addDays(today(), -365), '2024-01-01']);
  }, 120_000);

  it('still after writes on tasks (the open and the closed periods)', async () => {
    const official = await viewerFor('hp.danvan');
    const [task] = await selectRows<{ code: string; version: number }>(
      db,
      sql`SELECT t.code, t.version FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
        WHERE o.code = 'HP-BDV' AND t.status IN ('not_started', 'in_progress') ORDER BY t.code LIMIT 1`,
    );
    expect(task).toBeDefined();
    const progressed = await applyTaskAction(
      official,
      { action: 'progress', code: task.code, version: task.version, progress: 40, note: null } as never,
      today(),
    );
    expect(progressed.ok).toBe(true);
    await expectSameFigures([today(), addDays(today(), -30)]);
  }, 120_000);
});
