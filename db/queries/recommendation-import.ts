import 'server-only';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorOf } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import type { RecommendationStatus } from '@/lib/domain/recommendations';
import type { RawRecommendationRow } from '@/lib/import/recommendation-rows';
import { db, type Executor } from '../index';
import {
  organizations,
  recommendationAddressees,
  recommendations,
  surveySessions,
  taskRecommendations,
} from '../schema';
import { nextCodes } from './codes';
import { type NewEvent, recordEvents } from './events';
import {
  commitImport,
  ImportConflict,
  type ImportOutcome,
  type ImportSummary,
  summarize,
} from './import-run';
import {
  checkRecommendationImport,
  type PlannedRecommendation,
  type RecommendationImportCheck,
} from './recommendation-import-check';
import { addresseeOptions, sessionOptions, sourceOptions } from './recommendation-options';
import type { Viewer } from './viewer';
import { orgsWithin, overallStatusSql, taskVisibleTo } from './visibility';

/**
 * Bulk import of recommendations. The rules are the forms' (recommendation-writes.ts): drafts are
 * created, edited and submitted with the same events, but in batches inside ONE transaction, since
 * a file is written all or nothing and the forms' writes each open their own.
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
    write: async (tx, check) => {
      const rowEvents: NewEvent[] = [];
      const at = now();
      await createRows(tx, viewer, check, today, at, { fileName, events: rowEvents });
      for (const row of check.rows) {
        if (row.plan.kind === 'update')
          await updateRow(tx, viewer, row, today, at, { fileName, events: rowEvents });
      }
      await recordEvents(tx, rowEvents);
    },
  });
}

type Log = { fileName: string; events: NewEvent[] };

/** The events the forms write for the same steps: create/edit, submit, set the reply deadline. */
function stepEvents(
  viewer: Viewer,
  row: PlannedRecommendation,
  id: number,
  code: string,
  today: string,
  log: Log,
  first: 'create' | 'edit' | null,
) {
  const base = {
    actorId: viewer.id,
    organizationId: row.resolved.source.id,
    entityType: 'recommendation',
    entityId: id,
    entityCode: code,
  };
  const data = { import: log.fileName, line: row.line };
  if (first) {
    log.events.push({
      ...base,
      action: `recommendation.${first}`,
      toValue: first === 'create' ? 'draft' : null,
      data: { category: row.category, addressees: row.resolved.addresseeCodes, ...data },
    });
  }
  const plan = row.plan;
  if (plan.kind !== 'unchanged' && plan.submit) {
    log.events.push({
      ...base,
      action: 'recommendation.submit',
      fromValue: 'draft',
      toValue: 'submitted',
      data: { submittedOn: today, ...data },
    });
  }
  if (plan.kind !== 'unchanged' && plan.deadline) {
    log.events.push({
      ...base,
      action: 'recommendation.setDeadline',
      fromValue: row.existing?.responseDueOn ?? null,
      toValue: row.responseDueOn,
      data,
    });
  }
}

