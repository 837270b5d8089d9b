import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { CountTable } from '@/components/charts/count-table';
import { SimpleBarChart } from '@/components/charts/simple-bar-chart';
import { recommendationsByCategory } from '@/db/queries/dashboard-recommendations';
import type { Viewer } from '@/db/queries/viewer';
import { type ReadSource, readFrom } from '@/db/read-database';
import { type FigureView, recommendationDrillDown } from '@/lib/figure-filters';
import { formatNumber } from '@/lib/format';
import { toQueryString } from '@/lib/validations/filters';

export async function RecommendationsWidget({
  viewer,
  view,
  source,
}: {
  viewer: Viewer;
  view: FigureView;
  source: ReadSource;
}) {
  const [t, locale, byCategory] = await Promise.all([
    getTranslations(),
    getLocale(),
    readFrom(source, () => recommendationsByCategory(viewer, view)),
  ]);
  const bars = byCategory.map((c) => ({
    key: c.category,
    label: t(`recommendations.categories.${c.category}`),
    value: c.count,
    href: `/recommendations${toQueryString(recommendationDrillDown(view, { category: [c.category] }))}`,
  }));
  return (
    <ChartCard
      id="chart-categories"
      title={t('dashboard.byCategory')}
      tableLabel={t('dashboard.showTable')}
      chart={
        bars.length ? (
          <SimpleBarChart bars={bars} valueLabel={t('dashboard.count')} />
        ) : (
          <p>{t('dashboard.noData')}</p>
        )
      }
      table={
        <CountTable
          rows={bars.map((bar) => ({ ...bar, value: formatNumber(bar.value, locale) }))}
          labelHeader={t('dashboard.category')}
          valueHeader={t('dashboard.count')}
        />
      }
    />
  );
}
