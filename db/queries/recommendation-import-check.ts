import 'server-only';
import { and, desc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorOf } from '@/lib/auth/actor';
import { canDraft } from '@/lib/domain/recommendation-workflow';
import type { RecommendationCategory, RecommendationStatus } from '@/lib/domain/recommendations';
import {
  type CheckedRecommendation,
  checkRecommendationFields,
  type ExistingRecommendation,
  planRecommendation,
  type RawRecommendationRow,
  type RecommendationPlan,
  type RecommendationRowError,
  type ResolvedRow,
} from '@/lib/import/recommendation-rows';
import { splitList } from '@/lib/import/rows';
import type { Executor } from '../index';
import {
  organizations,
  recommendationAddressees,
  recommendations,
  reviews,
  surveySessions,
  taskRecommendations,
  tasks,
} from '../schema';
import { organizationIndex } from './import-orgs';
import type { CheckedImport } from './import-run';
import { openToNewWorkSql } from './org-tree';
import type { Viewer } from './viewer';
import { overallStatusSql, recommendationVisibleTo, taskVisibleTo } from './visibility';

export type LoadedForImport = ExistingRecommendation & {
  id: number;
  code: string;
  version: number;
  reviewId: number;
};
export type PlannedRecommendation = CheckedRecommendation & {
  resolved: ResolvedRow & { sourceCode: string; addresseeCodes: string[] };
  existing: LoadedForImport | null;
  plan: RecommendationPlan;
};
export type RecommendationImportCheck = CheckedImport & {
  rows: PlannedRecommendation[];
  reviewId: number | null;
};

const source = alias(organizations, 'source_org');
const coordinator = alias(organizations, 'coordinator_org');
const CHUNK = 5000;

/** The recommendations the file names that the viewer can read, with what a plan compares. */
async function existingRecommendations(tx: Executor, viewer: Viewer, codes: string[]) {
  const found = new Map<string, LoadedForImport>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const rows = await tx
      .select({
        id: recommendations.id,
        code: recommendations.code,
        version: recommendations.version,
        reviewId: recommendations.reviewId,
        sourceOrgId: recommendations.sourceOrgId,
        submittedOn: recommendations.submittedOn,
        responseDueOn: recommendations.responseDueOn,
        category: recommendations.category,
        text: recommendations.text,
        sessionId: recommendations.sessionId,
        status: overallStatusSql() as SQL<RecommendationStatus>,
        sourcePath: source.path,
        coordinatorPath: coordinator.path,
      })
      .from(recommendations)
      .innerJoin(source, eq(source.id, recommendations.sourceOrgId))
      .innerJoin(reviews, eq(reviews.id, recommendations.reviewId))
      .innerJoin(coordinator, eq(coordinator.id, reviews.coordinatorOrgId))
      .where(and(inArray(recommendations.code, codes.slice(i, i + CHUNK)), recommendationVisibleTo(viewer)));
    if (rows.length === 0) continue;
    const ids = rows.map((r) => r.id);
    const addressees = await tx
      .select({
        rec: recommendationAddressees.recommendationId,
        org: recommendationAddressees.organizationId,
      })
      .from(recommendationAddressees)
      .where(inArray(recommendationAddressees.recommendationId, ids));
    const links = await tx
      .select({ rec: taskRecommendations.recommendationId, task: taskRecommendations.taskId })
      .from(taskRecommendations)
      .innerJoin(tasks, eq(tasks.id, taskRecommendations.taskId))
      .where(and(inArray(taskRecommendations.recommendationId, ids), taskVisibleTo(viewer)));
    for (const r of rows) {
      found.set(r.code, {
        ...r,
        category: r.category as RecommendationCategory,
        addresseeIds: addressees.filter((a) => a.rec === r.id).map((a) => a.org),
        taskIds: links.filter((l) => l.rec === r.id).map((l) => l.task),
      });
    }
  }
  return found;
}

/** Survey sessions and tasks named in the file, by code, with whether the viewer may use them. */
async function sessionsAndTasks(tx: Executor, viewer: Viewer, sessionCodes: string[], taskCodes: string[]) {
  const sessions = new Map<string, { id: number; reviewId: number; inScope: boolean }>();
  if (sessionCodes.length) {
    const rows = await tx
      .select({
        id: surveySessions.id,
        code: surveySessions.code,
        reviewId: surveySessions.reviewId,
        inScope: sql<boolean>`${organizations.path} LIKE ${`${viewer.scope.path}%`}`,
      })
      .from(surveySessions)
      .innerJoin(organizations, eq(organizations.id, surveySessions.organizationId))
      .where(inArray(surveySessions.code, sessionCodes));
    for (const r of rows) sessions.set(r.code, { ...r, inScope: Boolean(r.inScope) });
  }
  const taskIds = new Map<string, number>();
  for (let i = 0; i < taskCodes.length; i += CHUNK) {
    const rows = await tx
      .select({ id: tasks.id, code: tasks.code })
      .from(tasks)
      .where(and(inArray(tasks.code, taskCodes.slice(i, i + CHUNK)), taskVisibleTo(viewer)));
    for (const r of rows) taskIds.set(r.code, r.id);
  }
  return { sessions, taskIds };
}

/**
 * Every row checked against the database, as the dry run shows it and as the commit re-checks it
 * inside its transaction. A row reports all its problems: fields, code, units, session, tasks,
 * then (when it is whole) what the workflow says about the change it asks for.
 */
