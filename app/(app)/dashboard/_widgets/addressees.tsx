import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { OrgStackedChart } from '@/components/charts/org-stacked-chart';
import type { StackedRow } from '@/components/charts/stacked-rows';
import { StackedTable } from '@/components/charts/stacked-table';
import { ADDRESSEE_STATUS_COLORS } from '@/components/dashboard/class-colors';
import { recommendationsByAddresseeStatus } from '@/db/queries/recommendation-figures';
import type { Viewer } from '@/db/queries/viewer';
import { type ReadSource, readFrom } from '@/db/read-database';
import { ADDRESSEE_STATUSES } from '@/lib/domain/recommendations';
import { type FigureView, recommendationDrillDown } from '@/lib/figure-filters';
import { toQueryString } from '@/lib/validations/filters';

/** Recommendations by addressee, stacked by reply status (duplicates folded into their primary). */
export async function AddresseesWidget({
  viewer,
  view,
  source,
}: {
  viewer: Viewer;
  view: FigureView;
  source: ReadSource;
}) {
  const [t, locale, figures] = await Promise.all([
    getTranslations(),
    getLocale(),
    readFrom(source, () => recommendationsByAddresseeStatus(viewer, view)),
  ]);
  const rows = new Map<string, StackedRow & { counts: Record<string, number> }>();
  for (const f of figures) {
    const row = rows.get(f.code) ?? {
      code: f.code,
      name: locale === 'en' ? (f.nameEn ?? f.nameVi) : f.nameVi,
      values: [],
      counts: {},
      extra: 0,
    };
    row.counts[f.status] = f.recommendations;
    row.extra = (row.extra ?? 0) + f.sources;
    rows.set(f.code, row);
  }
  const data: StackedRow[] = [...rows.values()].map(({ counts, ...row }) => ({
    ...row,
    values: ADDRESSEE_STATUSES.map((s) => counts[s] ?? 0),
  }));
  // each row's link: the submitted primaries addressed to it (its code in place of the empty one)
  const rowLink = {
    href: `/recommendations${toQueryString(recommendationDrillDown(view, { addressee: [''], primaries: '1' }))}`,
    param: 'addressee',
  };
  const series = ADDRESSEE_STATUSES.map((s) => ({
    key: s,
    label: t(`recommendationStatus.${s}`),
    color: ADDRESSEE_STATUS_COLORS[s],
  }));
  return (
    <ChartCard
      id="chart-addressees"
      title={t('dashboard.byAddressee')}
      tableLabel={t('dashboard.showTable')}
      chart={
        data.length ? (
          <OrgStackedChart rows={data} series={series} seriesParam="answer" rowLink={rowLink} />
        ) : (
          <p>{t('dashboard.noData')}</p>
        )
      }
      table={
        <StackedTable
          rows={data}
          series={series}
          seriesParam="answer"
          rowLink={rowLink}
          rowHeader={t('reports.columns.addressee')}
          extraHeader={t('reports.columns.sources')}
          locale={locale}
        />
      }
    />
  );
}
