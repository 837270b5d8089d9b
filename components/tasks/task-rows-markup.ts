import type { TaskRow } from '@/db/queries/task-list';
import type { DeadlineClass, TaskStatus } from '@/lib/domain/tasks';
import { escapeHtml } from '@/lib/escape-html';
import { formatDate } from '@/lib/format';
import { statusBadgeClass } from './status-badge';

/** What a list's rows say in the reader's language, translated once for the whole list. */
export type TaskRowLabels = {
  locale: string;
  progress: string;
  status: Record<TaskStatus, string>;
  deadlineClass: Record<DeadlineClass, string>;
};

/**
 * The rows of a page of tasks as one string of `<tr>`s, for the table's <tbody> — the markup React
 * wrote for them. Fifty rows as React elements were ~550 nodes for the server to render and to
 * serialise into the React payload (~750 bytes a row there); as one string they are one node, and
 * the payload carries the string (~500 bytes a row). The cells are styled by `.task-rows` in
 * globals.css. Every text is escaped: titles and unit names are typed by people.
 */
export function taskRowsMarkup(rows: TaskRow[], labels: TaskRowLabels): string {
  const progressLabel = escapeHtml(labels.progress);
  return rows
    .map((row) => {
      const code = escapeHtml(row.code);
      const assignee =
        labels.locale === 'en' ? (row.assigneeNameEn ?? row.assigneeNameVi) : row.assigneeNameVi;
      const cls = row.deadlineClass ? labels.deadlineClass[row.deadlineClass] : '—';
      return (
        `<tr><td><a href="/tasks/${code}">${code}</a></td>` +
        `<td>${escapeHtml(row.title)}</td>` +
        `<td>${escapeHtml(assignee)}</td>` +
        `<td>${formatDate(row.dueOn)}</td>` +
        `<td><span data-testid="task-status" class="${statusBadgeClass(row.status)}">${escapeHtml(labels.status[row.status])}</span></td>` +
        `<td><span role="progressbar" aria-label="${progressLabel}" aria-valuenow="${row.progress}" style="--progress:${row.progress}%"></span>${row.progress}%</td>` +
        `<td>${escapeHtml(cls)}</td>` +
        `<td data-testid="task-evidence">${row.documents}</td></tr>`
      );
    })
    .join('');
}
