import 'server-only';
import { desc, inArray, lte, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { isGeneratedCode } from '@/lib/domain/codes';
import type { TaskStatus } from '@/lib/domain/tasks';
import type { RowError } from '@/lib/import/task-rows';
import {
  type CheckedRow,
  checkNew,
  checkRowFields,
  type ExistingTask,
  planUpdate,
  type RawTaskRow,
  type RowPlan,
  splitSupporting,
} from '@/lib/import/task-rows';
import type { Executor } from '../index';
import { organizations, reviews, tasks } from '../schema';
import { type ImportOrg, organizationIndex } from './import-orgs';
import type { CheckedImport } from './import-run';
import { cascadeOutside, checkParent, type ParentTask } from './task-cascade';
import { assignableCondition } from './tasks';
import type { Viewer } from './viewer';
import { taskVisibleTo } from './visibility';

export type PlannedRow = CheckedRow & {
  org: ImportOrg;
  /** the supporting units of a new task */
  supportingOrgs: ImportOrg[];
  /** the task a new task is cascaded from */
  parentTask: ParentTask | null;
  existing:
    | (ExistingTask & { id: number; version: number; assigneeOrgId: number; completedOn: string | null })
    | null;
  plan: RowPlan | { kind: 'create' };
};
export type ImportCheck = CheckedImport & { rows: PlannedRow[]; reviewId: number | null };

/** The tasks the file names, with whether the viewer may see each. */
async function existingTasks(tx: Executor, viewer: Viewer, codes: string[]) {
  const found = new Map<
    string,
    PlannedRow['existing'] & { visible: boolean; supporting: string | null; parent: string | null }
  >();
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
        supporting: sql<string | null>`(SELECT string_agg(so.code, ';' ORDER BY so.code)
          FROM task_supporting_units su JOIN organizations so ON so.id = su.organization_id
          WHERE su.task_id = ${tasks.id})`,
        parent: sql<string | null>`(SELECT pt.code FROM tasks pt WHERE pt.id = ${tasks.parentId})`,
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
  const parsed = raw.map((line) => ({ raw: line, ...checkRowFields(line) }));
  const codes = [...new Set(parsed.flatMap((p) => (p.code ? [p.code] : [])))];
  const orgOf = await organizationIndex(tx, assignableCondition(viewer.scope.path, today));
  const existing = await existingTasks(tx, viewer, codes);
  const actor = actorOf(viewer);
  const rows: PlannedRow[] = [];
  const counts = { create: 0, update: 0, unchanged: 0 };
  const seen = new Set<string>();
  // Imported tasks belong to the review under way: the latest one started by today.
  let review: { id: number } | null | undefined;
  const currentReview = async () => {
    if (review === undefined) {
      [review = null] = await tx
        .select({ id: reviews.id })
        .from(reviews)
        .where(lte(reviews.startsOn, today))
        .orderBy(desc(reviews.startsOn), desc(reviews.id))
        .limit(1);
    }
    return review;
  };
  // Each row reports every problem it has: its fields, its code, its unit, then the workflow's
  // checks, which need a well-formed row and a known unit to say anything.
  for (const p of parsed) {
    const line = p.raw.line;
    const own: RowError[] = [...p.errors];
    const duplicate = p.code !== null && seen.has(p.code);
    if (p.code) seen.add(p.code);
    if (duplicate) own.push({ line, column: 'code', key: 'import.errors.duplicateCode' });
    const task = p.code && !duplicate ? existing.get(p.code) : undefined;
    // A new row may not take a generated code; a code held out of the viewer's reach gets the
    // answer a code nobody holds would get, or words that do not say what holds it.
    const notReadable = !duplicate && !task?.visible;
    if (p.code && notReadable && isGeneratedCode(p.code))
      own.push({ line, column: 'code', key: 'tasks.errors.codeReserved' });
    else if (task && !task.visible) own.push({ line, column: 'code', key: 'tasks.errors.codeUnavailable' });
    const assignee = p.raw.values.assignee;
    const found = assignee ? orgOf(assignee) : null;
    if (assignee && !found) own.push({ line, column: 'assignee', key: 'import.errors.orgUnknown' });
    if (found === 'ambiguous') own.push({ line, column: 'assignee', key: 'import.errors.orgAmbiguous' });
    const org = found && found !== 'ambiguous' ? found : null;
    // The current assignee stays allowed even when it was retired or is now a group.
    if (org && !org.usable && task?.assigneeOrgId !== org.id) {
      own.push({ line, column: 'assignee', key: 'import.errors.orgNotAssignable' });
    }
    // Supporting units: usable units other than the lead for a new task; an existing task keeps its own.
    const named = splitSupporting(p.raw.values.supporting).map((text) => orgOf(text));
    const supportingOrgs = [
      ...new Map(named.flatMap((o) => (o && o !== 'ambiguous' ? [[o.id, o] as const] : []))).values(),
    ];
    if (named.some((o) => !o || o === 'ambiguous' || (!task && !o.usable)))
      own.push({ line, column: 'supporting', key: 'import.errors.supportingUnknown' });
    else if (org && supportingOrgs.some((o) => o.id === org.id))
      own.push({ line, column: 'supporting', key: 'import.errors.supportingIsLead' });
    else if (task?.visible && named.length) {
      const codes = [...new Set(supportingOrgs.map((o) => o.code))].sort().join(';');
      if (codes !== (task.supporting ?? ''))
        own.push({ line, column: 'supporting', key: 'import.errors.supportingChange' });
    }
    const checked = p.row;
    if (own.length || !checked || !org || duplicate || (task && !task.visible)) {
      errors.push(...own);
      continue;
    }
    if (!task) {
      const rowErrors = checkNew(checked, today);
      errors.push(...rowErrors);
      if (rowErrors.length) continue;
      // A parent named: the cascade's own rules, as the form's (scope, unit, due date, depth).
      const current = checked.parent ? await currentReview() : null;
      const cascade =
        checked.parent && current
          ? await checkParent(tx, viewer, checked.parent, {
              reviewId: current.id,
              assigneePath: org.path,
              dueOn: checked.dueOn,
            })
          : null;
      if (cascade && !cascade.ok) {
        errors.push(...cascadeErrors(line, cascade.fieldErrors));
        continue;
      }
      rows.push({
        ...checked,
        org,
        supportingOrgs,
        parentTask: cascade?.parent ?? null,
        existing: null,
        plan: { kind: 'create' },
      });
      counts.create++;
      continue;
    }
    // The link to a parent is made when a task is created, never moved.
    const moved = checked.parent !== null && checked.parent !== task.parent;
    if (moved) errors.push({ line, column: 'parent', key: 'import.errors.parentChange' });
    const result = planUpdate(actor, checked, task, org, today);
    if ('errors' in result) {
      errors.push(...result.errors);
      continue;
    }
    if (moved) continue;
    // A new assignee must keep the cascade whole: inside the parent's unit, holding its children's.
    if (org.id !== task.assigneeOrgId) {
      const outside = await cascadeOutside(tx, task.id, org.path);
      if (outside) {
        errors.push({ line, column: 'assignee', key: outside });
        continue;
      }
    }
    rows.push({ ...checked, org, supportingOrgs: [], parentTask: null, existing: task, plan: result.plan });
    counts[result.plan.kind === 'unchanged' ? 'unchanged' : 'update']++;
  }
  // A new row cascades from its parent as it stands: not from one whose status, unit or due day
  // another row of the file changes (the cascade's rules were checked against the old ones).
  const changed = new Set(
    rows.flatMap((r) =>
      r.existing &&
      r.code &&
      r.plan.kind === 'update' &&
      (r.plan.action !== null || r.plan.changes.assignee || r.plan.changes.dueOn)
        ? [r.code.toUpperCase()]
        : [],
    ),
  );
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    if (r.plan.kind === 'create' && r.parent && changed.has(r.parent.toUpperCase())) {
      errors.push({ line: r.line, column: 'parent', key: 'import.errors.parentChangedInFile' });
      rows.splice(i, 1);
      counts.create--;
    }
  }
  let reviewId: number | null = null;
  if (counts.create) {
    const current = await currentReview();
    if (current) reviewId = current.id;
    else errors.push({ line: 0, column: null, key: 'tasks.errors.reviewRequired' });
  }
  errors.sort((a, b) => a.line - b.line);
  const preview = rows.slice(0, 20).map((r) => ({
    line: r.line,
    kind: r.plan.kind === 'create' ? ('create' as const) : r.plan.kind,
    code: r.code,
    title: r.title,
    org: r.org.code,
    day: r.dueOn,
  }));
  const matched = rows.flatMap((r) =>
    r.code ? [{ line: r.line, code: r.code, version: r.existing?.version ?? 0 }] : [],
  );
  return { errors, rows, counts, reviewId, preview, matched };
}

/** A cascade refusal (checkParent's field and message) as the row's errors, under the row's columns. */
function cascadeErrors(line: number, fieldErrors: Record<string, string[]> = {}): RowError[] {
  const columnOf = (field: string): RowError['column'] =>
    field === 'assignee' || field === 'dueOn' ? field : 'parent';
  return Object.entries(fieldErrors).flatMap(([field, keys]) =>
    keys.map((key) => ({ line, column: columnOf(field), key })),
  );
}
