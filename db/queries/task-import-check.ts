import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { TaskStatus } from '@/lib/domain/tasks';
import { foldForSearch } from '@/lib/domain/text';
import type { RowError } from '@/lib/import/task-rows';
import {
  type CheckedRow,
  checkNew,
  checkRowFields,
  type ExistingTask,
  planUpdate,
  type RawTaskRow,
  type RowPlan,
} from '@/lib/import/task-rows';
import type { Executor } from '../index';
import { organizations, reviews, tasks } from '../schema';
import { actorOf } from './task-writes';
import { assignableCondition } from './tasks';
import type { Viewer } from './viewer';
import { taskVisibleTo } from './visibility';

type Org = { id: number; code: string; path: string; assignable: boolean };
export type PlannedRow = CheckedRow & {
  org: Org;
  existing:
    | (ExistingTask & { id: number; version: number; assigneeOrgId: number; completedOn: string | null })
    | null;
  plan: RowPlan | { kind: 'create' };
};
export type ImportCheck = {
  errors: RowError[];
  rows: PlannedRow[];
  counts: { create: number; update: number; unchanged: number };
  reviewId: number | null;
};

/** Organizations by code, by exact name and by name without diacritics (ambiguous names marked). */
async function organizationIndex(tx: Executor, viewer: Viewer, today: string) {
  const all = await tx
    .select({
      id: organizations.id,
      code: organizations.code,
      path: organizations.path,
      nameVi: organizations.nameVi,
      shortNameVi: organizations.shortNameVi,
      assignable: sql<boolean>`(${assignableCondition(viewer.scope.path, today)})`,
    })
    .from(organizations);
  const byCode = new Map<string, Org>();
  const byName = new Map<string, Org | 'ambiguous'>();
  const add = (key: string, org: Org) => {
    const seen = byName.get(key);
    byName.set(key, seen && seen !== 'ambiguous' && seen.id !== org.id ? 'ambiguous' : org);
  };
  for (const o of all) {
    const org = { id: o.id, code: o.code, path: o.path, assignable: Boolean(o.assignable) };
    byCode.set(o.code.toUpperCase(), org);
    for (const name of [o.nameVi, o.shortNameVi]) if (name) add(foldForSearch(name), org);
  }
  return (text: string): Org | 'ambiguous' | null =>
    byCode.get(text.toUpperCase()) ?? byName.get(foldForSearch(text)) ?? null;
}

/** The tasks the file names, with whether the viewer may see each. */
async function existingTasks(tx: Executor, viewer: Viewer, codes: string[]) {
  const found = new Map<string, PlannedRow['existing'] & { visible: boolean }>();
  for (let i = 0; i < codes.length; i += 5000) {
    const rows = await tx
      .select({
        id: tasks.id,
        code: tasks.code,
        version: tasks.version,
        status: tasks.status,
        progress: tasks.progress,
        dueOn: tasks.dueOn,
        completedOn: tasks.completedOn,
        title: tasks.title,
        description: tasks.description,
        assigneeOrgId: tasks.assigneeOrgId,
        assigneeCode: organizations.code,
        assigneePath: organizations.path,
        visible: sql<boolean>`${taskVisibleTo(viewer)}`,
      })
      .from(tasks)
      .innerJoin(organizations, sql`${organizations.id} = ${tasks.assigneeOrgId}`)
      .where(inArray(tasks.code, codes.slice(i, i + 5000)));
    for (const row of rows)
      found.set(row.code, { ...row, status: row.status as TaskStatus, visible: Boolean(row.visible) });
  }
  return found;
}

/**
 * Every row checked against the database, as the dry run shows it and as the commit re-checks
 * it inside its transaction: organizations, codes, scope and the workflow's transitions.
 */
export async function checkTaskImport(
  tx: Executor,
  viewer: Viewer,
  raw: RawTaskRow[],
  today: string,
): Promise<ImportCheck> {
  const errors: RowError[] = [];
  const checked: CheckedRow[] = [];
  const seen = new Map<string, number>();
  for (const row of raw) {
    const result = checkRowFields(row);
    if ('errors' in result) errors.push(...result.errors);
    const code = 'row' in result ? result.row.code : null;
    if (code && seen.has(code)) {
      errors.push({ line: row.line, column: 'code', key: 'import.errors.duplicateCode' });
      continue;
    }
    if (code) seen.set(code, row.line);
    if ('row' in result) checked.push(result.row);
  }
  const orgOf = await organizationIndex(tx, viewer, today);
  const existing = await existingTasks(tx, viewer, [...seen.keys()]);
  const actor = actorOf(viewer);
  const rows: PlannedRow[] = [];
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const row of checked) {
    const org = orgOf(row.assignee);
    if (!org) {
      errors.push({ line: row.line, column: 'assignee', key: 'import.errors.orgUnknown' });
      continue;
    }
    if (org === 'ambiguous') {
      errors.push({ line: row.line, column: 'assignee', key: 'import.errors.orgAmbiguous' });
      continue;
    }
    const task = row.code ? existing.get(row.code) : undefined;
    if (task && !task.visible) {
      errors.push({ line: row.line, column: 'code', key: 'tasks.errors.codeTaken' });
      continue;
    }
    // The current assignee stays allowed even when it was retired or is now a group.
    if (!org.assignable && task?.assigneeOrgId !== org.id) {
      errors.push({ line: row.line, column: 'assignee', key: 'import.errors.orgNotAssignable' });
      continue;
    }
    if (!task) {
      const rowErrors = checkNew(row, today);
      errors.push(...rowErrors);
      if (rowErrors.length) continue;
      rows.push({ ...row, org, existing: null, plan: { kind: 'create' } });
      counts.create++;
      continue;
    }
    const result = planUpdate(actor, row, task, org, today);
    if ('errors' in result) {
      errors.push(...result.errors);
      continue;
    }
    rows.push({ ...row, org, existing: task, plan: result.plan });
    counts[result.plan.kind === 'unchanged' ? 'unchanged' : 'update']++;
  }
  let reviewId: number | null = null;
  if (counts.create) {
    const all = await tx.select({ id: reviews.id }).from(reviews).limit(2);
    // Imported tasks belong to the review when there is exactly one; the form asks otherwise.
    if (all.length === 1) reviewId = all[0].id;
    else errors.push({ line: 0, column: null, key: 'tasks.errors.reviewRequired' });
  }
  errors.sort((a, b) => a.line - b.line);
  return { errors, rows, counts, reviewId };
}
