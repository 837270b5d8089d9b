import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { ScrollRegion } from '@/components/ui/scroll-region';
import type { TaskRow } from '@/db/queries/task-list';
import { formatDate } from '@/lib/format';
import { ProgressBar } from './progress-bar';
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
        <Link
          href={hrefForSort(next)}
          className="underline decoration-dotted"
          title={t('sortBy', { column: t(`columns.${column}`) })}
        >
          {t(`columns.${column}`)}
          {active && <span aria-hidden="true">{descending ? ' ▼' : ' ▲'}</span>}
        </Link>
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
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} className="border-b border-slate-100 align-top">
              <td className="p-2 whitespace-nowrap">
                <Link href={`/tasks/${row.code}`} className="font-medium text-brand-700 underline">
                  {row.code}
                </Link>
              </td>
              <td className="p-2">{row.title}</td>
              <td className="hidden p-2 md:table-cell">
                {locale === 'en' ? (row.assigneeNameEn ?? row.assigneeNameVi) : row.assigneeNameVi}
              </td>
              <td className="p-2 whitespace-nowrap tabular-nums">{formatDate(row.dueOn)}</td>
              <td className="p-2">
                <StatusBadge status={row.status} />
              </td>
              <td className="hidden p-2 md:table-cell">
                <ProgressBar value={row.progress} label={t('columns.progress')} />
              </td>
              <td className="hidden p-2 md:table-cell">{row.deadlineClass ? tc(row.deadlineClass) : '—'}</td>
              <td className="hidden p-2 text-right tabular-nums md:table-cell" data-testid="task-evidence">
                {row.documents}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
