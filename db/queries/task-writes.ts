import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { today as currentDay, dayOf, now } from '@/lib/clock';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { can } from '@/lib/domain/permissions';
import { allowsAction, progressAfter, statusAfter, TASK_TRANSITIONS } from '@/lib/domain/task-workflow';
import type { TaskStatus } from '@/lib/domain/tasks';
import { mailEnabled } from '@/lib/mail/transport';
import type { TaskActionInput } from '@/lib/validations/tasks';
import { retryingDeadlock, transactionRetryingDeadlock } from '../deadlock';
import { db, type Executor, selectRows } from '../index';
import { tasks } from '../schema';
import { closeOverriddenRequests, EXTENDABLE } from './extension-request-closing';
import { mailsForNotifications } from './notification-mails';
import type { Audience } from './notify';
import { type TaskWrite, writeTask } from './task-write-statement';
import type { Viewer } from './viewer';
import { taskVisibleTo } from './visibility';
import { queueWebhooks } from './webhook-outbox';

/** What a write answers: expected failures are values, never exceptions. */
export type WriteResult =
  | { ok: true; code: string }
  | {
      ok: false;
      reason: 'not_found' | 'forbidden' | 'conflict' | 'not_allowed' | 'invalid';
      fieldErrors?: Record<string, string[]>;
    };

export const invalid = (field: string, message: string): Extract<WriteResult, { ok: false }> => ({
  ok: false,
  reason: 'invalid',
  fieldErrors: { [field]: [message] },
});

/**
 * The row a write starts from, only if the viewer may see it; with `openParts`, also the codes of
 * the supporting units whose part is not done yet (a report needs them: one statement rather than
 * two). The visibility rules are tested whole (taskVisibleTo) only when the lead unit is outside
 * the viewer's scope — its first and cheap condition, which every write of a unit's own task meets:
 * planning their subqueries was most of the read's cost.
 */
export async function lockedTask(
  tx: Executor,
  viewer: Viewer,
  code: string,
  /** `subscribed`: also whether an active webhook subscription exists (a write then needs a transaction) */
  also: { openParts?: boolean; subscribed?: boolean } = {},
) {
  // Written out rather than built: the query builder cost ~0.5 ms of CPU a call (measured under load).
  // `leadInScope` is taskVisibleTo's first condition (orgsWithin: the same prefix of the same path).
  const [row] = await selectRows<{
    id: number;
    code: string;
    status: TaskStatus;
    progress: number;
    dueOn: string;
    completedOn: string | null;
    version: number;
    assigneeOrgId: number;
    assigneePath: string;
    createdAt: number;
    openParts: string[];
    subscribed: boolean;
    leadInScope: boolean;
  }>(
    tx,
    sql`SELECT t.id, t.code, t.status, t.progress, t.due_on::text AS "dueOn", t.completed_on::text AS "completedOn",
        t.version, t.assignee_org_id AS "assigneeOrgId", o.path AS "assigneePath",
        extract(epoch FROM t.created_at)::float8 * 1000 AS "createdAt",
        ${
          also.openParts
            ? sql`ARRAY(SELECT so.code FROM task_supporting_units su
                JOIN organizations so ON so.id = su.organization_id
                WHERE su.task_id = t.id AND su.status <> 'done' ORDER BY so.code)`
            : sql`'{}'::text[]`
        } AS "openParts",
        ${also.subscribed ? sql`EXISTS (SELECT 1 FROM webhook_subscriptions s WHERE s.active)` : sql`false`} AS subscribed,
        o.path LIKE ${`${viewer.scope.path}%`} AS "leadInScope"
      FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
      WHERE t.code = ${code}`,
  );
  if (!row) return null;
  const { leadInScope, createdAt, ...rest } = row;
  const task = { ...rest, createdAt: new Date(Number(createdAt)) };
  if (!leadInScope) {
    const [seen] = await tx
      .select({ id: tasks.id })
      .from(tasks)
      .where(and(eq(tasks.id, task.id), taskVisibleTo(viewer)));
    if (!seen) return null;
  }
  return task;
}

type PeriodFacts = { assigneeOrgId: number; status: TaskStatus; dueOn: string; completedOn: string | null };

/**
 * Closes the open status period and opens the one that holds from now on, in one statement (a
 * round trip less per status write). The new row is selected from the count of the closed ones,
 * so the UPDATE runs first (an unread CTE would run after the INSERT, which would then meet the
 * still open period on task_status_periods_open_key). task_rollup's triggers see both writes: the
 * UPDATE's transition tables and the INSERT's, each fired once at the end of the statement.
 */
export async function startPeriod(tx: Executor, taskId: number, facts: PeriodFacts, at: Date): Promise<void> {
  const instant = at.toISOString();
  await tx.execute(sql`WITH closed AS (
      UPDATE task_status_periods SET valid_to = ${instant}::timestamptz
      WHERE task_id = ${taskId} AND valid_to IS NULL RETURNING id
    )
    INSERT INTO task_status_periods (task_id, assignee_org_id, status, due_on, completed_on, valid_from)
    SELECT ${taskId}, ${facts.assigneeOrgId}, ${facts.status}::task_status, ${facts.dueOn}::date,
      ${facts.completedOn}::date, ${instant}::timestamptz
    FROM (SELECT count(*) FROM closed) AS first_closed`);
}

/**
 * One workflow action on one task: the row is read where the viewer may see it, the permission,
 * the version and the transition are checked, then one statement writes the task under its version
 * (`UPDATE … WHERE id AND version`), the status period, the event and the notifications
 * (task-write-statement.ts). The read is not a lock: the version written is the one read, or
 * nothing is written (conflict). When nothing has to follow the statement — no webhook
 * subscription, no mail, no extension request it may close, no caller's transaction — it is its
 * own transaction; otherwise it opens one, and the webhook deliveries, the closing of requests and
 * the mails are written after it, before COMMIT.
 */
