import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ScrollRegion } from '@/components/ui/scroll-region';
import type { RecommendationRow } from '@/db/queries/recommendations';
import { formatDate } from '@/lib/format';
import { type ListParams, toQueryString } from '@/lib/validations/filters';
import { StatusBadge, WarningBadge } from './status-badge';

const SORTABLE = ['code', 'source', 'submittedOn', 'responseDueOn', 'status'] as const;
type Column = (typeof SORTABLE)[number] | 'text' | 'addressees';
const COLUMNS: Column[] = ['code', 'source', 'text', 'addressees', 'submittedOn', 'responseDueOn', 'status'];

/** The list as a table; sortable headers are links that keep the other filters. */
export async function RecommendationTable({
  rows,
  params,
  locale,
}: {
  rows: RecommendationRow[];
  params: ListParams;
  locale: string;
}) {
  const t = await getTranslations();
  const name = (o: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (o.nameEn ?? o.nameVi) : o.nameVi;
  const sort = params.sort ?? '-submittedOn';
  if (rows.length === 0)
    return <p className="rounded-lg bg-white p-6 text-slate-600">{t('recommendations.empty')}</p>;

  const header = (column: Column) => {
    const label = t(`recommendations.columns.${column}`);
    if (!(SORTABLE as readonly string[]).includes(column)) return label;
    const active = sort.replace(/^-/, '') === column;
    const descending = active && sort.startsWith('-');
    const next = active && !descending ? `-${column}` : column;
    return (
      <Link
        href={`/recommendations${toQueryString({ ...params, sort: next, page: undefined })}`}
        className="underline decoration-slate-300 hover:decoration-slate-700"
      >
        {label}
        {active && <span aria-hidden> {descending ? '↓' : '↑'}</span>}
        {active && (
          <span className="sr-only">
            {' '}
            ({descending ? t('recommendations.sortDescending') : t('recommendations.sortAscending')})
          </span>
        )}
      </Link>
    );
  };

  return (
    <ScrollRegion
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
      aria-label={t('recommendations.title')}
    >
      <table className="w-full min-w-[56rem] border-collapse text-sm">
        <thead className="bg-slate-50">
          <tr className="border-b border-slate-300 text-left">
            {COLUMNS.map((column) => {
              const active = sort.replace(/^-/, '') === column;
              return (
                <th
                  key={column}
                  scope="col"
                  className="p-2 font-semibold"
                  aria-sort={active ? (sort.startsWith('-') ? 'descending' : 'ascending') : undefined}
                >
                  {header(column)}
                </th>
              );
            })}
            <th scope="col" className="p-2 text-right font-semibold">
              {t('documents.evidence')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} className="border-b border-slate-100 align-top">
              <td className="whitespace-nowrap p-2">
                <Link href={`/recommendations/${row.code}`} className="font-medium text-brand-700 underline">
                  {row.code}
                </Link>
                {row.duplicateOf && (
                  <span className="block text-xs text-slate-600">
                    {t('recommendations.duplicateBadge')} → {row.duplicateOf}
                  </span>
                )}
              </td>
              <td className="p-2">{name({ nameVi: row.sourceNameVi, nameEn: row.sourceNameEn })}</td>
              <td className="max-w-md p-2">
                <span className="line-clamp-3 break-words">{row.excerpt}</span>
                <span className="text-xs text-slate-600">
                  {t(`recommendations.categories.${row.category}`)}
                </span>
              </td>
              <td className="p-2">{row.addressees.map((a) => name(a)).join('; ')}</td>
              <td className="whitespace-nowrap p-2 tabular-nums">{formatDate(row.submittedOn)}</td>
              <td className="whitespace-nowrap p-2 tabular-nums">{formatDate(row.responseDueOn)}</td>
              <td className="p-2">
                <div className="flex flex-col items-start gap-1">
                  <StatusBadge status={row.status} label={t(`recommendationStatus.${row.status}`)} />
                  {row.replyOverdue && <WarningBadge label={t('recommendations.replyOverdue')} />}
                </div>
              </td>
              <td className="p-2 text-right tabular-nums">{row.documents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
