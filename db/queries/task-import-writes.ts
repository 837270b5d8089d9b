import 'server-only';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { now } from '@/lib/clock';
import type { Executor } from '../index';
import { taskStatusPeriods, taskSupportingUnits, tasks } from '../schema';
import { insertRecords } from './bulk';
import { nextCodes } from './codes';
import { type NewEvent, recordEvents } from './events';
import { closeOverriddenRequests } from './extension-request-closing';
import { ImportConflict } from './import-run';
import { notifyOfEvents } from './notify';
import { cascadeEvent } from './task-cascade';
import type { ImportCheck, PlannedRow } from './task-import-check';
import type { Viewer } from './viewer';

/**
 * The writes of a checked task import, inside the commit's transaction: new tasks, updated
 * tasks, their status periods and one event per change, 1,000 rows a statement.
 */
export async function writeTaskImport(
  tx: Executor,
  viewer: Viewer,
  check: ImportCheck,
  today: string,
  fileName: string,
) {
  const at = now();
  const rowEvents: NewEvent[] = [];
  await createRows(tx, viewer, check, today, at, fileName, rowEvents);
  await updateRows(tx, viewer, check, at, fileName, rowEvents);
  await recordEvents(tx, rowEvents);
  await notifyOfEvents(tx, rowEvents, at);
  // pending extension requests of the tasks the file closed, gave to another unit or extended far enough
  const updated = check.rows.filter((r) => r.plan.kind === 'update' && r.existing);
  await closeOverriddenRequests(tx, {
    actorId: viewer.id,
    taskIds: updated.map((r) => r.existing!.id),
    reassigned: updated.flatMap((r) =>
      r.plan.kind === 'update' && r.plan.changes.assignee ? [r.existing!.id] : [],
    ),
  });
}

async function createRows(
  tx: Executor,
  viewer: Viewer,
  check: ImportCheck,
  today: string,
  at: Date,
  fileName: string,
  rowEvents: NewEvent[],
) {
  const fresh = check.rows.filter((r) => r.plan.kind === 'create');
  const generated = await nextCodes(tx, 'NV', Number(today.slice(0, 4)), fresh.filter((r) => !r.code).length);
  let next = 0;
  for (let i = 0; i < fresh.length; i += 1000) {
    const chunk = fresh.slice(i, i + 1000).map((r) => ({ ...r, code: r.code ?? generated[next++] }));
    const inserted = await insertRecords<typeof tasks, { id: number; code: string }>(
      tx,
      tasks,
      chunk.map((r) => ({
        code: r.code,
        reviewId: check.reviewId!,
        assigneeOrgId: r.org.id,
        parentId: r.parentTask?.id ?? null,
        title: r.title,
        description: r.description,
        dueOn: r.dueOn,
        originalDueOn: r.dueOn,
        createdById: viewer.id,
        updatedById: viewer.id,
        createdAt: at,
        updatedAt: at,
      })),
      sql`id, code`,
    );
    const byCode = new Map(chunk.map((r) => [r.code, r]));
    await insertRecords(
      tx,
      taskStatusPeriods,
      inserted.map((t) => ({
        taskId: t.id,
        assigneeOrgId: byCode.get(t.code)!.org.id,
        status: 'not_started' as const,
        dueOn: byCode.get(t.code)!.dueOn,
        completedOn: null,
        validFrom: at,
      })),
    );
    const parts = inserted.flatMap((t) =>
      byCode.get(t.code)!.supportingOrgs.map((o) => ({
        taskId: t.id,
        organizationId: o.id,
        updatedById: viewer.id,
        updatedAt: at,
      })),
    );
    if (parts.length) await insertRecords(tx, taskSupportingUnits, parts);
    for (const t of inserted) {
      const r = byCode.get(t.code)!;
      const supporting = [...new Set(r.supportingOrgs.map((o) => o.code))].sort();
      rowEvents.push({
        actorId: viewer.id,
        organizationId: r.org.id,
        entityType: 'task',
        entityId: t.id,
        entityCode: t.code,
        action: 'task.create',
        toValue: 'not_started',
        data: {
          title: r.title,
          dueOn: r.dueOn,
          assignee: r.org.code,
          ...(supporting.length ? { supporting } : {}),
          ...(r.parentTask ? { parent: r.parentTask.code } : {}),
          import: fileName,
          line: r.line,
        },
      });
      if (r.parentTask) {
        rowEvents.push(
          cascadeEvent(
            viewer.id,
            r.parentTask,
            { code: t.code, orgId: r.org.id, orgCode: r.org.code, dueOn: r.dueOn },
            { import: fileName, line: r.line },
          ),
        );
      }
    }
  }
}

/** A row's update as one record of the batch: the task's new fields, matched by id and version. */
function updatedFields(row: PlannedRow) {
  const task = row.existing!;
  const { action, status } = row.plan as Extract<PlannedRow['plan'], { kind: 'update' }>;
  return {
    id: task.id,
    version: task.version,
    title: row.title,
    description: row.description,
    assigneeOrgId: row.org.id,
    dueOn: row.dueOn,
    status,
    progress: action === 'confirm' ? 100 : task.progress,
    completedOn: ['completed', 'awaiting_confirmation'].includes(status) ? task.completedOn : null,
    // As the forms do: a workflow step's reason becomes the task's last note.
    lastNote: stepReason(row),
  };
}

