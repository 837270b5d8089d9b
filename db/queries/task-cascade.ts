import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { type ChildTask, MAX_TASK_DEPTH } from '@/lib/domain/cascade';
import { can } from '@/lib/domain/permissions';
import { db, type Executor, selectRows } from '../index';
import { organizations, tasks } from '../schema';
import type { NewEvent } from './events';
import { invalid, type WriteResult } from './task-writes';
import type { Viewer } from './viewer';
import { taskVisibleTo } from './visibility';

/**
 * Cascaded tasks (issue 17): a child task links its parent. The link is made when the child is
 * created (createTask) and never moved, so no write of the data layer can close a cycle; the
 * database refuses one anyway, and a fifth level (migration 0012's trigger).
 */

/** How many levels a task sits at: 1 for a task without a parent. */
export async function taskDepth(executor: Executor, taskId: number): Promise<number> {
  const [row] = await selectRows<{ depth: number }>(
    executor,
    sql`WITH RECURSIVE up(id, parent_id, depth) AS (
        SELECT id, parent_id, 1 FROM tasks WHERE id = ${taskId}
        UNION ALL SELECT t.id, t.parent_id, up.depth + 1 FROM tasks t JOIN up ON t.id = up.parent_id
        WHERE up.depth <= ${MAX_TASK_DEPTH})
      SELECT max(depth)::int AS depth FROM up`,
  );
  return row?.depth ?? 1;
}

export type ParentTask = { id: number; code: string; assigneePath: string };

/**
 * The parent a new task may be cascaded from, checked inside the creating transaction, or the
 * refusal: the viewer reads it and coordinates its lead unit's scope, it is still open, a child
 * stays within four levels, in the same review, inside the parent unit's subtree and due no later
 * than the parent is due now (an extended parent gives its children the extension).
 */
export async function checkParent(
  tx: Executor,
  viewer: Viewer,
  code: string,
  child: { reviewId: number; assigneePath: string; dueOn: string },
): Promise<{ ok: true; parent: ParentTask } | (WriteResult & { ok: false })> {
  const [parent] = await tx
    .select({
      id: tasks.id,
      code: tasks.code,
      reviewId: tasks.reviewId,
      status: tasks.status,
      dueOn: tasks.dueOn,
      assigneePath: organizations.path,
    })
    .from(tasks)
    .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
    .where(and(eq(tasks.code, code), taskVisibleTo(viewer)))
    // A parent cancelled or given a nearer due date meanwhile waits for this child's check.
    .for('share', { of: tasks });
  if (!parent || !can(actorOf(viewer), 'task.create', { path: parent.assigneePath })) {
    return invalid('parent', 'cascade.errors.parentInvalid') as WriteResult & { ok: false };
  }
  const refuse = (field: string, key: string) => invalid(field, key) as WriteResult & { ok: false };
  if (parent.status === 'completed' || parent.status === 'cancelled') {
    return refuse('parent', 'cascade.errors.parentClosed');
  }
  if ((await taskDepth(tx, parent.id)) >= MAX_TASK_DEPTH) return refuse('parent', 'cascade.errors.tooDeep');
  if (parent.reviewId !== child.reviewId) return refuse('review', 'cascade.errors.otherReview');
  if (!child.assigneePath.startsWith(parent.assigneePath)) {
    return refuse('assignee', 'cascade.errors.outsideParentUnit');
  }
  if (child.dueOn > parent.dueOn) return refuse('dueOn', 'cascade.errors.dueAfterParent');
  return { ok: true, parent: { id: parent.id, code: parent.code, assigneePath: parent.assigneePath } };
}

/** The event of the parent's history that tells of a child cascaded from it (form or import). */
export function cascadeEvent(
  actorId: number,
  parent: ParentTask,
  child: { code: string; orgId: number; orgCode: string; dueOn: string },
  data: Record<string, unknown> = {},
): NewEvent {
  return {
    actorId,
    organizationId: child.orgId,
    entityType: 'task',
    entityId: parent.id,
    entityCode: parent.code,
    action: 'task.cascade',
    toValue: child.code,
    data: { child: child.code, assignee: child.orgCode, dueOn: child.dueOn, ...data },
  };
}

/**
 * The children of a task the caller has already shown the viewer: whoever reads a parent reads
 * its children's code, unit, status and due date — these four fields, nothing more.
 */
export async function taskChildren(viewer: Viewer, parentId: number): Promise<ChildTask[]> {
  return db
    .select({
      code: tasks.code,
      unitCode: organizations.code,
      unitNameVi: organizations.nameVi,
      unitNameEn: organizations.nameEn,
      status: tasks.status,
      dueOn: tasks.dueOn,
      readable: sql<boolean>`${taskVisibleTo(viewer)}`.mapWith(Boolean),
    })
    .from(tasks)
    .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
    .where(eq(tasks.parentId, parentId))
    .orderBy(asc(tasks.dueOn), asc(tasks.code));
}

/**
 * Whether moving a task to the unit at `path` would break its cascade: the parent's unit must
 * still hold it, and it must still hold its children's units. The message key of the refusal, or null.
 */
export async function cascadeOutside(tx: Executor, taskId: number, path: string): Promise<string | null> {
  const [row] = await selectRows<{ parent_outside: boolean; children_outside: boolean }>(
    tx,
    sql`SELECT
        EXISTS (SELECT 1 FROM tasks t JOIN tasks p ON p.id = t.parent_id JOIN organizations o ON o.id = p.assignee_org_id
          WHERE t.id = ${taskId} AND ${path} NOT LIKE o.path || '%') AS parent_outside,
        EXISTS (SELECT 1 FROM tasks c JOIN organizations o ON o.id = c.assignee_org_id
          WHERE c.parent_id = ${taskId} AND o.path NOT LIKE ${`${path}%`}) AS children_outside`,
  );
  if (row.parent_outside) return 'cascade.errors.outsideParentUnit';
  if (row.children_outside) return 'cascade.errors.childrenOutside';
  return null;
}

export type ParentLink = { code: string; readable: boolean };

/** The parent of a task the viewer reads: its code, and whether the viewer may open it. */
export async function taskParent(viewer: Viewer, parentId: number | null): Promise<ParentLink | null> {
  if (parentId === null) return null;
  const [row] = await db
    .select({ code: tasks.code, readable: sql<boolean>`${taskVisibleTo(viewer)}`.mapWith(Boolean) })
    .from(tasks)
    .where(eq(tasks.id, parentId));
  return row ?? null;
}

/** Whether a task already sits at the deepest level: it can have no children. */
export async function atDeepestLevel(taskId: number): Promise<boolean> {
  return (await taskDepth(db, taskId)) >= MAX_TASK_DEPTH;
}
