import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { today as currentDay, now } from '@/lib/clock';
import { TASK_TRANSITIONS } from '@/lib/domain/task-workflow';
import { type Executor, selectRows } from '../index';
import { tasks } from '../schema';
import { type NewEvent, recordEvents } from './events';
import { mailRecipient } from './mail-recipients';
import { type NotificationRow, notify } from './notify';
import { taskVisibleTo } from './visibility';

/**
 * What a change of a task does to its pending extension requests (issue 15), in the change's own
 * transaction: closing those it made moot, and telling their requester. Also the history step every
 * request change writes. Kept apart from the requests' decisions (extension-requests.ts), which
 * themselves go through the task's writes.
 */

/** A step of an extension request, in its task's history (the task as its lead unit held it). */
export function requestEvent(
  actorId: number,
  task: { id: number; code: string; assigneeOrgId: number },
  action: string,
  requestId: number,
  change: { from?: string; to: string; data?: Record<string, unknown> },
): NewEvent {
  return {
    actorId,
    organizationId: task.assigneeOrgId,
    entityType: 'task',
    entityId: task.id,
    entityCode: task.code,
    action,
    fromValue: change.from,
    toValue: change.to,
    data: { extensionRequest: requestId, ...change.data },
  };
}

/**
 * The requester of a request, to be told of its decision beside the unit's audience: only while
 * the account is active and still reads the task (moved to another unit, it hears nothing more).
 */
export async function requesterToTell(
  tx: Executor,
  requestedById: number,
  taskId: number,
): Promise<number[]> {
  const recipient = await mailRecipient(tx, requestedById);
  if (!recipient) return [];
  const [reads] = await tx
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.id, taskId), taskVisibleTo(recipient.viewer)));
  return reads ? [requestedById] : [];
}

/** Why a pending request was closed by a change of its task rather than by a decision. */
export type OverriddenBy = 'closed' | 'reassigned' | 'extended';

/** The statuses where a deadline may still be extended, so a request may stay pending. */
export const EXTENDABLE = TASK_TRANSITIONS.extend.from;

/**
 * Closes, in the caller's transaction, the pending requests a change of their tasks has made moot:
 * the task is no longer open (confirmed, cancelled), it was given to another unit, or its due date
 * now reaches the requested one. Each is `withdrawn` by the actor of the change, with an event
 * `task.extension_withdrawn` that names the cause. `reassigned` lists the tasks whose assignee
 * changed; `except` a request being granted by this very change. The requester is told
 * (`extension_closed`, with the cause), unless the change was theirs. Answers the requests closed.
 */
export async function closeOverriddenRequests(
  tx: Executor,
  change: { actorId: number; taskIds: number[]; reassigned?: number[]; except?: number },
): Promise<{ id: number; taskId: number; cause: OverriddenBy }[]> {
  if (!change.taskIds.length) return [];
  const ids = `{${change.taskIds.join(',')}}`;
  const moved = `{${(change.reassigned ?? []).join(',')}}`;
  const open = `{${EXTENDABLE.join(',')}}`;
  const rows = await selectRows<{
    id: number;
    taskId: number;
    code: string;
    orgId: number;
    requestedDueOn: string;
    requestedById: number;
    cause: OverriddenBy;
  }>(
    tx,
    sql`WITH moot AS (
        SELECT x.id, t.id AS "taskId", t.code, t.assignee_org_id AS "orgId",
          x.requested_due_on::text AS "requestedDueOn", x.requested_by_id AS "requestedById",
          CASE WHEN NOT (t.status::text = ANY(${open}::text[])) THEN 'closed'
               WHEN t.id = ANY(${moved}::int[]) THEN 'reassigned'
               ELSE 'extended' END AS cause
        FROM extension_requests x JOIN tasks t ON t.id = x.task_id
        WHERE x.status = 'pending' AND x.task_id = ANY(${ids}::int[]) AND x.id <> ${change.except ?? 0}
          AND (NOT (t.status::text = ANY(${open}::text[])) OR t.id = ANY(${moved}::int[])
               OR t.due_on >= x.requested_due_on)
        FOR UPDATE OF x
      ), closed AS (
        UPDATE extension_requests x SET status = 'withdrawn', decided_by_id = ${change.actorId},
          decided_at = ${now().toISOString()}::timestamptz, version = x.version + 1
        FROM moot WHERE x.id = moot.id RETURNING x.id
      )
      SELECT moot.* FROM moot JOIN closed ON closed.id = moot.id ORDER BY moot.id`,
  );
  const list = rows.map((row) =>
    requestEvent(
      change.actorId,
      { id: Number(row.taskId), code: row.code, assigneeOrgId: Number(row.orgId) },
      'task.extension_withdrawn',
      Number(row.id),
      { to: row.requestedDueOn, data: { cause: row.cause } },
    ),
  );
  await recordEvents(tx, list);
  // the requester hears that the request is closed, and why (unless the change was theirs)
  const told: NotificationRow[] = [];
  for (const row of rows) {
    const taskId = Number(row.taskId);
    for (const userId of await requesterToTell(tx, Number(row.requestedById), taskId)) {
      if (userId === change.actorId) continue;
      told.push({
        userId,
        kind: 'extension_closed',
        taskId,
        code: row.code,
        day: currentDay(),
        dedupeKey: `extension_closed:task:${taskId}:r${row.id}`,
        data: { requestedDueOn: row.requestedDueOn, cause: row.cause },
      });
    }
  }
  await notify(tx, told);
  return rows.map((row) => ({ id: Number(row.id), taskId: Number(row.taskId), cause: row.cause }));
}
