import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { NumberTable } from '@/components/charts/number-table';
import { SimpleBarChart } from '@/components/charts/simple-bar-chart';
import { CLASS_COLORS } from '@/components/dashboard/class-colors';
import { taskHeadline } from '@/db/queries/dashboard';
import type { Viewer } from '@/db/queries/viewer';
import { type ReadSource, readFrom } from '@/db/read-database';
import { DEADLINE_CLASSES } from '@/lib/domain/tasks';
import { drillDown, type FigureView } from '@/lib/figure-filters';
import { formatNumber } from '@/lib/format';
import { toQueryString } from '@/lib/validations/filters';

export async function ClassWidget({
  viewer,
  view,
  source,
}: {
  viewer: Viewer;
  view: FigureView;
  source: ReadSource;
}) {
  const [t, locale, counts] = await Promise.all([
    getTranslations(),
    getLocale(),
    readFrom(source, () => taskHeadline(viewer, view)),
  ]);
  const bars = DEADLINE_CLASSES.map((cls) => ({
    key: cls,
    label: t(`deadlineClass.${cls}`),
    value: counts[cls],
    color: CLASS_COLORS[cls],
    href: `/tasks${toQueryString(drillDown(view, { class: cls }))}`,
  }));
  return (
    <ChartCard
      id="chart-classes"
      title={t('dashboard.classChart')}
      tableLabel={t('dashboard.showTable')}
      chart={<SimpleBarChart bars={bars} valueLabel={t('dashboard.count')} />}
      table={
        <NumberTable
          columns={[{ header: t('dashboard.class') }, { header: t('dashboard.count'), right: true }]}
          rows={bars.map((bar) => ({
            key: bar.key,
            cells: [{ text: bar.label, href: bar.href, color: bar.color }, formatNumber(bar.value, locale)],
          }))}
        />
      }
    />
  );
}