export async function applyTaskAction(
  viewer: Viewer,
  input: TaskActionInput,
  today: string,
  /**
   * A granted extension request: the caller's transaction (nothing is written unless `ok`), the
   * request (left to the caller to close) and its requester, told beside the officials.
   */
  within?: { tx: Executor; granting: number; alsoTell: number[] },
): Promise<WriteResult> {
  const task = await lockedTask(within?.tx ?? db, viewer, input.code, {
    openParts: input.action === 'report',
    subscribed: true,
  });
  if (!task) return { ok: false, reason: 'not_found' };
  const transition = TASK_TRANSITIONS[input.action];
  if (!can(actorOf(viewer), transition.permission, { path: task.assigneePath })) {
    return { ok: false, reason: 'forbidden' };
  }
  if (task.version !== input.version) return { ok: false, reason: 'conflict' };
  if (!allowsAction(task.status, input.action)) return { ok: false, reason: 'not_allowed' };

  const createdOn = dayOf(task.createdAt);
  if (input.action === 'report' && input.completedOn! < createdOn) {
    return invalid('completedOn', 'tasks.errors.completedBeforeCreation');
  }
  if (input.action === 'extend' && (input.dueOn! <= task.dueOn || input.dueOn! < today)) {
    return invalid('dueOn', 'tasks.errors.extendNotLater');
  }
  // Only the lead reports completion; while supporting units' parts are open it says why.
  const openParts = task.openParts;
  if (openParts.length && !input.openPartsNote) {
    return invalid('openPartsNote', 'tasks.errors.openPartsNoteRequired');
  }

  const status = statusAfter(task.status, input.action);
  const progress = progressAfter(input.action, task.progress, input.progress);
  const dueOn = input.action === 'extend' ? input.dueOn! : task.dueOn;
  let completedOn = task.completedOn;
  if (input.action === 'report') completedOn = input.completedOn!;
  if (status === 'in_progress' || status === 'not_started' || status === 'cancelled') completedOn = null;
  const note = input.note ?? input.reason ?? null;
  const changedDue = input.action === 'extend';
  const told = TOLD[input.action];
  const write: TaskWrite = {
    taskId: task.id,
    code: task.code,
    version: input.version,
    set: {
      status,
      progress,
      dueOn,
      completedOn,
      ...(input.action === 'report' ? { completionDocRef: input.docRef ?? null } : {}),
      ...(note ? { lastNote: note } : {}),
    },
    actorId: viewer.id,
    at: now(),
    period:
      status !== task.status || dueOn !== task.dueOn || completedOn !== task.completedOn
        ? { assigneeOrgId: task.assigneeOrgId }
        : null,
    event: {
      actorId: viewer.id,
      organizationId: task.assigneeOrgId,
      entityType: 'task',
      entityId: task.id,
      entityCode: task.code,
      action: `task.${input.action}`,
      fromValue: changedDue ? task.dueOn : task.status,
      toValue: changedDue ? dueOn : status,
      data: {
        ...(note ? { note } : {}),
        ...(progress !== task.progress || input.action === 'progress'
          ? { progress, previousProgress: task.progress }
          : {}),
        ...(input.action === 'report' ? { completedOn, docRef: input.docRef ?? null } : {}),
        ...(openParts.length ? { openParts, openPartsNote: input.openPartsNote } : {}),
      },
    },
    told: told
      ? {
          ...told,
          orgId: task.assigneeOrgId,
          day: currentDay(),
          dedupeKey: `${told.kind}:task:${task.id}:v${input.version + 1}`,
          data: input.action === 'extend' ? { dueOn } : {},
          also: within?.alsoTell ?? [],
        }
      : null,
  };
  // a pending extension request the task has moved past is closed with it: only a status where no
  // deadline may be extended, or a later due date, makes one moot (a report, a return, a progress
  // figure cannot: they need no transaction of their own for it)
  const closesRequests = !EXTENDABLE.includes(status) || dueOn !== task.dueOn;
  const mails = told !== undefined && mailEnabled();
  if (!within && !task.subscribed && !closesRequests && !mails) {
    const written = await retryingDeadlock(() => writeTask(db, write, true));
    if (!written.subscribed)
      return written.updated ? { ok: true, code: task.code } : { ok: false, reason: 'conflict' };
    // a subscription came between the read and the write, which wrote nothing: write in a transaction
  }
  const work = async (tx: Executor): Promise<WriteResult> => {
    const written = await writeTask(tx, write, false);
    if (!written.updated) return { ok: false, reason: 'conflict' };
    await queueWebhooks(tx, [write.event], written.subscriptions);
    if (closesRequests) {
      await closeOverriddenRequests(tx, { actorId: viewer.id, taskIds: [task.id], except: within?.granting });
    }
    if (mails && told) {
      await mailsForNotifications(
        tx,
        written.notified.map((n) => ({ ...n, kind: told.kind, taskId: task.id, recommendationId: null })),
      );
    }
    return { ok: true, code: task.code };
  };
  return within ? work(within.tx) : transactionRetryingDeadlock(work);
}

/** Who is told of a workflow action: the unit's officials of what was decided, coordinators of a report. */
const TOLD: Partial<Record<TaskActionInput['action'], { kind: NotificationKind; audience: Audience }>> = {
  report: { kind: 'completion_awaiting_confirmation', audience: 'coordinators' },
  return: { kind: 'report_returned', audience: 'officials' },
  confirm: { kind: 'report_confirmed', audience: 'officials' },
  extend: { kind: 'extension_granted', audience: 'officials' },
};
