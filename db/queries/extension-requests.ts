import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import { allowsAction } from '@/lib/domain/task-workflow';
import type {
  ExtensionGrantInput,
  ExtensionRefuseInput,
  ExtensionRequestInput,
  ExtensionWithdrawInput,
} from '@/lib/validations/extensions';
import { transactionRetryingDeadlock } from '../deadlock';
import { db, type Executor } from '../index';
import { extensionRequests, organizations, tasks } from '../schema';
import { recordEvent } from './events';
import { requestEvent, requesterToTell } from './extension-request-closing';
import { notifyUnit } from './notify';
import { applyTaskAction } from './task-writes';
import type { Viewer } from './viewer';
import { taskVisibleTo } from './visibility';

/**
 * Requests to extend a task's deadline (issue 15): an official of the assignee asks for a later
 * date with a reason; a coordinator who may `extend` the task grants it (the task's own `extend`,
 * in the same transaction as the decision) or refuses it with a reason; the requester may
 * withdraw it while it is pending. Each step is an event of the task and tells the other side.
 */
export type ExtensionResult =
  | { ok: true; id: number; code: string }
  | {
      ok: false;
      reason:
        | 'not_found'
        | 'forbidden'
        | 'conflict'
        | 'not_open'
        | 'not_later'
        | 'already_pending'
        | 'not_pending'
        | 'expired';
    };

/** The task, locked, if the viewer reads it: requests on one task are decided one at a time. */
async function lockedTask(tx: Executor, viewer: Viewer, code: string) {
  const [row] = await tx
    .select({
      id: tasks.id,
      code: tasks.code,
      status: tasks.status,
      dueOn: tasks.dueOn,
      version: tasks.version,
      assigneeOrgId: tasks.assigneeOrgId,
      assigneePath: organizations.path,
    })
    .from(tasks)
    .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
    .where(and(eq(tasks.code, code), taskVisibleTo(viewer)))
    .for('update', { of: tasks });
  return row ?? null;
}

/** A unique violation of the partial index that keeps one pending request per task (no other). */
export function isOnePendingViolation(error: unknown): boolean {
  type PgError = { code?: string; constraint?: string; constraint_name?: string; cause?: unknown };
  for (let e = error as PgError | undefined; e; e = e.cause as typeof e) {
    const constraint = e.constraint ?? e.constraint_name;
    if (e.code === '23505' && constraint === 'extension_requests_one_pending_key') return true;
  }
  return false;
}

/** An official of the assignee asks for a later deadline on an open task. */
export async function requestExtension(
  viewer: Viewer,
  input: ExtensionRequestInput,
  today: string,
): Promise<ExtensionResult> {
  try {
    return await db.transaction(async (tx): Promise<ExtensionResult> => {
      const task = await lockedTask(tx, viewer, input.code);
      if (!task) return { ok: false, reason: 'not_found' };
      if (!can(actorOf(viewer), 'extension.request', { path: task.assigneePath })) {
        return { ok: false, reason: 'forbidden' };
      }
      if (!allowsAction(task.status, 'extend')) return { ok: false, reason: 'not_open' };
      if (input.dueOn <= task.dueOn || input.dueOn < today) return { ok: false, reason: 'not_later' };
      const [pending] = await tx
        .select({ id: extensionRequests.id })
        .from(extensionRequests)
        .where(and(eq(extensionRequests.taskId, task.id), eq(extensionRequests.status, 'pending')));
      if (pending) return { ok: false, reason: 'already_pending' };
      const [row] = await tx
        .insert(extensionRequests)
        .values({
          taskId: task.id,
          requestedById: viewer.id,
          fromDueOn: task.dueOn,
          requestedDueOn: input.dueOn,
          reason: input.reason,
          createdAt: now(),
        })
        .returning({ id: extensionRequests.id });
      await recordEvent(
        tx,
        requestEvent(viewer.id, task, 'task.extension_requested', row.id, {
          from: task.dueOn,
          to: input.dueOn,
          data: { note: input.reason },
        }),
      );
      await notifyUnit(tx, {
        kind: 'extension_requested',
        audience: 'coordinators',
        orgId: task.assigneeOrgId,
        subject: { taskId: task.id, code: task.code },
        cause: `r${row.id}`,
        actorId: viewer.id,
        data: { requestedDueOn: input.dueOn, reason: input.reason },
      });
      return { ok: true, id: row.id, code: task.code };
    });
  } catch (error) {
    if (isOnePendingViolation(error)) return { ok: false, reason: 'already_pending' };
    throw error;
  }
}

/** A request of the task, locked, for a decision. */
async function lockedRequest(tx: Executor, taskId: number, id: number) {
  const [row] = await tx
    .select({
      id: extensionRequests.id,
      status: extensionRequests.status,
      version: extensionRequests.version,
      requestedById: extensionRequests.requestedById,
      requestedDueOn: extensionRequests.requestedDueOn,
      reason: extensionRequests.reason,
    })
    .from(extensionRequests)
    .where(and(eq(extensionRequests.id, id), eq(extensionRequests.taskId, taskId)))
    .for('update');
  return row ?? null;
}

