import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorOf } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { mentionedCodes, withinEditWindow } from '@/lib/domain/discussion';
import type { CommentRecordType } from '@/lib/domain/discussion-records';
import { can } from '@/lib/domain/permissions';
import type { CommentEditInput, CommentInput, CommentWithdrawInput } from '@/lib/validations/discussion';
import { db, type Executor } from '../index';
import { commentMentions, comments, organizations, recommendations, tasks, users } from '../schema';
import { recordEvent } from './events';
import { notifyUnit } from './notify';
import type { OrgRef, Viewer } from './viewer';
import { recommendationVisibleTo, taskVisibleTo } from './visibility';

/** A mention may name this many units at most (each one is checked against the record). */
export const MENTIONS_MAX = 10;

export type DiscussionResult =
  | { ok: true; id: number; recordType: CommentRecordType; code: string; mentioned: number[] }
  | {
      ok: false;
      reason: 'not_found' | 'forbidden' | 'conflict' | 'edit_closed' | 'withdrawn' | 'invalid';
      message?: string;
      values?: Record<string, string>;
    };

type RecordRow = { id: number; code: string; orgId: number; orgPath: string };

/** The record (task or recommendation) if the viewer may read it: by its code or its id. */
async function readRecord(
  tx: Executor,
  viewer: Viewer,
  type: CommentRecordType,
  key: { code: string } | { id: number },
): Promise<RecordRow | null> {
  if (type === 'task') {
    const [row] = await tx
      .select({ id: tasks.id, code: tasks.code, orgId: tasks.assigneeOrgId, orgPath: organizations.path })
      .from(tasks)
      .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
      .where(and('code' in key ? eq(tasks.code, key.code) : eq(tasks.id, key.id), taskVisibleTo(viewer)));
    return row ?? null;
  }
  const [row] = await tx
    .select({
      id: recommendations.id,
      code: recommendations.code,
      orgId: recommendations.sourceOrgId,
      orgPath: organizations.path,
    })
    .from(recommendations)
    .innerJoin(organizations, eq(organizations.id, recommendations.sourceOrgId))
    .where(
      and(
        'code' in key ? eq(recommendations.code, key.code) : eq(recommendations.id, key.id),
        recommendationVisibleTo(viewer),
      ),
    );
  return row ?? null;
}

/** Whether a unit reads the record: the visibility rules with the unit's own subtree as scope. */
async function unitReads(
  tx: Executor,
  viewer: Viewer,
  unit: OrgRef,
  type: CommentRecordType,
  recordId: number,
): Promise<boolean> {
  return (await readRecord(tx, { ...viewer, scope: unit }, type, { id: recordId })) !== null;
}

/**
 * The units a comment's `@CODE`s name, each of which must exist and read the record; a
 * mention of any other unit refuses the comment, naming the codes.
 */
async function resolveMentions(
  tx: Executor,
  viewer: Viewer,
  body: string,
  type: CommentRecordType,
  recordId: number,
): Promise<{ ok: true; ids: number[] } | Extract<DiscussionResult, { ok: false }>> {
  const codes = mentionedCodes(body);
  if (codes.length === 0) return { ok: true, ids: [] };
  if (codes.length > MENTIONS_MAX) {
    return { ok: false, reason: 'invalid', message: 'discussion.errors.tooManyMentions' };
  }
  const units = await tx
    .select({
      id: organizations.id,
      code: organizations.code,
      path: organizations.path,
      nameVi: organizations.nameVi,
      nameEn: organizations.nameEn,
    })
    .from(organizations)
    .where(inArray(organizations.code, codes));
  // in the order the comment names them
  units.sort((a, b) => codes.indexOf(a.code) - codes.indexOf(b.code));
  const unknown = codes.filter((code) => !units.some((u) => u.code === code));
  if (unknown.length > 0) {
    return {
      ok: false,
      reason: 'invalid',
      message: 'discussion.errors.mentionUnknown',
      values: { codes: unknown.map((c) => `@${c}`).join(', ') },
    };
  }
  const outOfReach: string[] = [];
  for (const unit of units) {
    if (!(await unitReads(tx, viewer, unit, type, recordId))) outOfReach.push(`@${unit.code}`);
  }
  if (outOfReach.length > 0) {
    return {
      ok: false,
      reason: 'invalid',
      message: 'discussion.errors.mentionOutOfReach',
      values: { codes: outOfReach.join(', ') },
    };
  }
  return { ok: true, ids: units.map((u) => u.id) };
}

