import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ListFilters } from '@/components/recommendations/list-filters';
import { orgLabel, titleLabel } from '@/components/recommendations/option-labels';
import { RecommendationTable } from '@/components/recommendations/recommendation-table';
import { StatusBadge } from '@/components/recommendations/status-badge';
import { mayImportRecommendations } from '@/db/queries/recommendation-import';
import {
  listRecommendations,
  recommendationFilterOptions,
  recommendationListCounts,
} from '@/db/queries/recommendations';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { RECOMMENDATION_STATUSES } from '@/lib/domain/recommendations';
import { formatDate, formatNumber } from '@/lib/format';
import { readListParams, type SearchParams, toQueryString } from '@/lib/validations/filters';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('recommendations');
  return { title: t('title') };
}

export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await getViewer();
  const { params, invalid } = readListParams(await searchParams);
  const asOf = params.asOf ?? today();
  const [t, tAll, locale, list, counts, options] = await Promise.all([
    getTranslations('recommendations'),
    getTranslations(),
    getLocale(),
    listRecommendations(viewer, params, asOf),
    recommendationListCounts(viewer, params, asOf),
    recommendationFilterOptions(),
  ]);
  const n = (value: number) => formatNumber(value, locale);
  const mayDraft = viewer.role === 'official' || viewer.role === 'coordinator';
  const mayImport = mayImportRecommendations(viewer);
  const query = { ...params, page: undefined } as Record<
    string,
    string | number | readonly string[] | undefined
  >;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <div className="flex flex-wrap gap-3">
          {mayImport && (
            <Link
              href="/recommendations/import"
              className="inline-flex min-h-10 items-center rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50"
            >
              {tAll('recommendationImport.open')}
            </Link>
          )}
          {mayDraft && (
            <Link
              href="/recommendations/new"
              className="inline-flex min-h-10 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
            >
              {t('new')}
            </Link>
          )}
        </div>
      </div>
      {asOf < today() && (
        <p role="status" className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {t('asOfNotice', { date: formatDate(asOf) })}{' '}
          <Link
            href={`/recommendations${toQueryString({ ...query, asOf: undefined })}`}
            className="underline"
          >
            {t('asOfToday')}
          </Link>
        </p>
      )}
      {(params.primaries || params.answer?.length) && (
        <p role="status" className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {[
            params.answer?.length &&
              t('answerNotice', {
                statuses: params.answer.map((s) => tAll(`recommendationStatus.${s}`)).join(', '),
              }),
            params.primaries && t('primariesNotice'),
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
      {invalid.length > 0 && (
        <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('invalidParams', { names: invalid.join(', ') })}
        </p>
      )}

      <nav aria-label={t('countsLabel')}>
        <ul className="flex flex-wrap gap-2">
          {RECOMMENDATION_STATUSES.map((status) => {
            const current = params.status?.length === 1 && params.status[0] === status;
            return (
              <li key={status}>
                <Link
                  href={`/recommendations${toQueryString({ ...query, status: current ? undefined : status })}`}
                  aria-current={current ? 'true' : undefined}
                  className={`flex items-center gap-2 rounded-md border px-3 py-2 text-sm ${current ? 'border-brand-700 bg-brand-50' : 'border-slate-200 bg-white hover:bg-slate-50'}`}
                  data-testid={`count-${status}`}
                >
                  <StatusBadge status={status} label={tAll(`recommendationStatus.${status}`)} />
                  <span className="font-semibold tabular-nums">{n(counts[status])}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <ListFilters
        params={params}
        reviews={options.reviews.map(titleLabel(locale))}
        provinces={options.provinces.map(orgLabel(locale))}
        addressees={options.addressees.map(orgLabel(locale))}
      />

      <p className="text-sm text-slate-600" aria-live="polite">
        {t('total', { count: list.total })}
      </p>
      <RecommendationTable rows={list.rows} params={params} locale={locale} />

      {list.pages > 1 && (
        <nav aria-label={t('pagination.label')} className="flex items-center justify-between gap-3 text-sm">
          {list.page > 1 ? (
            <Link
              href={`/recommendations${toQueryString({ ...query, page: list.page - 1 })}`}
              className="text-brand-700 underline"
            >
              {t('pagination.previous')}
            </Link>
          ) : (
            <span />
          )}
          <span>{t('pagination.page', { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages ? (
            <Link
              href={`/recommendations${toQueryString({ ...query, page: list.page + 1 })}`}
              className="text-brand-700 underline"
            >
              {t('pagination.next')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
