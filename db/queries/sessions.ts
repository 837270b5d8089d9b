import 'server-only';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { now, today } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import type { SessionCreateInput, SessionEditInput } from '@/lib/validations/sessions';
import { db, type Executor } from '../index';
import { organizations, recommendations, reviews, surveySessions, tasks } from '../schema';
import { recordEvent } from './events';
import { openToNewWorkSql } from './org-tree';
import { invalid, type WriteResult } from './task-writes';
import type { Viewer } from './viewer';
import {
  orgsWithin,
  overallStatusSql,
  recommendationListVisibleTo,
  recommendationVisibleTo,
  taskListVisibleTo,
  taskVisibleTo,
} from './visibility';

/**
 * A session is readable in the scope of the organization visited, or where something that came out of it is.
 * `many`: written for a list of sessions (the visible tasks and recommendations as id arrays read once,
 * visibility.ts), the same rows as for one.
 */
export function sessionVisibleTo(viewer: Viewer, many = false): SQL {
  const taskVisible = many ? taskListVisibleTo(viewer) : taskVisibleTo(viewer);
  const recommendationVisible = many ? recommendationListVisibleTo(viewer) : recommendationVisibleTo(viewer);
  return sql`(${surveySessions.organizationId} IN ${orgsWithin(viewer.scope.path)}
    OR EXISTS (SELECT 1 FROM tasks WHERE ${tasks.sessionId} = ${surveySessions.id} AND ${taskVisible})
    OR EXISTS (SELECT 1 FROM recommendations WHERE ${recommendations.sessionId} = ${surveySessions.id}
      AND ${recommendationVisible}))`;
}

const sessionColumns = {
  id: surveySessions.id,
  code: surveySessions.code,
  reviewCode: reviews.code,
  title: surveySessions.titleVi,
  heldOn: surveySessions.heldOn,
  organizationCode: organizations.code,
  organizationPath: organizations.path,
  organizationNameVi: organizations.nameVi,
  organizationNameEn: organizations.nameEn,
  delegation: surveySessions.delegation,
  participants: surveySessions.participants,
  source: surveySessions.source,
  version: surveySessions.version,
};

/** Sessions the viewer may read — of one organization's subtree when `within` (a path) is given. */
export async function listSessions(viewer: Viewer, within?: string) {
  return db
    .select({
      ...sessionColumns,
      tasks:
        sql<number>`(SELECT count(*) FROM tasks WHERE ${tasks.sessionId} = ${surveySessions.id} AND ${taskListVisibleTo(viewer)})`.mapWith(
          Number,
        ),
    })
    .from(surveySessions)
    .innerJoin(organizations, eq(organizations.id, surveySessions.organizationId))
    .innerJoin(reviews, eq(reviews.id, surveySessions.reviewId))
    .where(
      and(
        sessionVisibleTo(viewer, true),
        within ? sql`${organizations.path} LIKE ${`${within}%`}` : undefined,
      ),
    )
    .orderBy(desc(surveySessions.heldOn), asc(surveySessions.code))
    .limit(500);
}

/** The order of the API's session list: newest first (a session without a day last), then by code. */
const heldOnKey = sql<string>`coalesce(${surveySessions.heldOn}, DATE '0001-01-01')`;

export type SessionKey = { heldOn: string; code: string };

/**
 * A page of the sessions the viewer may read (the same visibility as the page's list), by keyset
 * after `after`: of one review, of one organization's subtree (a path) when given.
 */
export async function listSessionsAfter(
  viewer: Viewer,
  filters: { review?: string; within?: string },
  page: { after?: SessionKey; limit: number },
) {
  const rows = await db
    .select({
      ...sessionColumns,
      titleEn: surveySessions.titleEn,
      key: sql<string>`${heldOnKey}::text`,
    })
    .from(surveySessions)
    .innerJoin(organizations, eq(organizations.id, surveySessions.organizationId))
    .innerJoin(reviews, eq(reviews.id, surveySessions.reviewId))
    .where(
      and(
        sessionVisibleTo(viewer, true),
        filters.review ? eq(reviews.code, filters.review) : undefined,
        filters.within ? sql`${organizations.path} LIKE ${`${filters.within}%`}` : undefined,
        page.after
          ? sql`(${heldOnKey} < ${page.after.heldOn}::date
              OR (${heldOnKey} = ${page.after.heldOn}::date AND ${surveySessions.code} > ${page.after.code}))`
          : undefined,
      ),
    )
    .orderBy(desc(heldOnKey), asc(surveySessions.code))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    rows: shown.map(({ key: _, ...row }) => row),
    next: rows.length > page.limit && last ? { heldOn: last.key, code: last.code } : null,
  };
}

export async function getSession(viewer: Viewer, code: string) {
  const [row] = await db
    .select({ ...sessionColumns, titleEn: surveySessions.titleEn })
    .from(surveySessions)
    .innerJoin(organizations, eq(organizations.id, surveySessions.organizationId))
    .innerJoin(reviews, eq(reviews.id, surveySessions.reviewId))
    .where(and(eq(surveySessions.code, code), sessionVisibleTo(viewer)));
  return row ?? null;
}

