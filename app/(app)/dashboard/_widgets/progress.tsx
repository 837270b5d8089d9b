import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { NumberTable } from '@/components/charts/number-table';
import { ProgressChart } from '@/components/charts/progress-chart';
import { progressOverTime } from '@/db/queries/dashboard-breakdown';
import type { Viewer } from '@/db/queries/viewer';
import { type ReadSource, readFrom } from '@/db/read-database';
import { periodEnds } from '@/lib/domain/figures';
import type { FigureView } from '@/lib/figure-filters';
import { formatDate, formatNumber } from '@/lib/format';

export async function ProgressWidget({
  viewer,
  view,
  source,
}: {
  viewer: Viewer;
  view: FigureView;
  source: ReadSource;
}) {
  const ends = periodEnds(view.from, view.to, view.period);
  const [t, locale, points] = await Promise.all([
    getTranslations('dashboard'),
    getLocale(),
    readFrom(source, () => progressOverTime(viewer, view, ends)),
  ]);
  const rows = points.map((p) => ({ label: formatDate(p.day), due: p.due, completed: p.completed }));
  return (
    <ChartCard
      id="chart-progress"
      title={t('progress')}
      tableLabel={t('showTable')}
      chart={<ProgressChart rows={rows} dueLabel={t('due')} completedLabel={t('completedCumulative')} />}
      table={
        <NumberTable
          columns={[
            { header: t('day') },
            { header: t('due'), right: true },
            { header: t('completedCumulative'), right: true },
          ]}
          rows={rows.map((row) => ({
            key: row.label,
            cells: [row.label, formatNumber(row.due, locale), formatNumber(row.completed, locale)],
          }))}
        />
      }
    />
  );
}
