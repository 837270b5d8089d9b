export const TASK_STATUSES = [
  'not_started',
  'in_progress',
  'awaiting_confirmation',
  'completed',
  'cancelled',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** The status of a supporting unit's part of a task (đơn vị phối hợp). */
export const SUPPORT_PART_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type SupportPartStatus = (typeof SUPPORT_PART_STATUSES)[number];

/** The four deadline classes, in the order reports list them; their colours live in the UI. */
export const DEADLINE_CLASSES = [
  'completed_on_time',
  'completed_late',
  'in_progress_on_time',
  'overdue',
] as const;
export type DeadlineClass = (typeof DEADLINE_CLASSES)[number];

export type DeadlineFacts = {
  status: TaskStatus;
  dueOn: string; // YYYY-MM-DD
  completedOn: string | null;
};

/**
 * The deadline class of a task on the day `asOf` (DESIGN.md, "Figures"). Cancelled tasks
 * are not counted and have no class. Its SQL twin is `deadlineClassSql` in db/queries; a
 * property test keeps the two equal.
 */
export function deadlineClass(task: DeadlineFacts, asOf: string): DeadlineClass | null {
  if (task.status === 'cancelled') return null;
  if (task.status === 'completed') {
    return task.completedOn !== null && task.completedOn <= task.dueOn
      ? 'completed_on_time'
      : 'completed_late';
  }
  return task.dueOn < asOf ? 'overdue' : 'in_progress_on_time';
}

/** The orders a task list may take (`sort=field`, or `-field` descending; then by code). */
export const TASK_SORTS = ['code', 'title', 'dueOn', 'status', 'assignee'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];
