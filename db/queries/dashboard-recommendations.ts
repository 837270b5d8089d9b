import 'server-only';
import { sql } from 'drizzle-orm';
import type { RecommendationCategory } from '@/lib/domain/recommendations';
import { db, selectRows } from '../index';
import { recommendations } from '../schema';
import { type FigureFilters, subtreeOfCode } from './dashboard-scope';
import { cachedFigure } from './figure-cache';
import { AWAITING, addresseeStatusAt, asOfJoins, responseDueAt, submittedBy } from './recommendation-as-of';
import {
  recommendationRollupServes,
  rollupRecommendationHeadline,
  rollupRecommendationsByCategory,
  rollupRepliesOverdueByProvince,
} from './recommendation-rollup';
import type { Viewer } from './viewer';
import { recommendationListVisibleTo } from './visibility';

/** Submitted recommendations in reach by the as-of day, filtered by review and by source subtree. */
function submittedInReach(viewer: Viewer, filters: FigureFilters) {
  const review = filters.review
    ? sql`AND ${recommendations.reviewId} = (SELECT r.id FROM reviews r WHERE r.code = ${filters.review})`
    : sql``;
  const org = filters.org ? sql`AND ${recommendations.sourceOrgId} IN ${subtreeOfCode(filters.org)}` : sql``;
  return sql`${submittedBy(filters.asOf)} AND ${recommendationListVisibleTo(viewer)} ${review} ${org}`;
}

export type RecommendationHeadline = { total: number; answered: number; replyOverdue: number };

/**
 * Total, answered (every addressee has answered: accepted, partially accepted, declined or
 * implemented) and replies overdue (deadline passed, an addressee still submitted or under review).
 * The addressees are aggregated once and joined, not looked up per recommendation: the least
 * advanced status is "submitted" or "under review" exactly when one addressee is still waiting
 * (or when there is none: "submitted", never answered nor overdue). Answers and deadlines are
 * those of the as-of day (recommendation-as-of.ts), as the list behind each figure reads them.
 */
export const recommendationHeadline = cachedFigure('recommendationHeadline', recommendationHeadlineNow);

async function recommendationHeadlineNow(
  viewer: Viewer,
  filters: FigureFilters,
): Promise<RecommendationHeadline> {
  if (recommendationRollupServes(viewer, filters)) return rollupRecommendationHeadline(filters.asOf);
  // The answers and deadlines as of a past day in one pass each over the events since, joined —
  // not a sub-select per addressee row and per recommendation (141k buffers a year back at 20,000).
  const at = asOfJoins(filters.asOf);
  const [row] = await selectRows<RecommendationHeadline>(
    db,
    sql`SELECT count(*)::int AS total,
        count(*) FILTER (WHERE a.waiting = 0)::int AS answered,
        count(*) FILTER (WHERE a.waiting > 0 AND ${at.responseDue} < ${filters.asOf}::date)::int AS "replyOverdue"
      FROM ${recommendations} LEFT JOIN (
        SELECT a.recommendation_id, count(*) FILTER (WHERE ${at.addresseeStatus} IN (${AWAITING})) AS waiting
        FROM recommendation_addressees a ${at.addresseeJoins} GROUP BY a.recommendation_id
      ) a ON a.recommendation_id = ${recommendations.id}
      ${at.deadlineJoin}
      WHERE ${submittedInReach(viewer, filters)}`,
  );
  return row;
}

/**
 * Replies overdue (as in the headline) by the province of the recommendation's source: the
 * figure the national tile map can show. Sources outside any province are left out.
 */
export const repliesOverdueByProvince = cachedFigure('repliesOverdueByProvince', repliesOverdueByProvinceNow);

async function repliesOverdueByProvinceNow(
  viewer: Viewer,
  filters: FigureFilters,
): Promise<{ code: string; replyOverdue: number }[]> {
  if (recommendationRollupServes(viewer, filters)) return rollupRepliesOverdueByProvince(filters.asOf);
  return selectRows<{ code: string; replyOverdue: number }>(
    db,
    sql`SELECT p.code, count(*)::int AS "replyOverdue"
      FROM ${recommendations}
      JOIN organizations s ON s.id = ${recommendations.sourceOrgId}
      JOIN organizations p ON p.id = s.province_id
      WHERE ${submittedInReach(viewer, filters)} AND ${responseDueAt(filters.asOf)} < ${filters.asOf}::date
        AND EXISTS (SELECT 1 FROM recommendation_addressees a
          WHERE a.recommendation_id = ${recommendations.id} AND ${addresseeStatusAt(filters.asOf)} IN (${AWAITING}))
      GROUP BY p.code`,
  );
}

/**
 * Replies overdue (as in the headline) by the unit directly below `parentCode` that holds the
 * recommendation's source, and under `parentCode` itself those it raised on its own: the figure the
 * ranked bar of a ministry or province can show, adding up to the headline of `org=parentCode`.
 * Sources outside the parent's subtree are left out.
 */
export const repliesOverdueByUnit = cachedFigure('repliesOverdueByUnit', repliesOverdueByUnitNow);

async function repliesOverdueByUnitNow(
  viewer: Viewer,
  filters: FigureFilters,
  parentCode: string,
): Promise<{ code: string; replyOverdue: number }[]> {
  return selectRows<{ code: string; replyOverdue: number }>(
    db,
    sql`SELECT coalesce(c.code, p.code) AS code, count(*)::int AS "replyOverdue"
      FROM ${recommendations}
      JOIN organizations s ON s.id = ${recommendations.sourceOrgId}
      JOIN organizations p ON p.code = ${parentCode} AND s.path LIKE p.path || '%'
      LEFT JOIN organizations c ON c.parent_id = p.id AND s.path LIKE c.path || '%'
      WHERE ${submittedInReach(viewer, filters)} AND ${responseDueAt(filters.asOf)} < ${filters.asOf}::date
        AND EXISTS (SELECT 1 FROM recommendation_addressees a
          WHERE a.recommendation_id = ${recommendations.id} AND ${addresseeStatusAt(filters.asOf)} IN (${AWAITING}))
      GROUP BY 1`,
  );
}

export type CategoryCount = { category: RecommendationCategory; count: number };

/** Submitted recommendations by category (every one a locality raised, duplicates included). */
export const recommendationsByCategory = cachedFigure(
  'recommendationsByCategory',
  recommendationsByCategoryNow,
);

async function recommendationsByCategoryNow(
  viewer: Viewer,
  filters: FigureFilters,
): Promise<CategoryCount[]> {
  if (recommendationRollupServes(viewer, filters)) return rollupRecommendationsByCategory(filters.asOf);
  return selectRows<CategoryCount>(
    db,
    sql`SELECT ${recommendations.category} AS category, count(*)::int AS count
      FROM ${recommendations} WHERE ${submittedInReach(viewer, filters)} GROUP BY 1 ORDER BY 2 DESC`,
  );
}