/** The reason of a row that takes a workflow step or extends the task (null otherwise). */
function stepReason(row: PlannedRow): string | null {
  if (row.plan.kind !== 'update' || !(row.plan.action || row.plan.changes.dueOn)) return null;
  return row.reason;
}

/**
 * The updates, 1,000 rows a statement: one `UPDATE … FROM jsonb_to_recordset … WHERE id AND
 * version` (a row whose version moved is a conflict, as in a single update), then the status
 * periods of the rows whose status, due date or assignee changed (the open one closed, a new
 * one opened), and the rows' events. A round trip per row made 20,000 updates take a minute.
 */
async function updateRows(
  tx: Executor,
  viewer: Viewer,
  check: ImportCheck,
  at: Date,
  fileName: string,
  rowEvents: NewEvent[],
) {
  const updates = check.rows.filter((r) => r.plan.kind === 'update');
  for (let i = 0; i < updates.length; i += 1000) {
    const chunk = updates.slice(i, i + 1000);
    const fields = chunk.map(updatedFields);
    const records = JSON.stringify(
      fields.map((f) => ({
        id: f.id,
        version: f.version,
        title: f.title,
        description: f.description,
        assignee_org_id: f.assigneeOrgId,
        due_on: f.dueOn,
        status: f.status,
        progress: f.progress,
        completed_on: f.completedOn,
        last_note: f.lastNote,
      })),
    );
    const updated = await tx
      .update(tasks)
      .set({
        title: sql`v.title`,
        description: sql`v.description`,
        assigneeOrgId: sql`v.assignee_org_id`,
        dueOn: sql`v.due_on`,
        status: sql`v.status`,
        progress: sql`v.progress`,
        completedOn: sql`v.completed_on`,
        lastNote: sql`coalesce(v.last_note, ${tasks.lastNote})`,
        version: sql`${tasks.version} + 1`,
        updatedById: viewer.id,
        updatedAt: at,
      })
      .from(
        sql`jsonb_to_recordset(${records}::jsonb) AS v(id integer, version integer, title text,
          description text, assignee_org_id integer, due_on date, status task_status, progress integer,
          completed_on date, last_note text)`,
      )
      .where(and(eq(tasks.id, sql`v.id`), eq(tasks.version, sql`v.version`)))
      .returning({ id: tasks.id });
    if (updated.length !== chunk.length) {
      const done = new Set(updated.map((u) => u.id));
      const stale = chunk.filter((r) => !done.has(r.existing!.id));
      throw new ImportConflict(stale.map((r) => ({ line: r.line, code: r.code ?? '' })));
    }
    const moved = chunk.flatMap((row, k) => {
      const plan = row.plan as Extract<PlannedRow['plan'], { kind: 'update' }>;
      const changed = plan.status !== row.existing!.status || plan.changes.dueOn || plan.changes.assignee;
      return changed ? [fields[k]] : [];
    });
    if (moved.length) {
      await tx
        .update(taskStatusPeriods)
        .set({ validTo: at })
        .where(
          and(
            inArray(
              taskStatusPeriods.taskId,
              moved.map((f) => f.id),
            ),
            isNull(taskStatusPeriods.validTo),
          ),
        );
      await insertRecords(
        tx,
        taskStatusPeriods,
        moved.map((f) => ({
          taskId: f.id,
          assigneeOrgId: f.assigneeOrgId,
          status: f.status,
          dueOn: f.dueOn,
          completedOn: f.completedOn,
          validFrom: at,
        })),
      );
    }
    for (const row of chunk) rowEvents.push(...updateEvents(viewer, row, fileName));
  }
}

/** The events of one updated row: its edit, its extension, its workflow action. */
function updateEvents(viewer: Viewer, row: PlannedRow, fileName: string): NewEvent[] {
  const task = row.existing!;
  if (row.plan.kind !== 'update') return [];
  const { action, status, changes } = row.plan;
  const list: NewEvent[] = [];
  const base = { actorId: viewer.id, organizationId: row.org.id, entityType: 'task', entityId: task.id };
  const data = { import: fileName, line: row.line };
  const reason = stepReason(row);
  const stepData = reason ? { ...data, note: reason } : data;
  if (changes.title || changes.description || changes.assignee) {
    const diff: Record<string, [unknown, unknown]> = {};
    if (changes.title) diff.title = [task.title, row.title];
    if (changes.description) diff.description = [task.description, row.description];
    list.push({
      ...base,
      entityCode: row.code,
      action: 'task.edit',
      fromValue: changes.assignee ? task.assigneeCode : null,
      toValue: changes.assignee ? row.org.code : null,
      data: { ...data, changes: diff },
    });
  }
  if (changes.dueOn) {
    list.push({
      ...base,
      entityCode: row.code,
      action: 'task.extend',
      fromValue: task.dueOn,
      toValue: row.dueOn,
      data: stepData,
    });
  }
  if (action) {
    list.push({
      ...base,
      entityCode: row.code,
      action: `task.${action}`,
      fromValue: task.status,
      toValue: status,
      data: stepData,
    });
  }
  return list;
}