type Decided = {
  task: NonNullable<Awaited<ReturnType<typeof lockedTask>>>;
  request: NonNullable<Awaited<ReturnType<typeof lockedRequest>>>;
};

/**
 * The checks every decision makes, in order: the task is read by the viewer, the request is
 * the task's, the viewer may decide (a coordinator who may extend; the requester to withdraw),
 * it is pending, and the form saw its current version.
 */
async function decidable(
  tx: Executor,
  viewer: Viewer,
  input: { code: string; id: number; version: number },
  who: 'coordinator' | 'requester',
): Promise<Decided | Extract<ExtensionResult, { ok: false }>> {
  const task = await lockedTask(tx, viewer, input.code);
  if (!task) return { ok: false, reason: 'not_found' };
  const request = await lockedRequest(tx, task.id, input.id);
  if (!request) return { ok: false, reason: 'not_found' };
  const allowed =
    who === 'requester'
      ? request.requestedById === viewer.id
      : can(actorOf(viewer), 'task.extend', { path: task.assigneePath });
  if (!allowed) return { ok: false, reason: 'forbidden' };
  if (request.status !== 'pending') return { ok: false, reason: 'not_pending' };
  if (request.version !== input.version) return { ok: false, reason: 'conflict' };
  return { task, request };
}

async function close(
  tx: Executor,
  viewer: Viewer,
  id: number,
  status: 'granted' | 'refused' | 'withdrawn',
  refusalReason: string | null = null,
) {
  await tx
    .update(extensionRequests)
    .set({
      status,
      refusalReason,
      decidedById: viewer.id,
      decidedAt: now(),
      version: sql`${extensionRequests.version} + 1`,
    })
    .where(eq(extensionRequests.id, id));
}

/**
 * A coordinator grants: the task is extended to the requested date by the task's own `extend`
 * (its version checked, its period, event and notification `extension_granted`), and the
 * request is closed, in one transaction.
 */
export async function grantExtension(
  viewer: Viewer,
  input: ExtensionGrantInput,
  today: string,
): Promise<ExtensionResult> {
  return transactionRetryingDeadlock(async (tx): Promise<ExtensionResult> => {
    const checked = await decidable(tx, viewer, input, 'coordinator');
    if ('ok' in checked) return checked;
    const { task, request } = checked;
    const extended = await applyTaskAction(
      viewer,
      {
        action: 'extend',
        code: task.code,
        version: input.taskVersion,
        dueOn: request.requestedDueOn,
        reason: request.reason,
      },
      today,
      {
        tx,
        granting: request.id,
        alsoTell: await requesterToTell(tx, request.requestedById, task.id),
      },
    );
    if (!extended.ok) {
      if (extended.reason === 'invalid') return { ok: false, reason: 'expired' };
      if (extended.reason === 'not_allowed') return { ok: false, reason: 'not_open' };
      return { ok: false, reason: extended.reason };
    }
    await close(tx, viewer, request.id, 'granted');
    return { ok: true, id: request.id, code: task.code };
  });
}

/** A coordinator refuses, with a reason; the due date stays; the assignee's officials are told why. */
export async function refuseExtension(viewer: Viewer, input: ExtensionRefuseInput): Promise<ExtensionResult> {
  return db.transaction(async (tx): Promise<ExtensionResult> => {
    const checked = await decidable(tx, viewer, input, 'coordinator');
    if ('ok' in checked) return checked;
    const { task, request } = checked;
    await close(tx, viewer, request.id, 'refused', input.reason);
    await recordEvent(
      tx,
      requestEvent(viewer.id, task, 'task.extension_refused', request.id, {
        from: task.dueOn,
        to: request.requestedDueOn,
        data: { reason: input.reason },
      }),
    );
    await notifyUnit(tx, {
      kind: 'extension_refused',
      audience: 'officials',
      orgId: task.assigneeOrgId,
      subject: { taskId: task.id, code: task.code },
      cause: `r${request.id}`,
      actorId: viewer.id,
      also: await requesterToTell(tx, request.requestedById, task.id),
      data: { requestedDueOn: request.requestedDueOn, reason: input.reason },
    });
    return { ok: true, id: request.id, code: task.code };
  });
}

/** The requester takes the pending request back; the coordinators it was asked of are told. */
export async function withdrawExtension(
  viewer: Viewer,
  input: ExtensionWithdrawInput,
): Promise<ExtensionResult> {
  return db.transaction(async (tx): Promise<ExtensionResult> => {
    const checked = await decidable(tx, viewer, input, 'requester');
    if ('ok' in checked) return checked;
    const { task, request } = checked;
    await close(tx, viewer, request.id, 'withdrawn');
    await recordEvent(
      tx,
      requestEvent(viewer.id, task, 'task.extension_withdrawn', request.id, { to: request.requestedDueOn }),
    );
    // those it was asked of (the coordinators told of the request) no longer have it to decide
    await notifyUnit(tx, {
      kind: 'extension_withdrawn',
      audience: 'coordinators',
      orgId: task.assigneeOrgId,
      subject: { taskId: task.id, code: task.code },
      cause: `r${request.id}`,
      actorId: viewer.id,
      data: { requestedDueOn: request.requestedDueOn },
    });
    return { ok: true, id: request.id, code: task.code };
  });
}
