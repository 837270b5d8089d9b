import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { NumberTable } from '@/components/charts/number-table';
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
        <NumberTable
          columns={[{ header: t('dashboard.category') }, { header: t('dashboard.count'), right: true }]}
          rows={bars.map((bar) => ({
            key: bar.key,
            cells: [{ text: bar.label, href: bar.href }, formatNumber(bar.value, locale)],
          }))}
        />
      }
    />
  );
}
