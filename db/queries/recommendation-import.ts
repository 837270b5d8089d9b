import 'server-only';
import { asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorOf } from '@/lib/auth/actor';
import { can } from '@/lib/domain/permissions';
import type { RecommendationStatus } from '@/lib/domain/recommendations';
import type { RawRecommendationRow } from '@/lib/import/recommendation-rows';
import { db } from '../index';
import { organizations, recommendations, surveySessions } from '../schema';
import { commitImport, type ImportOutcome, type ImportSummary, summarize } from './import-run';
import { checkRecommendationImport } from './recommendation-import-check';
import { writeRecommendationImport } from './recommendation-import-writes';
import { addresseeOptions, sessionOptions, sourceOptions } from './recommendation-options';
import { TEMPLATE_MAX_ROWS } from './task-import';
import type { Viewer } from './viewer';
import { orgsWithin, overallStatusSql, taskVisibleTo } from './visibility';

/**
 * Bulk import of recommendations. The rules are the forms' (recommendation-writes.ts): drafts are
 * created, edited and submitted with the same events, but in batches inside ONE transaction
 * (recommendation-import-writes.ts), since a file is written all or nothing and the forms'
 * writes each open their own.
 */

/** Coordinators who may draft for their scope; officials and leaders do not see the page. */
export function mayImportRecommendations(viewer: Viewer): boolean {
  return (
    viewer.role === 'coordinator' &&
    can(actorOf(viewer), 'recommendation.draft', { path: viewer.scope.path }) &&
    can(actorOf(viewer), 'recommendation.edit', { path: viewer.scope.path })
  );
}

export async function dryRunRecommendationImport(
  viewer: Viewer,
  rows: RawRecommendationRow[],
  today: string,
): Promise<ImportSummary> {
  return summarize(await checkRecommendationImport(db, viewer, rows, today));
}

export async function commitRecommendationImport(
  viewer: Viewer,
  fileName: string,
  rows: RawRecommendationRow[],
  today: string,
  expected?: Record<string, number>,
): Promise<ImportOutcome> {
  return commitImport({
    viewer,
    fileName,
    action: 'recommendation.import',
    expected,
    check: (tx) => checkRecommendationImport(tx, viewer, rows, today),
    write: (tx, check) => writeRecommendationImport(tx, viewer, check, today, fileName),
  });
}

const sourceOrg = alias(organizations, 'source_org');

const recommendationsInScope = (viewer: Viewer) =>
  sql`${recommendations.sourceOrgId} IN ${orgsWithin(viewer.scope.path)}`;

/** Whether the recommendations of the viewer's scope fit in one template (as for tasks). */
export async function recommendationTemplateFits(
  viewer: Viewer,
  limit = TEMPLATE_MAX_ROWS,
): Promise<boolean> {
  const rows = await db
    .select({ id: recommendations.id })
    .from(recommendations)
    .where(recommendationsInScope(viewer))
    .limit(limit + 1);
  return rows.length <= limit;
}

/**
 * The lists of the template and, when asked, the recommendations drafted in the viewer's scope;
 * `tooMany` when they pass the limit (none are returned then: a cut list would not say so).
 */
export async function recommendationTemplateData(
  viewer: Viewer,
  today: string,
  withRecommendations: boolean,
  limit = TEMPLATE_MAX_ROWS,
) {
  const [addressees, sources, sessions] = await Promise.all([
    addresseeOptions(today),
    sourceOptions(viewer, today),
    sessionOptions(viewer),
  ]);
  const existing = withRecommendations
    ? await db
        .select({
          code: recommendations.code,
          text: recommendations.text,
          category: recommendations.category,
          source: sourceOrg.code,
          session: surveySessions.code,
          responseDueOn: recommendations.responseDueOn,
          status: overallStatusSql() as SQL<RecommendationStatus>,
          addressees: sql<string>`coalesce((SELECT string_agg(o.code, '; ' ORDER BY o.code)
            FROM recommendation_addressees a JOIN organizations o ON o.id = a.organization_id
            WHERE a.recommendation_id = ${recommendations.id}), '')`,
          tasks: sql<string>`coalesce((SELECT string_agg(tasks.code, '; ' ORDER BY tasks.code)
            FROM task_recommendations tr JOIN tasks ON tasks.id = tr.task_id
            WHERE tr.recommendation_id = ${recommendations.id} AND ${taskVisibleTo(viewer)}), '')`,
        })
        .from(recommendations)
        .innerJoin(sourceOrg, eq(sourceOrg.id, recommendations.sourceOrgId))
        .leftJoin(surveySessions, eq(surveySessions.id, recommendations.sessionId))
        .where(recommendationsInScope(viewer))
        .orderBy(asc(recommendations.code))
        .limit(limit + 1)
    : [];
  const tooMany = existing.length > limit;
  return {
    addressees: addressees.map((o) => o.code),
    sources: sources.map((o) => o.code),
    sessions: sessions.map((s) => s.code),
    existing: tooMany ? [] : existing,
    tooMany,
  };
}
