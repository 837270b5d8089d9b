import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CompareControl } from '@/components/dashboard/compare-control';
import { FigureFiltersForm } from '@/components/dashboard/figure-filters-form';
import { ExportLinks } from '@/components/reports/export-links';
import { ReportTableView } from '@/components/reports/report-table';
import { countRecommendations } from '@/db/queries/recommendations';
import { documentDefaults, listProvinces, listReviews } from '@/db/queries/reference';
import { countTasks } from '@/db/queries/task-list';
import { readDatabase, readFrom } from '@/db/read-database';
import { getViewer } from '@/lib/auth/viewer';
import { figureView, reportListParams, reportRecommendationParams } from '@/lib/figure-filters';
import { formatDate, formatTime } from '@/lib/format';
import { defaultSubject } from '@/lib/reports/default-subject';
import { type ListParams, readListParams, type SearchParams, toQueryString } from '@/lib/validations/filters';
import { firstRows, REPORTS } from './definitions';

const PREVIEW_ROWS = 20;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reports');
  return { title: t('title') };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await getViewer();
  const query = await searchParams;
  const { params, invalid, reasons } = readListParams(query);
  const view = figureView(params);
  const t = await getTranslations();
  const locale = await getLocale();
  const source = await readDatabase(viewer);
  // The detail lists take the summaries' filters: the subtree of the assignee or of the source.
  const listParams = reportListParams(view);
  const recommendationParams = reportRecommendationParams(view);
  const summary = (name: string) => {
    const definition = REPORTS[name];
    if (definition.kind !== 'summary') throw new Error(`${name} is not a summary`);
    return readFrom(source, () => definition.build(viewer, view, t, locale));
  };
  const list = (name: string, params: ListParams) => {
    const definition = REPORTS[name];
    if (definition.kind !== 'list') throw new Error(`${name} is not a list`);
    return {
      title: definition.title(t),
      columns: definition.columns(t),
      rows: readFrom(source, () =>
        firstRows(definition.rows(viewer, params, view.asOf, t, locale, PREVIEW_ROWS, true), PREVIEW_ROWS),
      ),
    };
  };
  const recommendationList = list('recommendations', recommendationParams);
  const taskList = list('tasks', listParams);
  const [
    reviews,
    provinces,
    defaults,
    taskResults,
    byAddressee,
    bySupport,
    recommendationRows,
    taskRows,
    recommendationCount,
    taskCount,
  ] = await Promise.all([
    listReviews(),
    listProvinces(viewer),
    documentDefaults(viewer),
    summary('task-results'),
    summary('recommendations-by-addressee'),
    summary('support-by-unit'),
    recommendationList.rows,
    taskList.rows,
    readFrom(source, () => countRecommendations(viewer, recommendationParams, view.asOf)),
    readFrom(source, () => countTasks(viewer, listParams, view.asOf)),
  ]);
  const filters = Object.fromEntries(Object.entries(listParams).filter((e): e is [string, string] => !!e[1]));
  const exportQuery = toQueryString(filters);
  const exports = (report: string, word: boolean, listQuery = exportQuery) => {
    const definition = REPORTS[report];
    // Only a table with comparison columns carries the compare day (its XLSX, CSV and Word form).
    const carried =
      definition.kind === 'summary' && definition.compares && view.compare
        ? { ...filters, compare: view.compare }
        : undefined;
    return (
      <ExportLinks
        report={report}
        query={carried ? toQueryString(carried) : listQuery}
        filters={carried ?? filters}
        defaults={defaults}
        signerName={viewer.name}
        subject={defaultSubject(t, reviews, view.review, locale)}
        word={word}
      />
    );
  };

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-semibold">{t('reports.title')}</h1>
        <p className="text-slate-600 print:hidden">{t('reports.intro')}</p>
        <p className="text-sm text-slate-600">
          {t('dashboard.asOf', { date: formatDate(view.asOf) })}
          {source.replica && source.asOf && (
            <span data-testid="replica-as-of">
              {' · '}
              {t('dashboard.replicaAsOf', { time: formatTime(source.asOf) })}
            </span>
          )}
        </p>
      </div>
      {invalid.length > 0 && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('dashboard.invalidParams', { names: invalid.join(', ') })}
          {invalid.includes('compare') &&
            ` ${t(reasons.compare === 'errors.compareNotBefore' ? 'dashboard.compareIgnored' : 'dashboard.compareBadDate')}`}
        </p>
      )}
      <div className="flex flex-col gap-3 print:hidden">
        <CompareControl asOf={view.asOf} compare={view.compare} query={query} action="/reports" />
        <FigureFiltersForm
          action="/reports"
          view={view}
          reviews={reviews}
          provinces={provinces}
          showPeriod={false}
        />
      </div>
      <ReportSection id="task-results" title={taskResults.title}>
        <ReportTableView table={taskResults} locale={locale} testId="report-task-results" />
        {exports('task-results', true)}
      </ReportSection>
      <ReportSection id="recommendations-by-addressee" title={byAddressee.title}>
        <ReportTableView table={byAddressee} locale={locale} testId="report-recommendations-by-addressee" />
        {exports('recommendations-by-addressee', true)}
      </ReportSection>
      <ReportSection id="support-by-unit" title={bySupport.title}>
        <p className="text-sm text-slate-600">{t('reports.supportByUnitNote')}</p>
        <ReportTableView table={bySupport} locale={locale} testId="report-support-by-unit" />
        {exports('support-by-unit', true)}
      </ReportSection>
      <ReportSection id="recommendations" title={recommendationList.title}>
        <p className="text-sm text-slate-600">
          {t('reports.previewRecommendations', {
            shown: recommendationRows.length,
            total: recommendationCount,
          })}
        </p>
        <ReportTableView
          table={{
            title: recommendationList.title,
            columns: recommendationList.columns,
            rows: recommendationRows,
          }}
          locale={locale}
        />
        {exports('recommendations', false, toQueryString(recommendationParams))}
      </ReportSection>
      <ReportSection id="tasks" title={taskList.title}>
        <p className="text-sm text-slate-600">
          {t('reports.previewTasks', { shown: taskRows.length, total: taskCount })}
        </p>
        <ReportTableView
          table={{ title: taskList.title, columns: taskList.columns, rows: taskRows }}
          locale={locale}
          testId="report-tasks"
        />
        {exports('tasks', false)}
      </ReportSection>
    </div>
  );
}

function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3 break-inside-avoid-page">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
