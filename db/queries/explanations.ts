import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorOf } from '@/lib/auth/actor';
import { now, today } from '@/lib/clock';
import { can, isNationalScope, reachPath } from '@/lib/domain/permissions';
import { deadlineClass } from '@/lib/domain/tasks';
import type {
  ExplanationAnswerInput,
  ExplanationRequestInput,
  ExplanationWithdrawInput,
} from '@/lib/validations/discussion';
import { db, type Executor, selectRows } from '../index';
import { explanationRequests, organizations, tasks, users } from '../schema';
import { recordEvent } from './events';
import { notify, notifyUnit } from './notify';
import type { Viewer } from './viewer';
import { orgsWithin, taskVisibleTo } from './visibility';

export type ExplanationResult =
  | { ok: true; id: number; code: string }
  | {
      ok: false;
      reason: 'not_found' | 'forbidden' | 'conflict' | 'not_overdue' | 'already_open' | 'not_open';
    };

/** The task, locked, if the viewer reads it: requests on one task are decided one at a time. */
async function lockedTask(tx: Executor, viewer: Viewer, code: string) {
  const [row] = await tx
    .select({
      id: tasks.id,
      code: tasks.code,
      status: tasks.status,
      dueOn: tasks.dueOn,
      completedOn: tasks.completedOn,
      assigneeOrgId: tasks.assigneeOrgId,
      assigneePath: organizations.path,
    })
    .from(tasks)
    .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
    .where(and(eq(tasks.code, code), taskVisibleTo(viewer)))
    .for('update', { of: tasks });
  return row ?? null;
}

/** A unique violation: the partial index that keeps one open request per task. */
function isOneOpenViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

/**
 * A leader or coordinator whose scope holds an overdue task asks its unit to explain, with a
 * reply deadline; one open request per task. Recorded in the task's history.
 */
export async function requestExplanation(
  viewer: Viewer,
  input: ExplanationRequestInput,
  today: string,
): Promise<ExplanationResult> {
  try {
    return await db.transaction(async (tx): Promise<ExplanationResult> => {
      const task = await lockedTask(tx, viewer, input.code);
      if (!task) return { ok: false, reason: 'not_found' };
      if (!can(actorOf(viewer), 'explanation.request', { path: task.assigneePath })) {
        return { ok: false, reason: 'forbidden' };
      }
      if (deadlineClass(task, today) !== 'overdue') return { ok: false, reason: 'not_overdue' };
      const [open] = await tx
        .select({ id: explanationRequests.id })
        .from(explanationRequests)
        .where(and(eq(explanationRequests.taskId, task.id), eq(explanationRequests.status, 'open')));
      if (open) return { ok: false, reason: 'already_open' };
      const [row] = await tx
        .insert(explanationRequests)
        .values({
          taskId: task.id,
          requestedById: viewer.id,
          requestedByOrgId: viewer.org.id,
          message: input.message,
          replyDueOn: input.replyDueOn,
          createdAt: now(),
        })
        .returning({ id: explanationRequests.id });
      await recordEvent(tx, {
        actorId: viewer.id,
        organizationId: task.assigneeOrgId,
        entityType: 'task',
        entityId: task.id,
        entityCode: task.code,
        action: 'task.explanation_requested',
        toValue: input.replyDueOn,
        data: { explanation: row.id, note: input.message, replyDueOn: input.replyDueOn },
      });
      await notifyUnit(tx, {
        kind: 'explanation_requested',
        audience: 'officials',
        orgId: task.assigneeOrgId,
        subject: { taskId: task.id, code: task.code },
        cause: `x${row.id}`,
        actorId: viewer.id,
      });
      return { ok: true, id: row.id, code: task.code };
    });
  } catch (error) {
    if (isOneOpenViolation(error)) return { ok: false, reason: 'already_open' };
    throw error;
  }
}