export async function checkRecommendationImport(
  tx: Executor,
  viewer: Viewer,
  raw: RawRecommendationRow[],
  today: string,
): Promise<RecommendationImportCheck> {
  const errors: RecommendationRowError[] = [];
  const parsed = raw.map((line) => ({ raw: line, ...checkRecommendationFields(line) }));
  const codes = [...new Set(parsed.flatMap((p) => (p.code ? [p.code] : [])))];
  const orgOf = await organizationIndex(tx, openToNewWorkSql(today));
  const existing = await existingRecommendations(tx, viewer, codes);
  const { sessions, taskIds } = await sessionsAndTasks(
    tx,
    viewer,
    [...new Set(parsed.flatMap((p) => (p.raw.values.session ? [p.raw.values.session] : [])))],
    [...new Set(parsed.flatMap((p) => splitList(p.raw.values.tasks)))],
  );
  const allReviews = await tx
    .select({ id: reviews.id, coordinatorPath: coordinator.path })
    .from(reviews)
    .innerJoin(coordinator, eq(coordinator.id, reviews.coordinatorOrgId))
    .where(lte(reviews.startsOn, today))
    .orderBy(desc(reviews.startsOn), desc(reviews.id))
    .limit(1);
  // New recommendations belong to the review under way: the latest one started by today.
  const review = allReviews[0] ?? null;
  const actor = actorOf(viewer);
  const rows: PlannedRecommendation[] = [];
  const counts = { create: 0, update: 0, unchanged: 0 };
  const seen = new Set<string>();
  for (const p of parsed) {
    const line = p.raw.line;
    const own: RecommendationRowError[] = [...p.errors];
    const add = (column: RecommendationRowError['column'], key: string) => own.push({ line, column, key });
    const duplicate = p.code !== null && seen.has(p.code);
    if (p.code) seen.add(p.code);
    if (duplicate) add('code', 'import.errors.duplicateCode');
    const rec = p.code && !duplicate ? (existing.get(p.code) ?? null) : null;
    // New recommendations get generated codes: a code that is not found is a typo or out of reach.
    if (p.code && !duplicate && !rec) add('code', 'recommendationImport.errors.codeUnknown');
    const sourceText = p.raw.values.source;
    const sourceOrg = sourceText ? orgOf(sourceText) : null;
    if (sourceText && !sourceOrg) add('source', 'import.errors.orgUnknown');
    if (sourceOrg === 'ambiguous') add('source', 'import.errors.orgAmbiguous');
    // Said here too (the plan says it again) so that a row with other problems still reports it.
    if (
      !rec &&
      sourceOrg &&
      sourceOrg !== 'ambiguous' &&
      (!sourceOrg.usable || !canDraft(actor, sourceOrg.path))
    ) {
      add('source', 'recommendations.errors.sourceInvalid');
    }
    const addressees = splitList(p.raw.values.addressees).map(orgOf);
    if (addressees.includes(null)) add('addressees', 'import.errors.orgUnknown');
    if (addressees.includes('ambiguous')) add('addressees', 'import.errors.orgAmbiguous');
    const row = p.row;
    const sessionCode = p.raw.values.session;
    const session = sessionCode ? sessions.get(sessionCode) : undefined;
    const reviewId = rec?.reviewId ?? review?.id;
    if (sessionCode && !p.errors.some((e) => e.column === 'session')) {
      const usable =
        session && session.reviewId === reviewId && (session.inScope || session.id === rec?.sessionId);
      if (!usable) add('session', 'recommendations.errors.sessionInvalid');
    }
    if (splitList(p.raw.values.tasks).some((code) => !taskIds.has(code))) {
      add('tasks', 'recommendationImport.errors.taskUnknown');
    }
    if (!rec && !review && row) add(null, 'tasks.errors.reviewRequired');
    if (own.length || !row || duplicate || !sourceOrg || sourceOrg === 'ambiguous') {
      errors.push(...own);
      continue;
    }
    const orgs = addressees.filter((a) => a !== null && a !== 'ambiguous');
    const resolved = {
      source: { id: sourceOrg.id, path: sourceOrg.path, valid: sourceOrg.usable },
      sourceCode: sourceOrg.code,
      addressees: orgs.map((o) => ({ id: o.id, valid: o.usable })),
      addresseeCodes: orgs.map((o) => o.code),
      sessionId: session?.id ?? null,
      taskIds: [...new Set(row.tasks.map((code) => taskIds.get(code)!))],
      coordinatorPath: rec?.coordinatorPath ?? review!.coordinatorPath,
    };
    const result = planRecommendation(actor, row, resolved, rec, today);
    if ('errors' in result) {
      errors.push(...result.errors);
      continue;
    }
    rows.push({ ...row, resolved, existing: rec, plan: result.plan });
    counts[result.plan.kind]++;
  }
  errors.sort((a, b) => a.line - b.line);
  return {
    errors,
    rows,
    counts,
    reviewId: review?.id ?? null,
    preview: rows.slice(0, 20).map((r) => ({
      line: r.line,
      kind: r.plan.kind,
      code: r.code,
      title: r.text.length > 140 ? `${r.text.slice(0, 140)}…` : r.text,
      org: r.resolved.sourceCode,
      day: r.responseDueOn ?? r.existing?.responseDueOn ?? null,
    })),
    matched: rows.flatMap((r) =>
      r.existing ? [{ line: r.line, code: r.existing.code, version: r.existing.version }] : [],
    ),
  };
}
