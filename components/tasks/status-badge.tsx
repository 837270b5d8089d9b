import type { TaskStatus } from '@/lib/domain/tasks';

const STYLES: Record<TaskStatus, string> = {
  not_started: 'bg-slate-100 text-slate-800',
  in_progress: 'bg-blue-50 text-blue-900',
  awaiting_confirmation: 'bg-amber-50 text-amber-900',
  completed: 'bg-green-50 text-green-900',
  cancelled: 'bg-slate-200 text-slate-700 line-through',
};

/** The classes of a status's label (`.status-badge` in globals.css: the same on every row of a list). */
export const statusBadgeClass = (status: TaskStatus) => `status-badge ${STYLES[status]}`;

/**
 * A task's status as a coloured label. The caller translates the label (`tasks.status.*`), once
 * for a whole list.
 */
export function StatusBadge({ status, label }: { status: TaskStatus; label: string }) {
  return (
    <span data-testid="task-status" className={statusBadgeClass(status)}>
      {label}
    </span>
  );
}