/** The open request of a task, locked, checked against the form's id and version. */
async function openRequest(tx: Executor, taskId: number, id: number) {
  const [row] = await tx
    .select({
      id: explanationRequests.id,
      status: explanationRequests.status,
      version: explanationRequests.version,
      requestedById: explanationRequests.requestedById,
    })
    .from(explanationRequests)
    .where(and(eq(explanationRequests.id, id), eq(explanationRequests.taskId, taskId)))
    .for('update');
  return row ?? null;
}

/** Officials of the assignee answer the open request; the answer goes into the task's history. */
export async function answerExplanation(
  viewer: Viewer,
  input: ExplanationAnswerInput,
): Promise<ExplanationResult> {
  return db.transaction(async (tx): Promise<ExplanationResult> => {
    const task = await lockedTask(tx, viewer, input.code);
    if (!task) return { ok: false, reason: 'not_found' };
    const request = await openRequest(tx, task.id, input.id);
    if (!request) return { ok: false, reason: 'not_found' };
    if (!can(actorOf(viewer), 'explanation.answer', { path: task.assigneePath })) {
      return { ok: false, reason: 'forbidden' };
    }
    if (request.status !== 'open') return { ok: false, reason: 'not_open' };
    if (request.version !== input.version) return { ok: false, reason: 'conflict' };
    const at = now();
    await tx
      .update(explanationRequests)
      .set({
        status: 'answered',
        answer: input.answer,
        answeredById: viewer.id,
        answeredAt: at,
        version: sql`${explanationRequests.version} + 1`,
      })
      .where(eq(explanationRequests.id, request.id));
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: task.assigneeOrgId,
      entityType: 'task',
      entityId: task.id,
      entityCode: task.code,
      action: 'task.explanation_answered',
      data: { explanation: request.id, note: input.answer },
    });
    // the one who asked is told (the notification list hides what they can no longer read)
    await notify(tx, [
      {
        userId: request.requestedById,
        kind: 'explanation_answered',
        taskId: task.id,
        code: task.code,
        day: today(),
        dedupeKey: `explanation_answered:task:${task.id}:x${request.id}`,
      },
    ]);
    return { ok: true, id: request.id, code: task.code };
  });
}

/** The requester takes back an open request (e.g. the task was completed meanwhile). */
export async function withdrawExplanation(
  viewer: Viewer,
  input: ExplanationWithdrawInput,
): Promise<ExplanationResult> {
  return db.transaction(async (tx): Promise<ExplanationResult> => {
    const task = await lockedTask(tx, viewer, input.code);
    if (!task) return { ok: false, reason: 'not_found' };
    const request = await openRequest(tx, task.id, input.id);
    if (!request) return { ok: false, reason: 'not_found' };
    if (request.requestedById !== viewer.id) return { ok: false, reason: 'forbidden' };
    if (request.status !== 'open') return { ok: false, reason: 'not_open' };
    if (request.version !== input.version) return { ok: false, reason: 'conflict' };
    await tx
      .update(explanationRequests)
      .set({ status: 'withdrawn', version: sql`${explanationRequests.version} + 1` })
      .where(eq(explanationRequests.id, request.id));
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: task.assigneeOrgId,
      entityType: 'task',
      entityId: task.id,
      entityCode: task.code,
      action: 'task.explanation_withdrawn',
      data: { explanation: request.id },
    });
    return { ok: true, id: request.id, code: task.code };
  });
}

/**
 * Whom a request concerns: the assignee (asked to explain) and the requester (told of the
 * answer). Notifications (issue 15: explanation_requested, explanation_answered) are written
 * from this, in the transaction of the request or the answer.
 */
export async function explanationRecipients(tx: Executor, requestId: number) {
  const [row] = await tx
    .select({
      taskId: tasks.id,
      taskCode: tasks.code,
      assigneeOrgId: tasks.assigneeOrgId,
      requestedById: explanationRequests.requestedById,
      requestedByOrgId: explanationRequests.requestedByOrgId,
      status: explanationRequests.status,
    })
    .from(explanationRequests)
    .innerJoin(tasks, eq(tasks.id, explanationRequests.taskId))
    .where(eq(explanationRequests.id, requestId));
  return row ?? null;
}

