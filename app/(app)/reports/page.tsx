import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { FigureFiltersForm } from '@/components/dashboard/figure-filters-form';
import { ExportLinks } from '@/components/reports/export-links';
import { ReportTableView } from '@/components/reports/report-table';
import { documentDefaults, listProvinces, listReviews } from '@/db/queries/reference';
import { getViewer } from '@/lib/auth/viewer';
import { figureView } from '@/lib/figure-filters';
import { formatDate } from '@/lib/format';
import { readListParams, type SearchParams, toQueryString } from '@/lib/validations/filters';
import { SUMMARY_REPORTS } from './summaries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reports');
  return { title: t('title') };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await getViewer();
  const { params } = readListParams(await searchParams);
  const view = figureView(params);
  const t = await getTranslations();
  const locale = await getLocale();
  const [reviews, provinces, defaults, taskResults] = await Promise.all([
    listReviews(),
    listProvinces(viewer),
    documentDefaults(viewer),
    SUMMARY_REPORTS['task-results'](viewer, view, t, locale),
  ]);
  const filters = Object.fromEntries(
    Object.entries({ review: view.review, province: view.org, asOf: params.asOf }).filter(
      (e): e is [string, string] => !!e[1],
    ),
  );
  const query = toQueryString(filters);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('reports.title')}</h1>
        <p className="text-slate-600 print:hidden">{t('reports.intro')}</p>
      </div>
      <div className="print:hidden">
        <FigureFiltersForm
          action="/reports"
          view={view}
          reviews={reviews}
          provinces={provinces}
          showPeriod={false}
        />
      </div>
      <section aria-labelledby="task-results-title" className="flex flex-col gap-3">
        <h2 id="task-results-title" className="text-lg font-semibold">
          {taskResults.title}
        </h2>
        <p className="text-sm text-slate-600">{t('dashboard.asOf', { date: formatDate(view.asOf) })}</p>
        <ReportTableView table={taskResults} locale={locale} testId="report-task-results" />
        <ExportLinks
          report="task-results"
          query={query}
          filters={filters}
          defaults={defaults}
          signerName={viewer.name}
        />
      </section>
    </div>
  );
}