/** What came out of a session, as far as the viewer may read it. */
export async function sessionOutcomes(viewer: Viewer, sessionId: number) {
  const [taskRows, recRows] = await Promise.all([
    db
      .select({ code: tasks.code, title: tasks.title, status: tasks.status, dueOn: tasks.dueOn })
      .from(tasks)
      .where(and(eq(tasks.sessionId, sessionId), taskVisibleTo(viewer)))
      .orderBy(asc(tasks.code)),
    db
      .select({ code: recommendations.code, text: recommendations.text, status: overallStatusSql() })
      .from(recommendations)
      .where(and(eq(recommendations.sessionId, sessionId), recommendationVisibleTo(viewer)))
      .orderBy(asc(recommendations.code)),
  ]);
  return { tasks: taskRows, recommendations: recRows };
}

/**
 * The organization and review a session form names. A unit newly named must be open to new work
 * on the day the session was held (today when no day is given); the unit a session already
 * has stays allowed, so that an old session of a unit merged since can still be corrected.
 */
async function resolve(tx: Executor, viewer: Viewer, input: SessionCreateInput, currentOrgId?: number) {
  const day = input.heldOn ?? today();
  const [org] = await tx
    .select({ id: organizations.id, path: organizations.path, open: openToNewWorkSql(day).mapWith(Boolean) })
    .from(organizations)
    .where(eq(organizations.code, input.organization));
  if (
    !org ||
    (!org.open && org.id !== currentOrgId) ||
    !can(actorOf(viewer), 'session.manage', { path: org.path })
  ) {
    return { error: invalid('organization', 'sessions.errors.organizationInvalid') };
  }
  const [review] = await tx.select({ id: reviews.id }).from(reviews).where(eq(reviews.code, input.review));
  if (!review) return { error: invalid('review', 'sessions.errors.reviewRequired') };
  return { org, review };
}

const values = (input: SessionCreateInput) => ({
  titleVi: input.title,
  heldOn: input.heldOn,
  delegation: input.delegation,
  participants: input.participants,
  source: input.source,
});

export async function createSession(viewer: Viewer, input: SessionCreateInput): Promise<WriteResult> {
  if (!can(actorOf(viewer), 'session.manage', { path: viewer.scope.path }))
    return { ok: false, reason: 'forbidden' };
  return db.transaction(async (tx): Promise<WriteResult> => {
    const found = await resolve(tx, viewer, input);
    if ('error' in found) return found.error as WriteResult;
    // A code another session holds is refused with words that do not say whether the viewer
    // could read it (nor anything about it); parallel creations of one code: one wins.
    const [row] = await tx
      .insert(surveySessions)
      .values({
        code: input.code,
        reviewId: found.review.id,
        organizationId: found.org.id,
        createdById: viewer.id,
        ...values(input),
      })
      .onConflictDoNothing({ target: surveySessions.code })
      .returning({ id: surveySessions.id });
    if (!row) return invalid('code', 'sessions.errors.codeUnavailable');
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: found.org.id,
      entityType: 'survey_session',
      entityId: row.id,
      entityCode: input.code,
      action: 'session.create',
      data: { title: input.title },
    });
    return { ok: true, code: input.code };
  });
}

export async function editSession(viewer: Viewer, input: SessionEditInput): Promise<WriteResult> {
  return db.transaction(async (tx): Promise<WriteResult> => {
    const [current] = await tx
      .select({
        id: surveySessions.id,
        version: surveySessions.version,
        path: organizations.path,
        orgId: surveySessions.organizationId,
      })
      .from(surveySessions)
      .innerJoin(organizations, eq(organizations.id, surveySessions.organizationId))
      .where(and(eq(surveySessions.code, input.code), sessionVisibleTo(viewer)));
    if (!current) return { ok: false, reason: 'not_found' };
    if (!can(actorOf(viewer), 'session.manage', { path: current.path }))
      return { ok: false, reason: 'forbidden' };
    if (current.version !== input.version) return { ok: false, reason: 'conflict' };
    const found = await resolve(tx, viewer, input, current.orgId);
    if ('error' in found) return found.error as WriteResult;
    const updated = await tx
      .update(surveySessions)
      .set({
        ...values(input),
        reviewId: found.review.id,
        organizationId: found.org.id,
        version: sql`${surveySessions.version} + 1`,
        updatedAt: now(),
      })
      .where(and(eq(surveySessions.id, current.id), eq(surveySessions.version, input.version)))
      .returning({ id: surveySessions.id });
    if (updated.length === 0) return { ok: false, reason: 'conflict' };
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: found.org.id,
      entityType: 'survey_session',
      entityId: current.id,
      entityCode: input.code,
      action: 'session.edit',
      data: { title: input.title },
    });
    return { ok: true, code: input.code };
  });
}