export type ExplanationView = {
  id: number;
  version: number;
  status: 'open' | 'answered' | 'withdrawn';
  message: string;
  replyDueOn: string;
  requestedAt: Date;
  requesterName: string;
  requesterUnitVi: string;
  requesterUnitEn: string | null;
  answer: string | null;
  answeredAt: Date | null;
  answererName: string | null;
  mine: boolean;
};

const requesterOrg = alias(organizations, 'requester_org');
const answerer = alias(users, 'answerer');

/** The requests of a task the caller has already read, newest first. */
export async function explanationsOf(viewer: Viewer, taskId: number): Promise<ExplanationView[]> {
  const rows = await db
    .select({
      id: explanationRequests.id,
      version: explanationRequests.version,
      status: explanationRequests.status,
      message: explanationRequests.message,
      replyDueOn: explanationRequests.replyDueOn,
      requestedAt: explanationRequests.createdAt,
      requestedById: explanationRequests.requestedById,
      requesterName: users.displayName,
      requesterUnitVi: requesterOrg.nameVi,
      requesterUnitEn: requesterOrg.nameEn,
      answer: explanationRequests.answer,
      answeredAt: explanationRequests.answeredAt,
      answererName: answerer.displayName,
    })
    .from(explanationRequests)
    .innerJoin(users, eq(users.id, explanationRequests.requestedById))
    .innerJoin(requesterOrg, eq(requesterOrg.id, explanationRequests.requestedByOrgId))
    .leftJoin(answerer, eq(answerer.id, explanationRequests.answeredById))
    .where(eq(explanationRequests.taskId, taskId))
    .orderBy(desc(explanationRequests.createdAt), desc(explanationRequests.id));
  return rows.map(({ requestedById, ...row }) => ({ ...row, mine: requestedById === viewer.id }));
}

export type OpenExplanation = {
  code: string;
  title: string;
  orgVi: string;
  orgEn: string | null;
  replyDueOn: string;
  message: string;
};

/**
 * Where open requests are counted and listed: the unit the viewer acts for (an official's
 * unit, a coordinator's scope); leaders and admins, their scope.
 */
function explanationReach(viewer: Viewer): string {
  return reachPath(actorOf(viewer)) ?? viewer.scope.path;
}

function assignedWithin(path: string) {
  return isNationalScope(path) ? sql`TRUE` : sql`t.assignee_org_id IN ${orgsWithin(path)}`;
}

/**
 * A request still waits for its answer as work to do while its task is not closed. Once the task
 * is completed (confirmed) or cancelled, the request stays on the task's page, answerable (the
 * reasons of a late completion are still owed) and withdrawable, but it is no longer listed on
 * "my work" nor counted on the dashboard as an open request.
 */
const TASK_STILL_OPEN = sql`t.status NOT IN ('completed', 'cancelled')`;

/** Open requests on open tasks of the viewer's unit, for "my work" (earliest reply deadline first). */
export async function openExplanations(viewer: Viewer): Promise<{ items: OpenExplanation[]; total: number }> {
  const rows = await selectRows<OpenExplanation & { total: number }>(
    db,
    sql`SELECT t.code, t.title, o.name_vi AS "orgVi", o.name_en AS "orgEn", e.reply_due_on::text AS "replyDueOn",
        e.message, count(*) OVER ()::int AS total
      FROM explanation_requests e JOIN tasks t ON t.id = e.task_id JOIN organizations o ON o.id = t.assignee_org_id
      WHERE e.status = 'open' AND ${TASK_STILL_OPEN} AND ${assignedWithin(explanationReach(viewer))}
      ORDER BY e.reply_due_on, t.code LIMIT 50`,
  );
  return { items: rows.map(({ total: _total, ...item }) => item), total: rows[0]?.total ?? 0 };
}

/** The dashboard's card: open requests on open tasks in the viewer's scope. */
export async function openExplanationCount(viewer: Viewer): Promise<number> {
  const [row] = await selectRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM explanation_requests e JOIN tasks t ON t.id = e.task_id
      WHERE e.status = 'open' AND ${TASK_STILL_OPEN} AND ${assignedWithin(viewer.scope.path)}`,
  );
  return row.n;
}