async function storeMentions(tx: Executor, commentId: number, ids: number[]): Promise<void> {
  await tx.delete(commentMentions).where(eq(commentMentions.commentId, commentId));
  if (ids.length > 0) {
    await tx.insert(commentMentions).values(ids.map((organizationId) => ({ commentId, organizationId })));
  }
}

/**
 * The units a comment mentions, with their codes: whom to tell about it. Notifications
 * (issue 15) are written from this, in the transaction of the comment.
 */
export async function mentionedUnits(tx: Executor, commentId: number) {
  return tx
    .select({ organizationId: organizations.id, code: organizations.code })
    .from(commentMentions)
    .innerJoin(organizations, eq(organizations.id, commentMentions.organizationId))
    .where(eq(commentMentions.commentId, commentId))
    .orderBy(asc(organizations.code));
}

/**
 * The units a comment mentions are told, in the comment's transaction (only readers of the record
 * can be mentioned: resolveMentions refuses the others).
 */
async function tellMentioned(
  tx: Executor,
  viewer: Viewer,
  recordType: string,
  record: { id: number; code: string },
  orgIds: number[],
  cause: string,
) {
  for (const orgId of orgIds) {
    await notifyUnit(tx, {
      kind: 'comment_mention',
      audience: 'unit',
      orgId,
      subject:
        recordType === 'task'
          ? { taskId: record.id, code: record.code }
          : { recommendationId: record.id, code: record.code },
      cause,
      actorId: viewer.id,
    });
  }
}

/** A new comment by whoever reads the record (leaders too), its mentions and its event. */
export async function addComment(viewer: Viewer, input: CommentInput): Promise<DiscussionResult> {
  return db.transaction(async (tx): Promise<DiscussionResult> => {
    const record = await readRecord(tx, viewer, input.recordType, { code: input.code });
    if (!record) return { ok: false, reason: 'not_found' };
    if (!can(actorOf(viewer), 'comment.write', { path: record.orgPath }))
      return { ok: false, reason: 'forbidden' };
    const mentions = await resolveMentions(tx, viewer, input.body, input.recordType, record.id);
    if (!mentions.ok) return mentions;
    const at = now();
    const [row] = await tx
      .insert(comments)
      .values({
        recordType: input.recordType,
        recordId: record.id,
        authorId: viewer.id,
        authorOrgId: viewer.org.id,
        body: input.body,
        createdAt: at,
      })
      .returning({ id: comments.id });
    await storeMentions(tx, row.id, mentions.ids);
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: record.orgId,
      entityType: 'comment',
      entityId: row.id,
      entityCode: record.code,
      action: 'comment.added',
      data: { record: input.recordType, body: input.body, mentions: mentions.ids },
    });
    await tellMentioned(tx, viewer, input.recordType, record, mentions.ids, `c${row.id}`);
    return { ok: true, id: row.id, recordType: input.recordType, code: record.code, mentioned: mentions.ids };
  });
}

/** The comment (locked) with its record, if the viewer reads the record. */
async function lockedComment(tx: Executor, viewer: Viewer, id: number) {
  const [comment] = await tx
    .select({
      id: comments.id,
      recordType: comments.recordType,
      recordId: comments.recordId,
      authorId: comments.authorId,
      body: comments.body,
      createdAt: comments.createdAt,
      withdrawnAt: comments.withdrawnAt,
      version: comments.version,
    })
    .from(comments)
    .where(eq(comments.id, id))
    .for('update');
  if (!comment) return null;
  const record = await readRecord(tx, viewer, comment.recordType, { id: comment.recordId });
  return record ? { comment, record } : null;
}

