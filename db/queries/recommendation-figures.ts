import 'server-only';
import { and, asc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { today } from '@/lib/clock';
import type { AddresseeStatus } from '@/lib/domain/recommendations';
import { db } from '../index';
import { organizations, recommendationAddressees, recommendations } from '../schema';
import { type FigureFilters, subtreeOfCode } from './dashboard-scope';
import { cachedFigure } from './figure-cache';
import { addresseeStatusAfter, answersAfter, submittedBy } from './recommendation-as-of';
import { recommendationRollupServes, rollupRecommendationsByAddresseeStatus } from './recommendation-rollup';
import type { Viewer } from './viewer';
import { ADDRESSEE_STATUS_ORDER, recommendationListVisibleTo } from './visibility';

/**
 * Recommendation figures shared by the dashboard, reports and exports. Duplicates count
 * differently on each side: an addressee faces one request however many localities raised
 * it (primaries only, with their number of sources), while each locality is credited with
 * every recommendation it raised (duplicates included).
 */

const addressee = alias(organizations, 'addressee_org');

/** The locality of an organization: its province, or itself when it belongs to none. */
const localityOf = (alias: string) => sql.raw(`coalesce(${alias}.province_id, ${alias}.id)`);

/** The figure filters on the recommendations: review, source subtree, submitted by the as-of day. */
function figureConditions(filters: FigureFilters): SQL {
  const conditions = [submittedBy(filters.asOf)];
  if (filters.review)
    conditions.push(
      sql`${recommendations.reviewId} = (SELECT r.id FROM reviews r WHERE r.code = ${filters.review})`,
    );
  if (filters.org) conditions.push(sql`${recommendations.sourceOrgId} IN ${subtreeOfCode(filters.org)}`);
  return and(...conditions)!;
}

export type AddresseeStatusFigure = {
  code: string;
  nameVi: string;
  nameEn: string | null;
  status: AddresseeStatus;
  /** primaries (duplicates are folded into them) */
  recommendations: number;
  /** distinct source localities of those primaries and their duplicates */
  sources: number;
};

/**
 * Submitted primaries by addressee × the addressee's answer as of the day (recommendation-as-of.ts),
 * with their number of source localities.
 */
export const recommendationsByAddresseeStatus = cachedFigure(
  'recommendationsByAddresseeStatus',
  recommendationsByAddresseeStatusNow,
);

async function recommendationsByAddresseeStatusNow(
  viewer: Viewer,
  filters?: FigureFilters,
): Promise<AddresseeStatusFigure[]> {
  // A national viewer without filter: the rollup kept by the writes (migration 0021).
  if (filters && recommendationRollupServes(viewer, filters))
    return rollupRecommendationsByAddresseeStatus(filters.asOf);
  // The source localities of each primary that has duplicates (itself and them), counted once
  // for all and joined — not a subquery per addressee row (3.9 s at 20,000 recommendations). A
  // primary without duplicates has one source; counting distinct localities for every
  // recommendation cost 115-200 ms at 20,000 of them (issue #8).
  const localities = sql`(SELECT x.primary_id, count(DISTINCT ${localityOf('so')}) AS n
      FROM (SELECT d.duplicate_of_id AS primary_id, d.source_org_id FROM recommendations d
            WHERE d.duplicate_of_id IS NOT NULL
          UNION ALL
          SELECT p.id, p.source_org_id FROM recommendations p
            WHERE EXISTS (SELECT 1 FROM recommendations d WHERE d.duplicate_of_id = p.id)) x
        JOIN organizations so ON so.id = x.source_org_id
      GROUP BY x.primary_id) localities`;
  const sources = sql<number>`sum(coalesce(localities.n, 1))`.mapWith(Number);
  // The answer at the day, computed once per addressee row and grouped on.
  // The answers given after the day are read in one pass and joined (no rows for today), not looked
  // up per addressee row (2.9 s and 63k buffers a year back at 30,000 addressee rows).
  const asOf = filters?.asOf ?? today();
  const answer = sql`LATERAL (SELECT ${addresseeStatusAfter(asOf, 'recommendation_addressees')} AS status) answer`;
  const status = sql.raw('answer.status');
  return db
    .select({
      code: addressee.code,
      nameVi: addressee.nameVi,
      nameEn: addressee.nameEn,
      status: sql<AddresseeStatus>`${status}`,
      recommendations: sql<number>`count(*)`.mapWith(Number),
      sources,
    })
    .from(recommendations)
    .innerJoin(recommendationAddressees, eq(recommendationAddressees.recommendationId, recommendations.id))
    .innerJoin(addressee, eq(addressee.id, recommendationAddressees.organizationId))
    .leftJoin(
      answersAfter(asOf),
      sql`answer_after.entity_id = ${recommendationAddressees.recommendationId} AND answer_after.addressee = ${addressee.code}`,
    )
    .innerJoin(answer, sql`TRUE`)
    .leftJoin(localities, sql`localities.primary_id = ${recommendations.id}`)
    .where(
      and(
        recommendationListVisibleTo(viewer),
        isNull(recommendations.duplicateOfId),
        isNotNull(recommendations.submittedOn),
        filters && figureConditions(filters),
      ),
    )
    .groupBy(addressee.code, addressee.nameVi, addressee.nameEn, addressee.path, status)
    .orderBy(asc(addressee.path), sql`array_position(${ADDRESSEE_STATUS_ORDER}, ${status})`);
}
