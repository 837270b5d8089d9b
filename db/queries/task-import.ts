import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { can } from '@/lib/domain/permissions';
import type { ImportHandlers } from '@/lib/import/action';
import { MAX_ROWS } from '@/lib/import/spreadsheet';
import { type RawTaskRow, readTaskRows } from '@/lib/import/task-rows';
import { db } from '../index';
import { organizations, tasks } from '../schema';
import { commitImport, type ImportOutcome, type ImportSummary, summarize } from './import-run';
import { checkTaskImport } from './task-import-check';
import { writeTaskImport } from './task-import-writes';
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
    write: (tx, check) => writeTaskImport(tx, viewer, check, today, fileName),
  });
}

/**
 * At most this many records pre-fill a template: a file with more could not be imported back
 * (the import's row limit), and the workbook is built in memory.
 */
export const TEMPLATE_MAX_ROWS = MAX_ROWS;

const tasksInScope = (viewer: Viewer) => sql`${tasks.assigneeOrgId} IN ${orgsWithin(viewer.scope.path)}`;

/** Whether the tasks of the viewer's scope fit in one template (read no further than the limit). */
export async function taskTemplateFits(viewer: Viewer, limit = TEMPLATE_MAX_ROWS): Promise<boolean> {
  const rows = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(tasksInScope(viewer))
    .limit(limit + 1);
  return rows.length <= limit;
}

/**
 * The assignable units and, when asked, the tasks of the coordinator's scope, for the template;
 * `tooMany` when the tasks pass the limit (none are returned then: a cut list would not say so).
 */
export async function templateData(
  viewer: Viewer,
  today: string,
  withTasks: boolean,
  limit = TEMPLATE_MAX_ROWS,
) {
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
          supporting: sql<string | null>`(SELECT string_agg(so.code, ';' ORDER BY so.code)
            FROM task_supporting_units su JOIN organizations so ON so.id = su.organization_id
            WHERE su.task_id = ${tasks.id})`,
          parent: sql<string | null>`(SELECT pt.code FROM tasks pt WHERE pt.id = ${tasks.parentId})`,
        })
        .from(tasks)
        .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
        .where(tasksInScope(viewer))
        .orderBy(asc(tasks.code))
        .limit(limit + 1)
    : [];
  if (existing.length > limit) return { orgs, existing: [], tooMany: true };
  return { orgs, existing, tooMany: false };
}
