import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { RecommendationCategory } from '@/lib/domain/recommendations';
import { db, selectRows } from '../index';
import { type FigureFilters, unfiltered } from './dashboard-scope';
import type { AddresseeStatusFigure } from './recommendation-figures';
import type { Viewer } from './viewer';
import { ADDRESSEE_STATUS_ORDER } from './visibility';

/**
 * The national recommendation figures from recommendation_rollup (migration 0021): per figure, day
 * and keys, the changes the recommendations make to each count, kept by the writes (rows, addressees,
 * answer and deadline events, organizations). A figure as of day T is the sum of the rows up to T —
 * rows that grow with the days of the tracker's life, not with the recommendations (the years before
 * T's year are read by year, its months before T's by month, T's month by day) — instead of every
 * recommendation, addressee and later event. It holds every submitted recommendation, so it serves a
 * viewer who sees them all without review or organization filter (`unfiltered`), any as-of day; the
 * equivalence test holds it equal to the plain queries, which every other viewer keeps.
 */
export function recommendationRollupServes(viewer: Viewer, filters: FigureFilters): boolean {
  return unfiltered(viewer, filters);
}

/** The figures of migration 0021 (their sums by month: the figure + 10; by year, 0029: + 20). */
const FIGURE = { byCategory: 1, answered: 2, replyOverdue: 3, byAddressee: 4 } as const;

/**
 * The rows of `figures` up to the day: the years before its year (by year, migration 0029), its
 * year's months before its month (by month), then its month's days. `r.figure % 10` is the figure
 * either way.
 */
function upTo(asOf: string, figures: number[]): SQL {
  const month = sql`date_trunc('month', ${asOf}::timestamp)::date`;
  const year = sql`date_trunc('year', ${asOf}::timestamp)::date`;
  const grain = (plus: number) =>
    sql.join(
      figures.map((f) => sql`${f + plus}`),
      sql`, `,
    );
  return sql`((r.figure IN (${grain(0)}) AND r.day >= ${month} AND r.day <= ${asOf}::date)
    OR (r.figure IN (${grain(10)}) AND r.day >= ${year} AND r.day < ${month})
    OR (r.figure IN (${grain(20)}) AND r.day < ${year}))`;
}

/** total (= submitted by category, summed), answered, replies overdue as of the day. */
export async function rollupRecommendationHeadline(asOf: string) {
  const [row] = await selectRows<{ total: number; answered: number; replyOverdue: number }>(
    db,
    sql`SELECT coalesce(sum(r.n) FILTER (WHERE r.figure % 10 = ${FIGURE.byCategory}), 0)::int AS total,
        coalesce(sum(r.n) FILTER (WHERE r.figure % 10 = ${FIGURE.answered}), 0)::int AS answered,
        coalesce(sum(r.n) FILTER (WHERE r.figure % 10 = ${FIGURE.replyOverdue}), 0)::int AS "replyOverdue"
      FROM recommendation_rollup r
      WHERE ${upTo(asOf, [FIGURE.byCategory, FIGURE.answered, FIGURE.replyOverdue])}`,
  );
  return row;
}

/** Replies overdue by the source's province as of the day (sources outside any province left out). */
export async function rollupRepliesOverdueByProvince(asOf: string) {
  return selectRows<{ code: string; replyOverdue: number }>(
    db,
    sql`SELECT p.code, x.n::int AS "replyOverdue"
      FROM (SELECT r.key1, sum(r.n) AS n FROM recommendation_rollup r
        WHERE ${upTo(asOf, [FIGURE.replyOverdue])} AND r.key1 <> 0 GROUP BY 1) x
      JOIN organizations p ON p.id = x.key1
      WHERE x.n <> 0`,
  );
}

/** Submitted recommendations by category as of the day, most first. */
export async function rollupRecommendationsByCategory(asOf: string) {
  return selectRows<{ category: RecommendationCategory; count: number }>(
    db,
    sql`SELECT ((SELECT enum_range(NULL::recommendation_category)))[r.key1] AS category, sum(r.n)::int AS count
      FROM recommendation_rollup r WHERE ${upTo(asOf, [FIGURE.byCategory])}
      GROUP BY r.key1 HAVING sum(r.n) <> 0 ORDER BY 2 DESC`,
  );
}

/**
 * Submitted primaries by addressee × answer as of the day, with their source localities. The enum's
 * labels are read once (a sub-select, planned as an init plan), not once per group: each
 * `enum_range` call reads the catalogue (1,379 of the statement's 1,511 buffers at 1M).
 */
export async function rollupRecommendationsByAddresseeStatus(asOf: string) {
  return selectRows<AddresseeStatusFigure>(
    db,
    sql`SELECT o.code, o.name_vi AS "nameVi", o.name_en AS "nameEn", x.status,
        x.n::int AS recommendations, x.sources::int AS sources
      FROM (SELECT r.key1, ((SELECT enum_range(NULL::addressee_status)))[r.key2]::text AS status,
          sum(r.n) AS n, sum(r.sources) AS sources
        FROM recommendation_rollup r WHERE ${upTo(asOf, [FIGURE.byAddressee])}
        GROUP BY r.key1, r.key2 HAVING sum(r.n) <> 0) x
      JOIN organizations o ON o.id = x.key1
      ORDER BY o.path, array_position(${ADDRESSEE_STATUS_ORDER}, x.status)`,
  );
}
