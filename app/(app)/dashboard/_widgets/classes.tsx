import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { CountTable } from '@/components/charts/count-table';
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
        <CountTable
          rows={bars.map((bar) => ({ ...bar, value: formatNumber(bar.value, locale) }))}
          labelHeader={t('dashboard.class')}
          valueHeader={t('dashboard.count')}
        />
      }
    />
  );
}