async function createRows(
  tx: Executor,
  viewer: Viewer,
  check: RecommendationImportCheck,
  today: string,
  at: Date,
  log: Log,
) {
  const fresh = check.rows.filter((r) => r.plan.kind === 'create');
  const codes = await nextCodes(tx, 'KN', Number(today.slice(0, 4)), fresh.length);
  for (let i = 0; i < fresh.length; i += 1000) {
    const chunk = fresh.slice(i, i + 1000).map((row, j) => ({ row, code: codes[i + j] }));
    const inserted = await tx
      .insert(recommendations)
      .values(
        chunk.map(({ row, code }) => {
          const submit = row.plan.kind === 'create' && row.plan.submit;
          return {
            code,
            reviewId: check.reviewId!,
            sessionId: row.resolved.sessionId,
            sourceOrgId: row.resolved.source.id,
            category: row.category,
            text: row.text,
            submittedOn: submit ? today : null,
            responseDueOn: submit ? row.responseDueOn : null,
            createdById: viewer.id,
            updatedById: viewer.id,
            createdAt: at,
            updatedAt: at,
          };
        }),
      )
      .returning({ id: recommendations.id, code: recommendations.code });
    const idOf = new Map(inserted.map((r) => [r.code, r.id]));
    const addressees = chunk.flatMap(({ row, code }) =>
      row.resolved.addressees.map((a) => ({ recommendationId: idOf.get(code)!, organizationId: a.id })),
    );
    for (let k = 0; k < addressees.length; k += 1000) {
      await tx.insert(recommendationAddressees).values(addressees.slice(k, k + 1000));
    }
    const links = chunk.flatMap(({ row, code }) =>
      row.resolved.taskIds.map((taskId) => ({ taskId, recommendationId: idOf.get(code)! })),
    );
    for (let k = 0; k < links.length; k += 1000) {
      await tx.insert(taskRecommendations).values(links.slice(k, k + 1000));
    }
    for (const { row, code } of chunk) stepEvents(viewer, row, idOf.get(code)!, code, today, log, 'create');
  }
}

async function updateRow(
  tx: Executor,
  viewer: Viewer,
  row: PlannedRecommendation,
  today: string,
  at: Date,
  log: Log,
) {
  const rec = row.existing!;
  if (row.plan.kind !== 'update') return;
  const { edit, submit, deadline } = row.plan;
  const updated = await tx
    .update(recommendations)
    .set({
      ...(edit ? { sessionId: row.resolved.sessionId, category: row.category, text: row.text } : {}),
      ...(submit ? { submittedOn: today } : {}),
      ...(deadline ? { responseDueOn: row.responseDueOn } : {}),
      version: sql`${recommendations.version} + 1`,
      updatedById: viewer.id,
      updatedAt: at,
    })
    .where(and(eq(recommendations.id, rec.id), eq(recommendations.version, rec.version)))
    .returning({ id: recommendations.id });
  if (updated.length === 0) throw new ImportConflict([{ line: row.line, code: rec.code }]);
  if (edit) {
    await tx.delete(recommendationAddressees).where(eq(recommendationAddressees.recommendationId, rec.id));
    await tx
      .insert(recommendationAddressees)
      .values(row.resolved.addressees.map((a) => ({ recommendationId: rec.id, organizationId: a.id })));
    // Only the links the viewer can see are theirs to change; the others stay.
    if (rec.taskIds.length) {
      await tx
        .delete(taskRecommendations)
        .where(
          and(
            eq(taskRecommendations.recommendationId, rec.id),
            inArray(taskRecommendations.taskId, rec.taskIds),
          ),
        );
    }
    if (row.resolved.taskIds.length) {
      await tx
        .insert(taskRecommendations)
        .values(row.resolved.taskIds.map((taskId) => ({ taskId, recommendationId: rec.id })))
        .onConflictDoNothing();
    }
  }
  if (submit) {
    await tx
      .update(recommendationAddressees)
      .set({ status: 'submitted', responseText: null, respondedById: null, respondedOn: null })
      .where(eq(recommendationAddressees.recommendationId, rec.id));
  }
  stepEvents(viewer, row, rec.id, rec.code, today, log, edit ? 'edit' : null);
}

const sourceOrg = alias(organizations, 'source_org');

/** The lists of the template and, when asked, the recommendations drafted in the viewer's scope. */
export async function recommendationTemplateData(
  viewer: Viewer,
  today: string,
  withRecommendations: boolean,
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
        .where(sql`${recommendations.sourceOrgId} IN ${orgsWithin(viewer.scope.path)}`)
        .orderBy(asc(recommendations.code))
    : [];
  return {
    addressees: addressees.map((o) => o.code),
    sources: sources.map((o) => o.code),
    sessions: sessions.map((s) => s.code),
    existing,
  };
}
