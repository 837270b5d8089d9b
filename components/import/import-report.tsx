'use client';

import { useTranslations } from 'next-intl';
import { ScrollRegion } from '@/components/ui/scroll-region';
import type { ImportSummary } from '@/lib/import/outcome';

/** Message keys of the import's own words: its columns (a namespace) and the preview's headers. */
export type ReportLabels = { columns: string; title: string; org: string; day: string };

/** The dry run's result: counts, the errors by row and column, and the first rows. */
export function ImportReport({
  summary,
  formatDay,
  labels,
}: {
  summary: ImportSummary;
  formatDay: (d: string) => string;
  labels: ReportLabels;
}) {
  const t = useTranslations();
  const cell = 'border-b border-slate-200 px-2 py-1 text-left align-top';
  return (
    <section className="flex flex-col gap-3" aria-labelledby="import-preview">
      <h2 id="import-preview" className="text-lg font-semibold">
        {t('import.preview')}
      </h2>
      <p data-testid="import-counts">{t('import.counts', summary.counts)}</p>
      {summary.errors.length > 0 ? (
        <div role="alert" className="flex flex-col gap-2">
          <p className="font-medium text-red-800">
            {t('import.errorsTitle', { count: summary.errors.length })}
          </p>
          <ScrollRegion aria-label={t('import.errorsTitle', { count: summary.errors.length })}>
            <table className="min-w-full text-sm" data-testid="import-errors">
              <thead>
                <tr>
                  <th className={cell}>{t('import.columns.line')}</th>
                  <th className={cell}>{t('import.columns.column')}</th>
                  <th className={cell}>{t('import.columns.message')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.errors.map((e, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity of their own
                  <tr key={i}>
                    <td className={cell}>{e.line || ''}</td>
                    <td className={cell}>{e.column ? t(`${labels.columns}.${e.column}`) : ''}</td>
                    <td className={cell}>{t(e.key)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      ) : (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t('import.noErrors')}
        </p>
      )}
      {summary.preview.length > 0 && (
        <ScrollRegion aria-label={t('import.firstRows')}>
          <h3 className="font-medium">{t('import.firstRows')}</h3>
          <table className="min-w-full text-sm">
            <thead>
              <tr>
                <th className={cell}>{t('import.columns.line')}</th>
                <th className={cell}>{t('import.columns.kind')}</th>
                <th className={cell}>{t('import.columns.code')}</th>
                <th className={cell}>{t(labels.title)}</th>
                <th className={cell}>{t(labels.org)}</th>
                <th className={cell}>{t(labels.day)}</th>
              </tr>
            </thead>
            <tbody>
              {summary.preview.map((r) => (
                <tr key={r.line}>
                  <td className={cell}>{r.line}</td>
                  <td className={cell}>{t(`import.kind.${r.kind}`)}</td>
                  <td className={cell}>{r.code ?? '—'}</td>
                  <td className={cell}>{r.title}</td>
                  <td className={cell}>{r.org}</td>
                  <td className={cell}>{r.day ? formatDay(r.day) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
