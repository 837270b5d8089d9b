import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import type { SupportPartStatus } from '@/lib/domain/tasks';
import type { SupportPartInput } from '@/lib/validations/tasks';
import { db, type Executor, selectRows } from '../index';
import { organizations, taskSupportingUnits, users } from '../schema';
import { recordEvent } from './events';
import { invalid, lockedTask, type WriteResult } from './task-writes';
import { assignableCondition } from './tasks';
import type { Viewer } from './viewer';

/**
 * Supporting units (đơn vị phối hợp) of a task and their parts. They are chosen by whoever
 * assigns the task (create and edit forms); each unit's officials update only their part.
 */

export type SupportOrg = { id: number; code: string; path: string };

/**
 * The supporting units named by `codes`: each must be one the viewer may assign a task to
 * (inside its scope, in force, not a group) and not the lead unit; else an invalid field.
 * Units kept from before stay allowed even if they could no longer be chosen.
 */
export async function resolveSupportingUnits(
  tx: Executor,
  viewer: Viewer,
  codes: string[],
  lead: { id: number },
  today: string,
  kept: SupportOrg[] = [],
): Promise<{ ok: true; orgs: SupportOrg[] } | Extract<WriteResult, { ok: false }>> {
  const wanted = [...new Set(codes)];
  const keptCodes = new Set(kept.map((o) => o.code));
  const fresh = wanted.filter((code) => !keptCodes.has(code));
  const found = fresh.length
    ? await tx
        .select({ id: organizations.id, code: organizations.code, path: organizations.path })
        .from(organizations)
        .where(and(inArray(organizations.code, fresh), assignableCondition(viewer.scope.path, today)))
    : [];
  if (found.length !== fresh.length) return invalid('supporting', 'tasks.errors.supportingInvalid');
  const orgs = [...kept.filter((o) => wanted.includes(o.code)), ...found];
  if (orgs.some((o) => o.id === lead.id)) return invalid('supporting', 'tasks.errors.supportingIsLead');
  return { ok: true, orgs };
}

/** The supporting units a task has now, for an edit (inside its transaction). */
export async function currentSupportingUnits(tx: Executor, taskId: number): Promise<SupportOrg[]> {
  return tx
    .select({ id: organizations.id, code: organizations.code, path: organizations.path })
    .from(taskSupportingUnits)
    .innerJoin(organizations, eq(organizations.id, taskSupportingUnits.organizationId))
    .where(eq(taskSupportingUnits.taskId, taskId))
    .orderBy(asc(organizations.code));
}

/**
 * Makes the task's supporting units `next`: new units get a part not started, removed units lose
 * theirs (the history keeps what they wrote). Returns the codes added and removed.
 */
export async function writeSupportingUnits(
  tx: Executor,
  viewer: Viewer,
  taskId: number,
  before: SupportOrg[],
  next: SupportOrg[],
): Promise<{ added: string[]; removed: string[] }> {
  const added = next.filter((o) => !before.some((b) => b.id === o.id));
  const removed = before.filter((b) => !next.some((o) => o.id === b.id));
  if (added.length) {
    await tx
      .insert(taskSupportingUnits)
      .values(added.map((o) => ({ taskId, organizationId: o.id, updatedById: viewer.id, updatedAt: now() })));
  }
  if (removed.length) {
    await tx.delete(taskSupportingUnits).where(
      and(
        eq(taskSupportingUnits.taskId, taskId),
        inArray(
          taskSupportingUnits.organizationId,
          removed.map((o) => o.id),
        ),
      ),
    );
  }
  return { added: added.map((o) => o.code).sort(), removed: removed.map((o) => o.code).sort() };
}

export type SupportPart = {
  code: string;
  path: string;
  nameVi: string;
  nameEn: string | null;
  status: SupportPartStatus;
  note: string | null;
  updatedAt: Date;
  updatedByName: string | null;
  version: number;
};

/** The parts of a task's supporting units (the caller has checked the task is visible). */
export async function supportParts(taskId: number): Promise<SupportPart[]> {
  return db
    .select({
      code: organizations.code,
      path: organizations.path,
      nameVi: organizations.nameVi,
      nameEn: organizations.nameEn,
      status: taskSupportingUnits.status,
      note: taskSupportingUnits.note,
      updatedAt: taskSupportingUnits.updatedAt,
      updatedByName: users.displayName,
      version: taskSupportingUnits.version,
    })
    .from(taskSupportingUnits)
    .innerJoin(organizations, eq(organizations.id, taskSupportingUnits.organizationId))
    .leftJoin(users, eq(users.id, taskSupportingUnits.updatedById))
    .where(eq(taskSupportingUnits.taskId, taskId))
    .orderBy(asc(organizations.path));
}

