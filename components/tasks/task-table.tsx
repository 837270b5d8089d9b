import { useLocale, useTranslations } from 'next-intl';
import { ScrollRegion } from '@/components/ui/scroll-region';
import type { TaskRow } from '@/db/queries/task-list';
import { DEADLINE_CLASSES, TASK_STATUSES } from '@/lib/domain/tasks';
import { type TaskRowLabels, taskRowsMarkup } from './task-rows-markup';

const SORTABLE = ['code', 'title', 'assignee', 'dueOn', 'status'] as const;

/** The page of tasks; each sortable header links to the same view sorted by it (again: the other way). */
export function TaskTable({
  rows,
  sort,
  hrefForSort,
}: {
  rows: TaskRow[];
  sort: string | undefined;
  hrefForSort: (sort: string) => string;
}) {
  const t = useTranslations('tasks');
  const tc = useTranslations('deadlineClass');
  const td = useTranslations('documents');
  const locale = useLocale();
  const current = sort ?? 'dueOn';
  const labels: TaskRowLabels = {
    locale,
    progress: t('columns.progress'),
    status: Object.fromEntries(
      TASK_STATUSES.map((status) => [status, t(`status.${status}`)]),
    ) as TaskRowLabels['status'],
    deadlineClass: Object.fromEntries(
      DEADLINE_CLASSES.map((cls) => [cls, tc(cls)]),
    ) as TaskRowLabels['deadlineClass'],
  };
  const header = (column: (typeof SORTABLE)[number]) => {
    const active = current.replace(/^-/, '') === column;
    const descending = active && current.startsWith('-');
    const next = active && !descending ? `-${column}` : column;
    return (
      <th
        key={column}
        scope="col"
        className={`p-2 text-left ${column === 'assignee' ? 'hidden md:table-cell' : ''}`}
        aria-sort={active ? (descending ? 'descending' : 'ascending') : undefined}
      >
        <a
          href={hrefForSort(next)}
          className="underline decoration-dotted"
          title={t('sortBy', { column: t(`columns.${column}`) })}
        >
          {t(`columns.${column}`)}
          {active && <span aria-hidden="true">{descending ? ' ▼' : ' ▲'}</span>}
        </a>
      </th>
    );
  };
  return (
    <ScrollRegion
      className="overflow-x-auto rounded-md border border-slate-200 bg-white"
      aria-label={t('title')}
    >
      <table className="w-full md:min-w-[48rem] border-collapse text-sm">
        <thead className="border-b border-slate-300 bg-slate-50">
          <tr>
            {header('code')}
            {header('title')}
            {header('assignee')}
            {header('dueOn')}
            {header('status')}
            <th scope="col" className="hidden p-2 text-left md:table-cell">
              {t('columns.progress')}
            </th>
            <th scope="col" className="hidden p-2 text-left md:table-cell">
              {t('columns.class')}
            </th>
            <th scope="col" className="hidden p-2 text-right md:table-cell">
              {td('evidence')}
            </th>
          </tr>
        </thead>
        <tbody
          className="task-rows"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: written by taskRowsMarkup, every text escaped
          dangerouslySetInnerHTML={{ __html: taskRowsMarkup(rows, labels) }}
        />
      </table>
    </ScrollRegion>
  );
}
