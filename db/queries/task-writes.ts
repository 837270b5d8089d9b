import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { dayOf, now } from '@/lib/clock';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { can } from '@/lib/domain/permissions';
import { allowsAction, progressAfter, statusAfter, TASK_TRANSITIONS } from '@/lib/domain/task-workflow';
import type { TaskStatus } from '@/lib/domain/tasks';
import type { TaskActionInput } from '@/lib/validations/tasks';
import { transactionRetryingDeadlock } from '../deadlock';
import type { Executor } from '../index';
import { organizations, tasks } from '../schema';
import { recordEvent } from './events';
import { closeOverriddenRequests, EXTENDABLE } from './extension-request-closing';
import { type Audience, notifyUnit } from './notify';
import type { Viewer } from './viewer';
import { taskVisibleTo } from './visibility';

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
 * The row a write starts from, read inside its transaction and only if the viewer may see it;
 * with `openParts`, also the codes of the supporting units whose part is not done yet (a report
 * needs them: one statement rather than two).
 */
export async function lockedTask(tx: Executor, viewer: Viewer, code: string, withOpenParts = false) {
  const [row] = await tx
    .select({
      id: tasks.id,
      code: tasks.code,
      status: tasks.status,
      progress: tasks.progress,
      dueOn: tasks.dueOn,
      completedOn: tasks.completedOn,
      version: tasks.version,
      assigneeOrgId: tasks.assigneeOrgId,
      assigneePath: organizations.path,
      createdAt: tasks.createdAt,
      openParts: withOpenParts
        ? sql<string[]>`ARRAY(SELECT so.code FROM task_supporting_units su
            JOIN organizations so ON so.id = su.organization_id
            WHERE su.task_id = ${tasks.id} AND su.status <> 'done' ORDER BY so.code)`
        : sql<string[]>`'{}'::text[]`,
    })
    .from(tasks)
    .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
    .where(and(eq(tasks.code, code), taskVisibleTo(viewer)));
  return row ?? null;
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
 * One workflow action on one task, in one transaction: the row is read where the viewer may
 * see it, the permission and the transition are checked, then `UPDATE … WHERE id AND version`,
 * the status period and the event.
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
  const run = (work: (tx: Executor) => Promise<WriteResult>) =>
    within ? work(within.tx) : transactionRetryingDeadlock(work);
  return run(async (tx): Promise<WriteResult> => {
    const task = await lockedTask(tx, viewer, input.code, input.action === 'report');
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
    const at = now();

    const updated = await tx
      .update(tasks)
      .set({
        status,
        progress,
        dueOn,
        completedOn,
        ...(input.action === 'report' ? { completionDocRef: input.docRef ?? null } : {}),
        ...(note ? { lastNote: note } : {}),
        version: sql`${tasks.version} + 1`,
        updatedById: viewer.id,
        updatedAt: at,
      })
      .where(and(eq(tasks.id, task.id), eq(tasks.version, input.version)))
      .returning({ id: tasks.id });
    if (updated.length === 0) return { ok: false, reason: 'conflict' };

    if (status !== task.status || dueOn !== task.dueOn || completedOn !== task.completedOn) {
      await startPeriod(tx, task.id, { assigneeOrgId: task.assigneeOrgId, status, dueOn, completedOn }, at);
    }
    const changedDue = input.action === 'extend';
    await recordEvent(tx, {
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
    });
    // a pending extension request the task has moved past is closed with it: only a status where no
    // deadline may be extended, or a later due date, makes one moot (a report, a return, a progress
    // figure cannot: their statement is skipped)
    if (!EXTENDABLE.includes(status) || dueOn !== task.dueOn) {
      await closeOverriddenRequests(tx, { actorId: viewer.id, taskIds: [task.id], except: within?.granting });
    }
    const told = TOLD[input.action];
    if (told) {
      await notifyUnit(tx, {
        ...told,
        orgId: task.assigneeOrgId,
        subject: { taskId: task.id, code: task.code },
        cause: `v${input.version + 1}`,
        actorId: viewer.id,
        also: within?.alsoTell,
        data: input.action === 'extend' ? { dueOn } : {},
      });
    }
    return { ok: true, code: task.code };
  });
}

/** Who is told of a workflow action: the unit's officials of what was decided, coordinators of a report. */
const TOLD: Partial<Record<TaskActionInput['action'], { kind: NotificationKind; audience: Audience }>> = {
  report: { kind: 'completion_awaiting_confirmation', audience: 'coordinators' },
  return: { kind: 'report_returned', audience: 'officials' },
  confirm: { kind: 'report_confirmed', audience: 'officials' },
  extend: { kind: 'extension_granted', audience: 'officials' },
};
