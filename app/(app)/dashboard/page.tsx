import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { FigureFiltersForm } from '@/components/dashboard/figure-filters-form';
import { MAP_FIGURES } from '@/components/dashboard/map-figure';
import { WidgetSkeleton } from '@/components/dashboard/widget-skeleton';
import { listProvinces, listReviews } from '@/db/queries/reference';
import { readDatabase } from '@/db/read-database';
import { getViewer } from '@/lib/auth/viewer';
import { now, today } from '@/lib/clock';
import { isNationalScope } from '@/lib/domain/permissions';
import { figureView } from '@/lib/figure-filters';
import { formatDate, formatTime } from '@/lib/format';
import { readListParams, type SearchParams } from '@/lib/validations/filters';
import { AddresseesWidget } from './_widgets/addressees';
import { ClassWidget } from './_widgets/classes';
import { ExplanationsWidget } from './_widgets/explanations';
import { HeadlineWidget } from './_widgets/headline';
import { OrganizationsWidget } from './_widgets/organizations';
import { ProgressWidget } from './_widgets/progress';
import { ProvinceMapWidget } from './_widgets/province-map';
import { RecommendationsWidget } from './_widgets/recommendations';
import { UnitRankingWidget } from './_widgets/unit-ranking';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await getViewer();
  const query = await searchParams;
  const { params, invalid, reasons } = readListParams(query);
  const figure = MAP_FIGURES.find((f) => f === query.map) ?? 'onTime';
  const view = figureView(params);
  const [t, locale, reviews, provinces, source] = await Promise.all([
    getTranslations('dashboard'),
    getLocale(),
    listReviews(),
    listProvinces(viewer),
    readDatabase(viewer),
  ]);
  const scopeName = locale === 'en' ? (viewer.scope.nameEn ?? viewer.scope.nameVi) : viewer.scope.nameVi;
  // Each widget streams on its own; the key makes a new filter show skeletons again.
  const key = JSON.stringify(view);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-slate-600">
          {t('scope', { scope: scopeName })} · {t('asOf', { date: formatDate(view.asOf) })}
          {source.replica && source.asOf && (
            <span data-testid="replica-as-of"> · {t('replicaAsOf', { time: formatTime(source.asOf) })}</span>
          )}
        </p>
        <p className="hidden text-sm text-slate-600 print:block" data-testid="print-header">
          {t('printFilters', {
            review: reviews.find((r) => r.code === view.review)?.nameVi ?? t('allReviews'),
            place: provinces.find((p) => p.code === view.org)?.nameVi ?? t('allProvinces'),
            from: formatDate(view.from),
            to: formatDate(view.to),
          })}{' '}
          · {t('printedAt', { time: formatTime(now()), date: formatDate(today()) })}
        </p>
        <a
          href={`/dashboard?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string')), print: '1' })}`}
          className="text-sm text-brand-700 underline print:hidden"
        >
          {t('printView')}
        </a>
      </div>
      {invalid.length > 0 && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('invalidParams', { names: invalid.join(', ') })}
          {invalid.includes('compare') &&
            ` ${t(reasons.compare === 'errors.compareNotBefore' ? 'compareIgnored' : 'compareBadDate')}`}
        </p>
      )}
      <div className="print:hidden">
        <FigureFiltersForm action="/dashboard" view={view} reviews={reviews} provinces={provinces} />
      </div>
      <Suspense key={`h${key}`} fallback={<WidgetSkeleton height={330} />}>
        <HeadlineWidget viewer={viewer} view={view} source={source} query={query} />
      </Suspense>
      <Suspense fallback={<WidgetSkeleton height={110} />}>
        <ExplanationsWidget viewer={viewer} />
      </Suspense>
      <div className="grid gap-4 xl:grid-cols-2">
        <Suspense key={`c${key}`} fallback={<WidgetSkeleton height={340} />}>
          <ClassWidget viewer={viewer} view={view} source={source} />
        </Suspense>
        <Suspense key={`p${key}`} fallback={<WidgetSkeleton height={380} />}>
          <ProgressWidget viewer={viewer} view={view} source={source} />
        </Suspense>
      </div>
      {isNationalScope(viewer.scope.path) && !view.org ? (
        <Suspense key={`m${key}${figure}`} fallback={<WidgetSkeleton height={700} />}>
          <ProvinceMapWidget
            viewer={viewer}
            view={view}
            provinces={provinces}
            figure={figure}
            query={query}
            source={source}
          />
        </Suspense>
      ) : (
        <Suspense key={`u${key}${figure}`} fallback={<WidgetSkeleton height={300} />}>
          <UnitRankingWidget viewer={viewer} view={view} figure={figure} query={query} source={source} />
        </Suspense>
      )}
      <Suspense key={`o${key}`} fallback={<WidgetSkeleton height={600} />}>
        <OrganizationsWidget viewer={viewer} view={view} source={source} />
      </Suspense>
      <div className="grid gap-4 xl:grid-cols-2">
        <Suspense key={`a${key}`} fallback={<WidgetSkeleton height={360} />}>
          <AddresseesWidget viewer={viewer} view={view} source={source} />
        </Suspense>
        <Suspense key={`r${key}`} fallback={<WidgetSkeleton height={300} />}>
          <RecommendationsWidget viewer={viewer} view={view} source={source} />
        </Suspense>
      </div>
    </div>
  );
}
