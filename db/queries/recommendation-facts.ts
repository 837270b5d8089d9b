import 'server-only';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RecommendationFacts } from '@/lib/domain/recommendation-workflow';
import type { RecommendationStatus } from '@/lib/domain/recommendations';
import type { Executor } from '../index';
import { organizations, recommendations, reviews, surveySessions } from '../schema';
import type { Viewer } from './viewer';
import { overallStatusSql, recommendationVisibleTo } from './visibility';

/**
 * What a write needs to know about a recommendation before it changes it, read in the
 * write's transaction and through the viewer's visibility (out of reach = not found).
 */
const source = alias(organizations, 'source_org');
const coordinator = alias(organizations, 'coordinator_org');

export type LoadedRecommendation = RecommendationFacts & {
  id: number;
  code: string;
  version: number;
  reviewId: number;
  sourceOrgId: number;
  submittedOn: string | null;
  responseDueOn: string | null;
  duplicateOfId: number | null;
  hasDuplicates: boolean;
};

export async function loadRecommendation(
  tx: Executor,
  viewer: Viewer,
  code: string,
): Promise<LoadedRecommendation | null> {
  const [row] = await tx
    .select({
      id: recommendations.id,
      code: recommendations.code,
      version: recommendations.version,
      reviewId: recommendations.reviewId,
      sourceOrgId: recommendations.sourceOrgId,
      submittedOn: recommendations.submittedOn,
      responseDueOn: recommendations.responseDueOn,
      duplicateOfId: recommendations.duplicateOfId,
      status: overallStatusSql() as SQL<RecommendationStatus>,
      sourcePath: source.path,
      coordinatorPath: coordinator.path,
      hasDuplicates: sql<boolean>`EXISTS (SELECT 1 FROM recommendations d WHERE d.duplicate_of_id = ${recommendations.id})`,
    })
    .from(recommendations)
    .innerJoin(source, eq(source.id, recommendations.sourceOrgId))
    .innerJoin(reviews, eq(reviews.id, recommendations.reviewId))
    .innerJoin(coordinator, eq(coordinator.id, reviews.coordinatorOrgId))
    .where(and(eq(recommendations.code, code), recommendationVisibleTo(viewer)));
  return row ?? null;
}

/** A review with its coordinating organization's path, by code. */
export async function loadReview(tx: Executor, code: string) {
  const [row] = await tx
    .select({ id: reviews.id, coordinatorPath: coordinator.path })
    .from(reviews)
    .innerJoin(coordinator, eq(coordinator.id, reviews.coordinatorOrgId))
    .where(eq(reviews.code, code));
  return row ?? null;
}

/** A survey session of this review, held with an organization in the viewer's scope. */
export async function loadSession(tx: Executor, viewer: Viewer, code: string, reviewId: number) {
  const [row] = await tx
    .select({ id: surveySessions.id })
    .from(surveySessions)
    .innerJoin(organizations, eq(organizations.id, surveySessions.organizationId))
    .where(
      and(
        eq(surveySessions.code, code),
        eq(surveySessions.reviewId, reviewId),
        sql`${organizations.path} LIKE ${`${viewer.scope.path}%`}`,
      ),
    );
  return row ?? null;
}
