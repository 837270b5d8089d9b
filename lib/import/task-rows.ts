import type { Actor } from '@/lib/domain/permissions';
import { can } from '@/lib/domain/permissions';
import { mayDo, statusAfter, TASK_ACTIONS, type TaskAction } from '@/lib/domain/task-workflow';
import { TASK_STATUSES, type TaskStatus } from '@/lib/domain/tasks';
import { ACTION_FIELDS, NOTE_MAX, TaskCreateInput } from '@/lib/validations/tasks';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';
import {
  type ColumnSpec,
  type RowError as GenericRowError,
  labelLookup,
  parseDay,
  type RawRow,
  readRows,
  rowErrors,
} from './rows';

export { parseDay };

/** The columns of the task import, in template order; the header is matched without diacritics. */
export const TASK_COLUMNS = [
  { key: 'code', header: vi.import.column.code, aliases: ['ma', 'code', 'ma nhiem vu'] },
  { key: 'title', header: vi.import.column.title, aliases: ['title', 'tieu de', 'noi dung'] },
  { key: 'description', header: vi.import.column.description, aliases: ['description'] },
  { key: 'assignee', header: vi.import.column.assignee, aliases: ['assignee', 'don vi', 'ma don vi'] },
  { key: 'dueOn', header: vi.import.column.dueOn, aliases: ['due', 'due on', 'han', 'thoi han'] },
  { key: 'status', header: vi.import.column.status, aliases: ['status'] },
  { key: 'progress', header: vi.import.column.progress, aliases: ['progress', 'tien do'] },
  { key: 'reason', header: vi.import.column.reason, aliases: ['reason', 'ly do'] },
  {
    key: 'supporting',
    header: vi.import.column.supporting,
    aliases: ['supporting', 'supporting units', 'phoi hop'],
  },
  { key: 'parent', header: vi.import.column.parent, aliases: ['parent', 'parent task', 'ma nhiem vu cha'] },
] as const satisfies readonly ColumnSpec[];
export type TaskColumn = (typeof TASK_COLUMNS)[number]['key'];
export type RawTaskRow = RawRow<TaskColumn>;
export type RowError = GenericRowError<TaskColumn>;

/** Finds the header row (the first row naming a title column) and reads the rows under it. */
export function readTaskRows(rows: string[][]): { rows: RawTaskRow[] } | { missing: string[] } {
  return readRows<TaskColumn>(rows, TASK_COLUMNS, ['title', 'assignee', 'dueOn'], 'title');
}

/** A status from its key or its Vietnamese or English label, with or without diacritics. */
export const parseStatus = labelLookup(TASK_STATUSES, { vi: vi.tasks.status, en: en.tasks.status });

/** The row's own fields, checked by the same schema as the task form. */
const RowFields = TaskCreateInput.pick({ code: true, title: true, description: true, parent: true });

export type CheckedRow = {
  line: number;
  code: string | null;
  title: string;
  description: string | null;
  assignee: string;
  dueOn: string;
  status: TaskStatus | null;
  progress: number | null;
  /** Why the row cancels, returns, reopens or extends the task; required for those, as on the forms. */
  reason: string | null;
  /** The supporting units' codes or names, separated by `;` (empty: none for a new task, unchanged otherwise). */
  supporting: string[];
  /** The parent task's code: a new task is cascaded from it; an existing task keeps its own (empty: unchanged). */
  parent: string | null;
};