/** The author corrects their comment within the edit window; mentions are checked again. */
export async function editComment(viewer: Viewer, input: CommentEditInput): Promise<DiscussionResult> {
  return db.transaction(async (tx): Promise<DiscussionResult> => {
    const found = await lockedComment(tx, viewer, input.id);
    if (!found) return { ok: false, reason: 'not_found' };
    const { comment, record } = found;
    if (comment.authorId !== viewer.id) return { ok: false, reason: 'forbidden' };
    if (comment.withdrawnAt) return { ok: false, reason: 'withdrawn' };
    const at = now();
    if (!withinEditWindow(comment.createdAt, at)) return { ok: false, reason: 'edit_closed' };
    if (comment.version !== input.version) return { ok: false, reason: 'conflict' };
    const mentions = await resolveMentions(tx, viewer, input.body, comment.recordType, record.id);
    if (!mentions.ok) return mentions;
    await tx
      .update(comments)
      .set({ body: input.body, editedAt: at, version: sql`${comments.version} + 1` })
      .where(eq(comments.id, comment.id));
    const before = new Set((await mentionedUnits(tx, comment.id)).map((m) => m.organizationId));
    await storeMentions(tx, comment.id, mentions.ids);
    // only the units the edit mentions for the first time are told
    const added = mentions.ids.filter((id) => !before.has(id));
    await tellMentioned(
      tx,
      viewer,
      comment.recordType,
      record,
      added,
      `c${comment.id}v${comment.version + 1}`,
    );
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: record.orgId,
      entityType: 'comment',
      entityId: comment.id,
      entityCode: record.code,
      action: 'comment.edited',
      data: {
        record: comment.recordType,
        body: input.body,
        previousBody: comment.body,
        mentions: mentions.ids,
      },
    });
    return {
      ok: true,
      id: comment.id,
      recordType: comment.recordType,
      code: record.code,
      mentioned: mentions.ids,
    };
  });
}

/** Withdrawn by its author or an admin of the record's scope, with a reason; never deleted. */
export async function withdrawComment(
  viewer: Viewer,
  input: CommentWithdrawInput,
): Promise<DiscussionResult> {
  return db.transaction(async (tx): Promise<DiscussionResult> => {
    const found = await lockedComment(tx, viewer, input.id);
    if (!found) return { ok: false, reason: 'not_found' };
    const { comment, record } = found;
    const mayWithdraw =
      comment.authorId === viewer.id || can(actorOf(viewer), 'comment.withdrawAny', { path: record.orgPath });
    if (!mayWithdraw) return { ok: false, reason: 'forbidden' };
    if (comment.withdrawnAt) return { ok: false, reason: 'withdrawn' };
    if (comment.version !== input.version) return { ok: false, reason: 'conflict' };
    await tx
      .update(comments)
      .set({
        withdrawnAt: now(),
        withdrawnById: viewer.id,
        withdrawalReason: input.reason,
        version: sql`${comments.version} + 1`,
      })
      .where(eq(comments.id, comment.id));
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: record.orgId,
      entityType: 'comment',
      entityId: comment.id,
      entityCode: record.code,
      action: 'comment.withdrawn',
      data: { record: comment.recordType, reason: input.reason },
    });
    return { ok: true, id: comment.id, recordType: comment.recordType, code: record.code, mentioned: [] };
  });
}

export type CommentView = {
  id: number;
  version: number;
  authorName: string;
  unitCode: string;
  unitVi: string;
  unitEn: string | null;
  at: Date;
  editedAt: Date | null;
  /** null once withdrawn: the page says "comment withdrawn" */
  body: string | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  mayEdit: boolean;
  mayWithdraw: boolean;
};

const authorOrg = alias(organizations, 'author_org');

/**
 * The thread of a record the caller has already read through the visibility rules (the page
 * got it by code with the viewer): oldest first, withdrawn ones without their text.
 */
export async function commentThread(
  viewer: Viewer,
  type: CommentRecordType,
  record: { id: number; orgPath: string },
): Promise<CommentView[]> {
  const rows = await db
    .select({
      id: comments.id,
      version: comments.version,
      authorId: comments.authorId,
      authorName: users.displayName,
      unitCode: authorOrg.code,
      unitVi: authorOrg.nameVi,
      unitEn: authorOrg.nameEn,
      at: comments.createdAt,
      editedAt: comments.editedAt,
      body: comments.body,
      withdrawnAt: comments.withdrawnAt,
      withdrawalReason: comments.withdrawalReason,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .innerJoin(authorOrg, eq(authorOrg.id, comments.authorOrgId))
    .where(and(eq(comments.recordType, type), eq(comments.recordId, record.id)))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const at = now();
  const admin = can(actorOf(viewer), 'comment.withdrawAny', { path: record.orgPath });
  return rows.map(({ authorId, body, ...row }) => {
    const open = row.withdrawnAt === null;
    const mine = authorId === viewer.id;
    return {
      ...row,
      body: open ? body : null,
      mayEdit: open && mine && withinEditWindow(row.at, at),
      mayWithdraw: open && (mine || admin),
    };
  });
}
