import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { isGeneratedCode } from '@/lib/domain/codes';
import { can } from '@/lib/domain/permissions';
import type { TaskCreateInput, TaskEditInput } from '@/lib/validations/tasks';
import { transactionRetryingDeadlock } from '../deadlock';
import type { Executor } from '../index';
import {
  organizations,
  recommendations,
  reviews,
  surveySessions,
  taskRecommendations,
  tasks,
} from '../schema';
import { nextCode } from './codes';
import { recordEvent } from './events';
import { closeOverriddenRequests } from './extension-request-closing';
import { notifyUnit } from './notify';
import { cascadeEvent, cascadeOutside, checkParent } from './task-cascade';
import { currentSupportingUnits, resolveSupportingUnits, writeSupportingUnits } from './task-support';
import { invalid, lockedTask, startPeriod, type WriteResult } from './task-writes';
import { assignableCondition } from './tasks';
import type { Viewer } from './viewer';
import { orgsWithin, recommendationVisibleTo } from './visibility';

/** A valid assignee inside the viewer's scope (not a group, not retired), or null. */
async function assignee(tx: Executor, viewer: Viewer, code: string, today: string) {
  const [org] = await tx
    .select({ id: organizations.id, code: organizations.code, path: organizations.path })
    .from(organizations)
    .where(and(eq(organizations.code, code), assignableCondition(viewer.scope.path, today)));
  return org ?? null;
}

/** A survey session of the viewer's scope, or null. */
async function sessionIn(tx: Executor, viewer: Viewer, code: string) {
  const [row] = await tx
    .select({ id: surveySessions.id })
    .from(surveySessions)
    .where(
      and(
        eq(surveySessions.code, code),
        sql`${surveySessions.organizationId} IN ${orgsWithin(viewer.scope.path)}`,
      ),
    );
  return row ?? null;
}

/** A new task for a valid assignee of the coordinator's scope; the code is generated unless given. */
export async function createTask(
  viewer: Viewer,
  input: TaskCreateInput,
  today: string,
): Promise<WriteResult> {
  const actor = actorOf(viewer);
  if (!can(actor, 'task.create', { path: viewer.scope.path })) return { ok: false, reason: 'forbidden' };
  return transactionRetryingDeadlock(async (tx): Promise<WriteResult> => {
    const org = await assignee(tx, viewer, input.assignee, today);
    if (!org || !can(actor, 'task.create', { path: org.path })) {
      return invalid('assignee', 'tasks.errors.assigneeInvalid');
    }
    const [review] = await tx.select({ id: reviews.id }).from(reviews).where(eq(reviews.code, input.review));
    if (!review) return invalid('review', 'tasks.errors.reviewRequired');
    if (input.dueOn < today) return invalid('dueOn', 'tasks.errors.dueInPast');
    const cascade = input.parent
      ? await checkParent(tx, viewer, input.parent, {
          reviewId: review.id,
          assigneePath: org.path,
          dueOn: input.dueOn,
        })
      : null;
    if (cascade && !cascade.ok) return cascade;
    const parent = cascade?.parent ?? null;
    const session = input.session ? await sessionIn(tx, viewer, input.session) : null;
    if (input.session && !session) return invalid('session', 'tasks.errors.sessionInvalid');
    const linked = input.recommendations.length
      ? await tx
          .select({ id: recommendations.id, code: recommendations.code })
          .from(recommendations)
          .where(and(inArray(recommendations.code, input.recommendations), recommendationVisibleTo(viewer)))
      : [];
    if (linked.length !== new Set(input.recommendations).size) {
      return invalid('recommendations', 'tasks.errors.recommendationInvalid');
    }
    const support = await resolveSupportingUnits(tx, viewer, input.supporting ?? [], org, today);
    if (!support.ok) return support;
    // A code typed by hand may not take one the generator is to give; a code another record
    // holds is refused with the same words whether the viewer can read that record or not.
    if (input.code && isGeneratedCode(input.code)) return invalid('code', 'tasks.errors.codeReserved');
    const code = input.code ?? (await nextCode(tx, 'NV', Number(today.slice(0, 4))));
    const at = now();
    const [row] = await tx
      .insert(tasks)
      .values({
        code,
        reviewId: review.id,
        sessionId: session?.id ?? null,
        assigneeOrgId: org.id,
        parentId: parent?.id ?? null,
        title: input.title,
        description: input.description,
        dueOn: input.dueOn,
        originalDueOn: input.dueOn,
        createdById: viewer.id,
        updatedById: viewer.id,
        createdAt: at,
        updatedAt: at,
      })
      .onConflictDoNothing({ target: tasks.code })
      .returning({ id: tasks.id });
    if (!row) return invalid('code', 'tasks.errors.codeUnavailable');
    if (linked.length) {
      await tx
        .insert(taskRecommendations)
        .values(linked.map((r) => ({ taskId: row.id, recommendationId: r.id })));
    }
    const supporting = await writeSupportingUnits(tx, viewer, row.id, [], support.orgs);
    await startPeriod(
      tx,
      row.id,
      { assigneeOrgId: org.id, status: 'not_started', dueOn: input.dueOn, completedOn: null },
      at,
    );
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: org.id,
      entityType: 'task',
      entityId: row.id,
      entityCode: code,
      action: 'task.create',
      toValue: 'not_started',
      data: {
        title: input.title,
        dueOn: input.dueOn,
        assignee: org.code,
        recommendations: linked.map((r) => r.code),
        ...(parent ? { parent: parent.code } : {}),
        ...(supporting.added.length ? { supporting: supporting.added } : {}),
      },
    });
    if (parent) {
      // The parent's history tells of the cascade too, in the same transaction.
      await recordEvent(
        tx,
        cascadeEvent(viewer.id, parent, { code, orgId: org.id, orgCode: org.code, dueOn: input.dueOn }),
      );
    }
    await notifyUnit(tx, {
      kind: 'task_assigned',
      audience: 'officials',
      orgId: org.id,
      subject: { taskId: row.id, code },
      cause: 'v1',
      actorId: viewer.id,
      data: { dueOn: input.dueOn },
    });
    return { ok: true, code };
  });
}

