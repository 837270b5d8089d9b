import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { now } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import type { ImportHandlers } from '@/lib/import/action';
import { type RawTaskRow, readTaskRows } from '@/lib/import/task-rows';
import { db, type Executor } from '../index';
import { organizations, taskStatusPeriods, tasks } from '../schema';
import { nextCodes } from './codes';
import { type NewEvent, recordEvents } from './events';
import {
  commitImport,
  ImportConflict,
  type ImportOutcome,
  type ImportSummary,
  summarize,
} from './import-run';
import { checkTaskImport, type ImportCheck, type PlannedRow } from './task-import-check';
import { actorOf, startPeriod } from './task-writes';
import { assignableCondition } from './tasks';
import type { Viewer } from './viewer';
import { orgsWithin } from './visibility';

/** Coordinators import into their scope; everyone else does not see the page. */
export function mayImportTasks(viewer: Viewer): boolean {
  return can(actorOf(viewer), 'task.create', { path: viewer.scope.path });
}

/**
 * How the import page's action reads, checks and commits a task file for this viewer on this
 * day (everything but the revalidation); the benchmark drives the same handlers in-process.
 */
export function taskImportHandlers(
  viewer: Viewer,
  day: string,
): Omit<ImportHandlers<RawTaskRow>, 'revalidate'> {
  return {
    readRows: readTaskRows,
    dryRun: (rows) => dryRunTaskImport(viewer, rows, day),
    commit: (fileName, rows, expected) => commitTaskImport(viewer, fileName, rows, day, expected),
  };
}

/** The dry run: every row checked, nothing written. */
export async function dryRunTaskImport(
  viewer: Viewer,
  rows: RawTaskRow[],
  today: string,
): Promise<ImportSummary> {
  return summarize(await checkTaskImport(db, viewer, rows, today));
}

/**
 * The commit: the file is checked again inside ONE transaction and written all or nothing;
 * each row writes its event and the import itself is an event with the file name and counts.
 * `expected` (the versions the dry run showed) turns a concurrent edit into a conflict.
 */
export async function commitTaskImport(
  viewer: Viewer,
  fileName: string,
  rows: RawTaskRow[],
  today: string,
  expected?: Record<string, number>,
): Promise<ImportOutcome> {
  return commitImport({
    viewer,
    fileName,
    action: 'task.import',
    expected,
    check: (tx) => checkTaskImport(tx, viewer, rows, today),
    write: async (tx, check) => {
      const at = now();
      const rowEvents: NewEvent[] = [];
      await createRows(tx, viewer, check, today, at, fileName, rowEvents);
      for (const row of check.rows) {
        if (row.plan.kind === 'update') await updateRow(tx, viewer, row, at, fileName, rowEvents);
      }
      await recordEvents(tx, rowEvents);
    },
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
    const inserted = await tx
      .insert(tasks)
      .values(
        chunk.map((r) => ({
          code: r.code,
          reviewId: check.reviewId!,
          assigneeOrgId: r.org.id,
          title: r.title,
          description: r.description,
          dueOn: r.dueOn,
          originalDueOn: r.dueOn,
          createdById: viewer.id,
          updatedById: viewer.id,
          createdAt: at,
          updatedAt: at,
        })),
      )
      .returning({ id: tasks.id, code: tasks.code });
    const byCode = new Map(chunk.map((r) => [r.code, r]));
    await tx.insert(taskStatusPeriods).values(
      inserted.map((t) => ({
        taskId: t.id,
        assigneeOrgId: byCode.get(t.code)!.org.id,
        status: 'not_started' as const,
        dueOn: byCode.get(t.code)!.dueOn,
        completedOn: null,
        validFrom: at,
      })),
    );
    for (const t of inserted) {
      const r = byCode.get(t.code)!;
      rowEvents.push({
        actorId: viewer.id,
        organizationId: r.org.id,
        entityType: 'task',
        entityId: t.id,
        entityCode: t.code,
        action: 'task.create',
        toValue: 'not_started',
        data: { title: r.title, dueOn: r.dueOn, assignee: r.org.code, import: fileName, line: r.line },
      });
    }
  }
}

async function updateRow(
  tx: Executor,
  viewer: Viewer,
  row: PlannedRow,
  at: Date,
  fileName: string,
  rowEvents: NewEvent[],
) {
  const task = row.existing!;
  if (row.plan.kind !== 'update') return;
  const { action, status, changes } = row.plan;
  const completedOn = ['completed', 'awaiting_confirmation'].includes(status) ? task.completedOn : null;
  const progress = action === 'confirm' ? 100 : task.progress;
  const updated = await tx
    .update(tasks)
    .set({
      title: row.title,
      description: row.description,
      assigneeOrgId: row.org.id,
      dueOn: row.dueOn,
      status,
      progress,
      completedOn,
      version: sql`${tasks.version} + 1`,
      updatedById: viewer.id,
      updatedAt: at,
    })
    .where(and(eq(tasks.id, task.id), eq(tasks.version, task.version)))
    .returning({ id: tasks.id });
  if (updated.length === 0) throw new ImportConflict([{ line: row.line, code: row.code ?? '' }]);
  if (status !== task.status || changes.dueOn || changes.assignee) {
    await startPeriod(tx, task.id, { assigneeOrgId: row.org.id, status, dueOn: row.dueOn, completedOn }, at);
  }
  const base = { actorId: viewer.id, organizationId: row.org.id, entityType: 'task', entityId: task.id };
  const data = { import: fileName, line: row.line };
  if (changes.title || changes.description || changes.assignee) {
    const diff: Record<string, [unknown, unknown]> = {};
    if (changes.title) diff.title = [task.title, row.title];
    if (changes.description) diff.description = [task.description, row.description];
    rowEvents.push({
      ...base,
      entityCode: row.code,
      action: 'task.edit',
      fromValue: changes.assignee ? task.assigneeCode : null,
      toValue: changes.assignee ? row.org.code : null,
      data: { ...data, changes: diff },
    });
  }
  if (changes.dueOn) {
    rowEvents.push({
      ...base,
      entityCode: row.code,
      action: 'task.extend',
      fromValue: task.dueOn,
      toValue: row.dueOn,
      data,
    });
  }
  if (action) {
    rowEvents.push({
      ...base,
      entityCode: row.code,
      action: `task.${action}`,
      fromValue: task.status,
      toValue: status,
      data,
    });
  }
}

/** The assignable units and, when asked, the tasks of the coordinator's scope, for the template. */
export async function templateData(viewer: Viewer, today: string, withTasks: boolean) {
  const orgs = await db
    .select({ code: organizations.code, nameVi: organizations.nameVi })
    .from(organizations)
    .where(assignableCondition(viewer.scope.path, today))
    .orderBy(asc(organizations.path));
  const existing = withTasks
    ? await db
        .select({
          code: tasks.code,
          title: tasks.title,
          description: tasks.description,
          assignee: organizations.code,
          dueOn: tasks.dueOn,
          status: tasks.status,
          progress: tasks.progress,
        })
        .from(tasks)
        .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
        .where(sql`${tasks.assigneeOrgId} IN ${orgsWithin(viewer.scope.path)}`)
        .orderBy(asc(tasks.code))
    : [];
  return { orgs, existing };
}