/** Task statuses in which the parts still move: not once the task is completed or cancelled. */
export const PARTS_OPEN_IN = ['not_started', 'in_progress', 'awaiting_confirmation'];

/**
 * A supporting unit's official updates that unit's part (status, note): the task must be visible,
 * the unit one of its supporting units and within the official's own unit, the part at the version
 * the form read. One transaction with its history event.
 */
export async function updateSupportPart(viewer: Viewer, input: SupportPartInput): Promise<WriteResult> {
  return db.transaction(async (tx): Promise<WriteResult> => {
    const task = await lockedTask(tx, viewer, input.code);
    if (!task) return { ok: false, reason: 'not_found' };
    const [part] = await tx
      .select({
        organizationId: taskSupportingUnits.organizationId,
        path: organizations.path,
        status: taskSupportingUnits.status,
        note: taskSupportingUnits.note,
        version: taskSupportingUnits.version,
      })
      .from(taskSupportingUnits)
      .innerJoin(organizations, eq(organizations.id, taskSupportingUnits.organizationId))
      .where(and(eq(taskSupportingUnits.taskId, task.id), eq(organizations.code, input.unit)));
    if (!part || !can(actorOf(viewer), 'task.part', { path: part.path })) {
      return { ok: false, reason: 'forbidden' };
    }
    if (part.version !== input.version) return { ok: false, reason: 'conflict' };
    if (!PARTS_OPEN_IN.includes(task.status)) return { ok: false, reason: 'not_allowed' };
    const updated = await tx
      .update(taskSupportingUnits)
      .set({
        status: input.status,
        note: input.note,
        updatedById: viewer.id,
        updatedAt: now(),
        version: sql`${taskSupportingUnits.version} + 1`,
      })
      .where(
        and(
          eq(taskSupportingUnits.taskId, task.id),
          eq(taskSupportingUnits.organizationId, part.organizationId),
          eq(taskSupportingUnits.version, input.version),
        ),
      )
      .returning({ version: taskSupportingUnits.version });
    if (updated.length === 0) return { ok: false, reason: 'conflict' };
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: part.organizationId,
      entityType: 'task',
      entityId: task.id,
      entityCode: task.code,
      action: 'task.part',
      fromValue: part.status,
      toValue: input.status,
      data: { unit: input.unit, ...(input.note ? { note: input.note } : {}) },
    });
    return { ok: true, code: task.code };
  });
}

export type SupportByUnit = {
  code: string;
  nameVi: string;
  nameEn: string | null;
  /** tasks it supports (not cancelled) */
  supported: number;
  /** its parts not done yet, on tasks still open */
  openParts: number;
  /** of those, on tasks past their due day */
  overdueParts: number;
};

/**
 * Per supporting unit inside the viewer's scope (and the `org` subtree, the review when given):
 * the tasks it supports and its open parts, today's state. Each unit's own row: a task led
 * elsewhere is counted here for its supporting units, never in the figures by lead unit.
 */
export async function supportByUnit(
  viewer: Viewer,
  filters: { asOf: string; review?: string; org?: string },
): Promise<SupportByUnit[]> {
  const within = filters.org
    ? sql`u.path LIKE (SELECT s.path || '%' FROM organizations s WHERE s.code = ${filters.org})`
    : sql`TRUE`;
  const review = filters.review
    ? sql`AND t.review_id = (SELECT r.id FROM reviews r WHERE r.code = ${filters.review})`
    : sql``;
  return selectRows<SupportByUnit>(
    db,
    sql`SELECT u.code, u.name_vi AS "nameVi", u.name_en AS "nameEn",
        count(*) FILTER (WHERE t.status <> 'cancelled')::int AS supported,
        count(*) FILTER (WHERE su.status <> 'done' AND t.status NOT IN ('completed', 'cancelled'))::int AS "openParts",
        count(*) FILTER (WHERE su.status <> 'done' AND t.status NOT IN ('completed', 'cancelled')
          AND t.due_on < ${filters.asOf}::date)::int AS "overdueParts"
      FROM task_supporting_units su
      JOIN tasks t ON t.id = su.task_id
      JOIN organizations u ON u.id = su.organization_id
      WHERE u.path LIKE ${`${viewer.scope.path}%`} AND ${within} ${review}
      GROUP BY u.id, u.code, u.name_vi, u.name_en, u.path
      ORDER BY u.path`,
  );
}