/** Edits what a task is and who does it; its dates and status move only through the workflow. */
export async function editTask(viewer: Viewer, input: TaskEditInput, today: string): Promise<WriteResult> {
  const actor = actorOf(viewer);
  return transactionRetryingDeadlock(async (tx): Promise<WriteResult> => {
    const task = await lockedTask(tx, viewer, input.code);
    if (!task) return { ok: false, reason: 'not_found' };
    if (!can(actor, 'task.edit', { path: task.assigneePath })) return { ok: false, reason: 'forbidden' };
    if (task.version !== input.version) return { ok: false, reason: 'conflict' };
    const [current] = await tx
      .select({
        title: tasks.title,
        description: tasks.description,
        sessionId: tasks.sessionId,
        sessionCode: surveySessions.code,
        assigneeCode: organizations.code,
      })
      .from(tasks)
      .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
      .leftJoin(surveySessions, eq(surveySessions.id, tasks.sessionId))
      .where(eq(tasks.id, task.id));
    const org =
      input.assignee === current.assigneeCode
        ? { id: task.assigneeOrgId, code: current.assigneeCode, path: task.assigneePath }
        : await assignee(tx, viewer, input.assignee, today);
    if (!org || !can(actor, 'task.edit', { path: org.path }))
      return invalid('assignee', 'tasks.errors.assigneeInvalid');
    if (org.id !== task.assigneeOrgId) {
      // Locked first: a child being cascaded meanwhile (it locks its parent to share) is seen, or waits.
      await tx.select({ id: tasks.id }).from(tasks).where(eq(tasks.id, task.id)).for('update');
      const outside = await cascadeOutside(tx, task.id, org.path);
      if (outside) return invalid('assignee', outside);
    }
    // The current session stays allowed even when it lies outside the editor's scope.
    const keepsSession = input.session !== null && input.session === current.sessionCode;
    const session = input.session && !keepsSession ? await sessionIn(tx, viewer, input.session) : null;
    if (input.session && !keepsSession && !session) return invalid('session', 'tasks.errors.sessionInvalid');
    const sessionId = keepsSession ? current.sessionId : (session?.id ?? null);
    const before = await currentSupportingUnits(tx, task.id);
    const support = input.supporting
      ? await resolveSupportingUnits(tx, viewer, input.supporting, org, today, before)
      : { ok: true as const, orgs: before.filter((o) => o.id !== org.id) };
    if (!support.ok) return support;
    // the lead unit cannot stay a supporting unit of its own task
    if (!input.supporting && support.orgs.length !== before.length) {
      return invalid('supporting', 'tasks.errors.supportingIsLead');
    }
    const changesSupport =
      support.orgs.length !== before.length || support.orgs.some((o) => !before.some((b) => b.id === o.id));
    if (changesSupport && !input.supportReason) {
      return invalid('supportReason', 'tasks.errors.supportReasonRequired');
    }
    const at = now();
    const updated = await tx
      .update(tasks)
      .set({
        title: input.title,
        description: input.description,
        assigneeOrgId: org.id,
        sessionId,
        version: sql`${tasks.version} + 1`,
        updatedById: viewer.id,
        updatedAt: at,
      })
      .where(and(eq(tasks.id, task.id), eq(tasks.version, input.version)))
      .returning({ id: tasks.id });
    if (updated.length === 0) return { ok: false, reason: 'conflict' };
    if (org.id !== task.assigneeOrgId) {
      await startPeriod(
        tx,
        task.id,
        { assigneeOrgId: org.id, status: task.status, dueOn: task.dueOn, completedOn: task.completedOn },
        at,
      );
    }
    const changes: Record<string, [unknown, unknown]> = {};
    if (input.title !== current.title) changes.title = [current.title, input.title];
    if (input.description !== current.description)
      changes.description = [current.description, input.description];
    if (sessionId !== current.sessionId) changes.session = [current.sessionId, sessionId];
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: org.id,
      entityType: 'task',
      entityId: task.id,
      entityCode: task.code,
      action: 'task.edit',
      fromValue: org.id !== task.assigneeOrgId ? current.assigneeCode : null,
      toValue: org.id !== task.assigneeOrgId ? org.code : null,
      data: { changes },
    });
    if (org.id !== task.assigneeOrgId) {
      // the old unit's pending extension request is not the new unit's to keep
      await closeOverriddenRequests(tx, { actorId: viewer.id, taskIds: [task.id], reassigned: [task.id] });
      await notifyUnit(tx, {
        kind: 'task_assigned',
        audience: 'officials',
        orgId: org.id,
        subject: { taskId: task.id, code: task.code },
        cause: `v${input.version + 1}`,
        actorId: viewer.id,
        data: { dueOn: task.dueOn },
      });
    }
    if (changesSupport) {
      const { added, removed } = await writeSupportingUnits(tx, viewer, task.id, before, support.orgs);
      await recordEvent(tx, {
        actorId: viewer.id,
        organizationId: org.id,
        entityType: 'task',
        entityId: task.id,
        entityCode: task.code,
        action: 'task.support',
        fromValue: before.map((o) => o.code).join(';') || null,
        toValue:
          support.orgs
            .map((o) => o.code)
            .sort()
            .join(';') || null,
        data: { added, removed, reason: input.supportReason },
      });
    }
    return { ok: true, code: task.code };
  });
}