/** The supporting units of a row: codes or names separated by `;`. */
export function splitSupporting(cell: string | undefined): string[] {
  return [
    ...new Set(
      (cell ?? '')
        .split(';')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Field-level checks of one row (no database): the form's schema, dates, status and progress.
 * Every problem is reported; the row comes back only when it has none. The code comes back
 * whenever it is well formed, so that duplicates and existing tasks are still recognised.
 */
export function checkRowFields(row: RawTaskRow): {
  row: CheckedRow | null;
  code: string | null;
  errors: RowError[];
} {
  const errors = rowErrors<TaskColumn>(row.line);
  const v = row.values;
  const fields = RowFields.safeParse({
    code: v.code,
    title: v.title,
    description: v.description,
    parent: v.parent ?? '',
  });
  if (!fields.success) {
    for (const issue of fields.error.issues) errors.add(issue.path[0] as TaskColumn, issue.message);
  }
  const code = RowFields.shape.code.safeParse(v.code);
  if (!v.assignee) errors.add('assignee', 'tasks.errors.assigneeRequired');
  const dueOn = parseDay(v.dueOn);
  if (!dueOn) errors.add('dueOn', 'import.errors.badDate');
  const status = v.status ? parseStatus(v.status) : null;
  if (v.status && !status) errors.add('status', 'import.errors.badStatus');
  let progress: number | null = null;
  if (v.progress) {
    const n = Number(v.progress.replace('%', '').replace(',', '.'));
    if (!Number.isInteger(n) || n < 0 || n > 100) errors.add('progress', 'tasks.errors.progressRange');
    else progress = n;
  }
  const reason = v.reason || null;
  if (reason && reason.length > NOTE_MAX) errors.add('reason', 'tasks.errors.noteTooLong');
  const ok = fields.success && dueOn && errors.list.length === 0;
  return {
    row: ok
      ? {
          line: row.line,
          ...fields.data,
          parent: fields.data.parent ?? null,
          assignee: v.assignee,
          dueOn,
          status,
          progress,
          reason,
          supporting: splitSupporting(v.supporting),
        }
      : null,
    code: code.success ? (code.data ?? null) : null,
    errors: errors.list,
  };
}

export type ExistingTask = {
  status: TaskStatus;
  progress: number;
  dueOn: string;
  title: string;
  description: string | null;
  assigneeCode: string;
  assigneePath: string;
};

/** What an import row does to a task, decided by the workflow's own transition table. */
export type RowPlan =
  | { kind: 'unchanged' }
  | {
      kind: 'update';
      action: TaskAction | null;
      status: TaskStatus;
      changes: Partial<Record<'title' | 'description' | 'assignee' | 'dueOn', true>>;
    };

const IMPORTABLE_ACTIONS = TASK_ACTIONS.filter((a) => a !== 'report' && a !== 'progress' && a !== 'extend');

/** The workflow steps whose form asks for a reason (ACTION_FIELDS): so does the import. */
const NEEDS_REASON: readonly TaskAction[] = TASK_ACTIONS.filter((a) => ACTION_FIELDS[a].includes('reason'));

/**
 * The change a row asks of an existing task, or the errors why it may not: title, description
 * and assignee need `task.edit`; a later due date is an extension of an open task; a new status
 * must be one transition away and allowed to this actor; progress moves only with the work.
 */
export function planUpdate(
  actor: Actor,
  row: CheckedRow,
  task: ExistingTask,
  org: { code: string; path: string },
  today: string,
): { plan: RowPlan } | { errors: RowError[] } {
  const errors: RowError[] = [];
  const changes: Partial<Record<'title' | 'description' | 'assignee' | 'dueOn', true>> = {};
  if (row.title !== task.title) changes.title = true;
  if (row.description !== task.description && (row.description ?? '') !== (task.description ?? ''))
    changes.description = true;
  if (org.code !== task.assigneeCode) changes.assignee = true;
  if (
    (changes.title || changes.description || changes.assignee) &&
    !can(actor, 'task.edit', { path: task.assigneePath })
  ) {
    errors.push({ line: row.line, column: 'title', key: 'import.errors.editForbidden' });
  }
  if (changes.assignee && !can(actor, 'task.edit', { path: org.path })) {
    errors.push({ line: row.line, column: 'assignee', key: 'import.errors.orgOutOfScope' });
  }
  const status = row.status ?? task.status;
  let action: TaskAction | null = null;
  if (status !== task.status) {
    action =
      IMPORTABLE_ACTIONS.find((a) => mayDo(actor, a, task) && statusAfter(task.status, a) === status) ?? null;
    if (!action) errors.push({ line: row.line, column: 'status', key: 'import.errors.transition' });
  }
  if (row.dueOn !== task.dueOn) {
    const open = ['not_started', 'in_progress', 'awaiting_confirmation'].includes(task.status);
    if (row.dueOn < task.dueOn || row.dueOn < today || !open || !mayDo(actor, 'extend', task)) {
      errors.push({ line: row.line, column: 'dueOn', key: 'import.errors.dueChange' });
    } else changes.dueOn = true;
  }
  if (
    row.progress !== null &&
    row.progress !== task.progress &&
    !(action === 'confirm' && row.progress === 100)
  ) {
    errors.push({ line: row.line, column: 'progress', key: 'import.errors.progressChange' });
  }
  const needsReason =
    (action && NEEDS_REASON.includes(action)) || (changes.dueOn && NEEDS_REASON.includes('extend'));
  if (needsReason && !row.reason) {
    errors.push({ line: row.line, column: 'reason', key: 'tasks.errors.reasonRequired' });
  }
  if (errors.length) return { errors };
  if (!action && !Object.keys(changes).length) return { plan: { kind: 'unchanged' } };
  return { plan: { kind: 'update', action, status, changes } };
}

/** A new task starts not started, with no progress, due today or later (as in the form). */
export function checkNew(row: CheckedRow, today: string): RowError[] {
  const errors: RowError[] = [];
  if (row.status && row.status !== 'not_started')
    errors.push({ line: row.line, column: 'status', key: 'import.errors.newStatus' });
  if (row.progress) errors.push({ line: row.line, column: 'progress', key: 'import.errors.progressChange' });
  if (row.dueOn < today) errors.push({ line: row.line, column: 'dueOn', key: 'tasks.errors.dueInPast' });
  return errors;
}
