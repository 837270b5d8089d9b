import { useLocale, useTranslations } from 'next-intl';
import type { CSSProperties } from 'react';
import { ScrollRegion } from '@/components/ui/scroll-region';
import type { TaskRow } from '@/db/queries/task-list';
import { formatDate } from '@/lib/format';
import { StatusBadge } from './status-badge';

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
  const progressLabel = t('columns.progress');
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
        {/* Each row's cells are styled by `.task-rows` in globals.css (by column), not class by class:
            50 rows of repeated classNames were a third of the page's markup and of its React payload. */}
        <tbody className="task-rows">
          {rows.map((row) => (
            <tr key={row.code}>
              <td>
                {/* a plain link: 50 client <Link>s cost the server a component each (and prefetches) */}
                <a href={`/tasks/${row.code}`}>{row.code}</a>
              </td>
              <td>{row.title}</td>
              <td>{locale === 'en' ? (row.assigneeNameEn ?? row.assigneeNameVi) : row.assigneeNameVi}</td>
              <td>{formatDate(row.dueOn)}</td>
              <td>
                <StatusBadge status={row.status} label={t(`status.${row.status}`)} />
              </td>
              <td>
                <span
                  role="progressbar"
                  aria-label={progressLabel}
                  aria-valuenow={row.progress}
                  style={{ '--progress': `${row.progress}%` } as CSSProperties}
                />
                {`${row.progress}%`}
              </td>
              <td>{row.deadlineClass ? tc(row.deadlineClass) : '—'}</td>
              <td data-testid="task-evidence">{row.documents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
