import { type SQL, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { addDays, endOfDay, setClock, today } from '@/lib/clock';
import { periodEnds } from '@/lib/domain/figures';
import { writeRandomRecommendationHistory } from '@/tests/random-recommendation-writes';
import { randomFrom, writeRandomHistory } from '@/tests/random-task-writes';
import { TEST_NOW } from '@/tests/setup/test-now';
import { viewerFor } from '@/tests/viewers';
import { taskHeadline } from './dashboard';
import { progressOverTime, tasksByOrganization } from './dashboard-breakdown';
import {
  recommendationHeadline,
  recommendationsByCategory,
  repliesOverdueByProvince,
} from './dashboard-recommendations';
import type { FigureFilters } from './dashboard-scope';
import { deadlineClassSql } from './figures';
import { answerRecommendation } from './recommendation-answers';
import { recommendationsByAddresseeStatus } from './recommendation-figures';
import { applyTaskAction } from './task-writes';
import type { Viewer } from './viewer';
import { recommendationVisibleTo, taskCountedFor } from './visibility';

/**
 * The figures are computed by grouped, index-friendly SQL (issue #8). Here each is recomputed
 * the plain way — one row per task as of the day, its class by `deadlineClassSql`, each point
 * of the progress chart by its own join, the overall status of each recommendation by a
 * subquery — and the two must agree for every kind of viewer, filter and day.
 */

// hp.mttq supports NV-HP-01 (demo data): its figures still count only what it leads.
const VIEWERS = ['lanhdao', 'hp.lanhdao', 'bnv', 'hp.danvan', 'hp.dieuphoi', 'hp.mttq'];
const FILTERS: Omit<FigureFilters, 'asOf'>[] = [
  {},
  { level: 'all' },
  { review: 'TK20-NQ23' },
  { org: 'P31' },
  { org: 'P31', level: 'all' },
];

/**
 * The tasks as of a day, the straightforward way: every period that held, joined to its task; at
 * the top level (issue 17) without those that have an ancestor, found by walking up the tree, that
 * the viewer's figures count that day (visible, in the review, not cancelled; whatever the subtree).
 */
function plainAsOf(viewer: Viewer, filters: FigureFilters): SQL {
  const rows = everyLevelAsOf(viewer, filters);
  if (filters.level === 'all') return rows;
  const counted = everyLevelAsOf(viewer, { ...filters, org: undefined });
  return sql`(WITH RECURSIVE up(task_id, ancestor_id) AS (
      SELECT t.id, t.parent_id FROM tasks t WHERE t.parent_id IS NOT NULL
      UNION ALL SELECT up.task_id, t.parent_id FROM up JOIN tasks t ON t.id = up.ancestor_id WHERE t.parent_id IS NOT NULL)
    SELECT b.* FROM ${rows} b WHERE NOT EXISTS (
      SELECT 1 FROM up JOIN ${counted} x ON x.task_id = up.ancestor_id
      WHERE up.task_id = b.task_id AND x.status <> 'cancelled'))`;
}

function everyLevelAsOf(viewer: Viewer, filters: FigureFilters): SQL {
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
      AND ${taskCountedFor(viewer)} ${review} ${org})`;
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

/**
 * The submitted recommendations as of a day the straightforward way, one row each, their history read
 * forwards: an addressee's answer at T is the last answer given by the end of T (none: still
 * "submitted"), the deadline the last one set by then (none: the one the first later change replaced,
 * else today's). Columns: id, category, the source's province code, answered, reply_overdue.
 */
function plainRecommendationsAsOf(viewer: Viewer, filters: FigureFilters): SQL {
  const end = endOfDay(filters.asOf).toISOString();
  const review = filters.review
    ? sql`AND recommendations.review_id = (SELECT r.id FROM reviews r WHERE r.code = ${filters.review})`
    : sql``;
  const org = filters.org
    ? sql`AND recommendations.source_org_id IN (SELECT o.id FROM organizations o WHERE o.path LIKE (SELECT s.path FROM organizations s WHERE s.code = ${filters.org}) || '%')`
    : sql``;
  const deadlines = (order: SQL, value: SQL, when: SQL) => sql`(SELECT ARRAY[${value}] FROM events e
      WHERE e.entity_type = 'recommendation' AND e.entity_id = recommendations.id
        AND e.action = 'recommendation.setDeadline' AND ${when} ORDER BY ${order} LIMIT 1)`;
  const deadline = sql`(coalesce(
      ${deadlines(sql`e.at DESC, e.id DESC`, sql`e.to_value`, sql`e.at < ${end}`)},
      ${deadlines(sql`e.at, e.id`, sql`e.from_value`, sql`TRUE`)},
      ARRAY[recommendations.response_due_on::text]))[1]::date`;
  const waiting = sql`EXISTS (SELECT 1 FROM ${plainAnswers(filters.asOf)} x WHERE x.recommendation_id = recommendations.id
    AND x.status IN ('submitted', 'under_review'))`;
  return sql`(SELECT recommendations.id, recommendations.category::text AS category, p.code AS province,
      (NOT ${waiting} AND EXISTS (SELECT 1 FROM recommendation_addressees a
        WHERE a.recommendation_id = recommendations.id)) AS answered,
      coalesce(${deadline} < ${filters.asOf}::date AND ${waiting}, false) AS reply_overdue
    FROM recommendations JOIN organizations s ON s.id = recommendations.source_org_id
      LEFT JOIN organizations p ON p.id = s.province_id
    WHERE recommendations.submitted_on IS NOT NULL AND recommendations.submitted_on <= ${filters.asOf}::date
      AND ${recommendationVisibleTo(viewer)} ${review} ${org})`;
}

/** Every addressee row's answer at the end of the day, read forwards (none: "submitted"). */
function plainAnswers(asOf: string): SQL {
  return sql`(SELECT coalesce((SELECT e.to_value FROM events e
        WHERE e.entity_type = 'recommendation' AND e.entity_id = a.recommendation_id
          AND e.action = 'recommendation.answer' AND e.data->>'addressee' = o.code
          AND e.at < ${endOfDay(asOf).toISOString()}
        ORDER BY e.at DESC, e.id DESC LIMIT 1), 'submitted') AS status, a.recommendation_id, a.organization_id
      FROM recommendation_addressees a JOIN organizations o ON o.id = a.organization_id)`;
}

async function plainRecommendationHeadline(viewer: Viewer, filters: FigureFilters) {
  const [row] = await selectRows<{ total: number; answered: number; replyOverdue: number }>(
    db,
    sql`SELECT count(*)::int AS total, count(*) FILTER (WHERE x.answered)::int AS answered,
        count(*) FILTER (WHERE x.reply_overdue)::int AS "replyOverdue"
      FROM ${plainRecommendationsAsOf(viewer, filters)} x`,
  );
  return row;
}

/** The other recommendation figures of the national dashboard (migration 0021 serves them). */
async function plainNationalRecommendationFigures(viewer: Viewer, asOf: string) {
  const rows = plainRecommendationsAsOf(viewer, { asOf });
  const byCategory = await selectRows<{ category: string; count: number }>(
    db,
    sql`SELECT x.category, count(*)::int AS count FROM ${rows} x GROUP BY 1 ORDER BY 1`,
  );
  const overdueByProvince = await selectRows<{ code: string; replyOverdue: number }>(
    db,
    sql`SELECT x.province AS code, count(*)::int AS "replyOverdue" FROM ${rows} x
      WHERE x.reply_overdue AND x.province IS NOT NULL GROUP BY 1 ORDER BY 1`,
  );
  // primaries by addressee and answer, with the distinct localities of each and its duplicates
  const byAddressee = await selectRows<{
    code: string;
    nameVi: string;
    nameEn: string | null;
    status: string;
    recommendations: number;
    sources: number;
  }>(
    db,
    sql`SELECT o.code, o.name_vi AS "nameVi", o.name_en AS "nameEn", ans.status, count(*)::int AS recommendations,
        sum((SELECT count(DISTINCT coalesce(so.province_id, so.id)) FROM recommendations d
          JOIN organizations so ON so.id = d.source_org_id WHERE d.id = r.id OR d.duplicate_of_id = r.id))::int AS sources
      FROM recommendations r JOIN ${plainAnswers(asOf)} ans ON ans.recommendation_id = r.id
        JOIN organizations o ON o.id = ans.organization_id
      WHERE r.duplicate_of_id IS NULL AND r.submitted_on <= ${asOf}::date
      GROUP BY o.code, o.name_vi, o.name_en, ans.status ORDER BY 1, 4`,
  );
  return { byCategory, overdueByProvince, byAddressee };
}

/** The national viewer's recommendation figures (from the rollup) equal their plain recomputation. */
async function expectSameRecommendationFigures(asOfs: string[]) {
  const viewer = await viewerFor('lanhdao');
  const byKey = <T extends { code?: string; status?: string; category?: string }>(rows: T[]) =>
    [...rows].sort((a, b) =>
      `${a.code ?? ''} ${a.status ?? ''} ${a.category ?? ''}`.localeCompare(
        `${b.code ?? ''} ${b.status ?? ''} ${b.category ?? ''}`,
      ),
    );
  for (const asOf of asOfs) {
    const plain = await plainNationalRecommendationFigures(viewer, asOf);
    const filters = { asOf };
    if (asOf === asOfs[0]) expect(plain.byAddressee.length, asOf).toBeGreaterThan(0);
    expect(await recommendationHeadline(viewer, filters), asOf).toEqual(
      await plainRecommendationHeadline(viewer, filters),
    );
    expect(byKey(await recommendationsByCategory(viewer, filters)), asOf).toEqual(byKey(plain.byCategory));
    expect(byKey(await repliesOverdueByProvince(viewer, filters)), asOf).toEqual(
      byKey(plain.overdueByProvince),
    );
    const byAddressee = await recommendationsByAddresseeStatus(viewer, filters);
    expect(byKey(byAddressee), asOf).toEqual(byKey(plain.byAddressee));
  }
}

async function expectSameFigures(asOfs: string[], viewers = VIEWERS) {
  for (const login of viewers) {
    const viewer = await viewerFor(login);
    for (const extra of FILTERS) {
      for (const asOf of asOfs) {
        // The page's view: its progress range and compare day share one read of the rollup (issue 20).
        const range = {
          from: addDays(asOf, -400),
          to: asOf,
          period: 'month' as const,
          compare: addDays(asOf, -30),
        };
        const filters = { asOf, ...extra, ...range };
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
    await expectSameRecommendationFigures([
      today(),
      addDays(today(), -1),
      addDays(today(), -365),
      '2024-01-01',
    ]);
  }, 120_000);

  it('still after writes on tasks (the open and the closed periods) and an answer', async () => {
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
    // An answer today: as of an earlier day it is not given yet.
    const [rec] = await selectRows<{ code: string; version: number; addressee: string; status: string }>(
      db,
      sql`SELECT r.code, r.version, o.code AS addressee, a.status::text AS status FROM recommendations r
        JOIN recommendation_addressees a ON a.recommendation_id = r.id
        JOIN organizations o ON o.id = a.organization_id
        WHERE a.status IN ('submitted', 'under_review') AND r.submitted_on IS NOT NULL
        ORDER BY r.submitted_on, r.code LIMIT 1`,
    );
    expect(rec).toBeDefined();
    const answered = await answerRecommendation(await viewerFor('dieuphoi'), {
      code: rec.code,
      version: rec.version,
      addressee: rec.addressee,
      status: rec.status === 'submitted' ? 'under_review' : 'accepted',
      response: '',
    });
    expect(answered).toMatchObject({ ok: true });
    await expectSameFigures([today(), addDays(today(), -1), addDays(today(), -30)]);
    await expectSameRecommendationFigures([today(), addDays(today(), -1), addDays(today(), -30)]);
  }, 120_000);

  it('still after random writes on the days after (the rollup kept by them), as of random days', async () => {
    try {
      const { ok, last } = await writeRandomHistory(20, 60, 40);
      expect(ok).toBeGreaterThan(15);
      // the national figures come from the rollup (issue 20), the others from the periods
      const random = randomFrom(2020);
      const span = (Date.parse(last) - Date.parse('2024-01-01')) / 86_400_000;
      const asOfs = [last, addDays(last, -1), addDays(last, -20)];
      for (let i = 0; i < 3; i++) asOfs.push(addDays('2024-01-01', random.int(span)));
      await expectSameFigures(asOfs, ['lanhdao', 'hp.lanhdao', 'bnv']);
    } finally {
      setClock(TEST_NOW);
    }
  }, 240_000);

  it('still after random recommendation writes on the days after (the rollup kept by them), as of random days', async () => {
    try {
      const { ok, last } = await writeRandomRecommendationHistory(21, 80, 60);
      expect(ok).toBeGreaterThan(30);
      const random = randomFrom(2021);
      const span = (Date.parse(last) - Date.parse('2024-01-01')) / 86_400_000;
      const asOfs = [last, addDays(last, -1), addDays(last, -25)];
      for (let i = 0; i < 5; i++) asOfs.push(addDays('2024-01-01', random.int(span)));
      await expectSameRecommendationFigures(asOfs);
      // the headline of the other viewers and filters (the plain queries) as well
      await expectSameFigures(asOfs.slice(0, 3), ['hp.lanhdao', 'bnv']);
    } finally {
      setClock(TEST_NOW);
    }
  }, 240_000);

  it('do not change for data without cascades: the top level is every level', async () => {
    await db.execute(sql`UPDATE tasks SET parent_id = NULL`);
    for (const login of VIEWERS) {
      const viewer = await viewerFor(login);
      for (const extra of [{}, { org: 'P31' }]) {
        const asOf = today();
        const top = { asOf, ...extra };
        const all = { ...top, level: 'all' as const };
        const label = `${login} ${JSON.stringify(extra)}`;
        expect(await taskHeadline(viewer, top), label).toEqual(await taskHeadline(viewer, all));
        expect(await tasksByOrganization(viewer, top), label).toEqual(await tasksByOrganization(viewer, all));
        const ends = periodEnds(addDays(asOf, -400), asOf, 'month');
        expect(await progressOverTime(viewer, top, ends), label).toEqual(
          await progressOverTime(viewer, all, ends),
        );
      }
    }
  }, 120_000);
});
