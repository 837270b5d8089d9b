import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { NumberTable } from '@/components/charts/number-table';
import { OrgStackedChart } from '@/components/charts/org-stacked-chart';
import type { StackedRow } from '@/components/charts/stacked-rows';
import { StackedTable } from '@/components/charts/stacked-table';
import { CLASS_COLORS } from '@/components/dashboard/class-colors';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import type { Viewer } from '@/db/queries/viewer';
import { type ReadSource, readFrom } from '@/db/read-database';
import { rankByOnTime } from '@/lib/domain/figures';
import { DEADLINE_CLASSES } from '@/lib/domain/tasks';
import { drillDown, type FigureView, placeOf } from '@/lib/figure-filters';
import { formatNumber, formatPercent } from '@/lib/format';
import { toQueryString } from '@/lib/validations/filters';

/** Tasks by province (or by unit inside one), stacked by class, and the on-time ranking. */
export async function OrganizationsWidget({
  viewer,
  view,
  source,
}: {
  viewer: Viewer;
  view: FigureView;
  source: ReadSource;
}) {
  const [t, locale, groups] = await Promise.all([
    getTranslations(),
    getLocale(),
    readFrom(source, () => tasksByOrganization(viewer, view)),
  ]);
  // Split by province unless the subtree is one province, whose own tasks (e.g. NV-HP-00) form a group too.
  const split = view.org ?? viewer.scope.code;
  const byProvince = groups.some((g) => /^P\d+$/.test(g.code) && g.code !== split);
  const name = (g: (typeof groups)[number]) => (locale === 'en' ? (g.nameEn ?? g.nameVi) : g.nameVi);
  const rows: StackedRow[] = groups.map((g) => ({
    code: g.code,
    name: name(g),
    href: `/tasks${toQueryString(drillDown(view, placeOf(g.code, g.own)))}`,
    values: DEADLINE_CLASSES.map((cls) => g[cls]),
  }));
  const series = DEADLINE_CLASSES.map((cls) => ({
    key: cls,
    label: t(`deadlineClass.${cls}`),
    color: CLASS_COLORS[cls],
  }));
  const ranking = rankByOnTime(groups);
  const n = (v: number) => formatNumber(v, locale);

  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <ChartCard
        id="chart-organizations"
        title={t(byProvince ? 'dashboard.byProvince' : 'dashboard.byUnit')}
        tableLabel={t('dashboard.showTable')}
        chart={
          rows.length ? (
            <OrgStackedChart rows={rows} series={series} seriesParam="class" />
          ) : (
            <p>{t('dashboard.noData')}</p>
          )
        }
        table={
          <StackedTable
            rows={rows}
            series={series}
            seriesParam="class"
            rowHeader={t('dashboard.organization')}
            locale={locale}
          />
        }
      />
      <section
        aria-labelledby="ranking-title"
        className="min-w-0 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="ranking-title" className="mb-1 text-base font-semibold">
          {t('dashboard.ranking')}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t('dashboard.rankingNote')}</p>
        <ScrollRegion className="max-h-[36rem] overflow-auto" aria-labelledby="ranking-title">
          <NumberTable
            testId="ranking"
            small
            stickyHeader
            columns={[
              { header: t('dashboard.rank') },
              { header: t('dashboard.organization') },
              { header: t('dashboard.total'), right: true },
              { header: t('deadlineClass.completed_on_time'), right: true },
              { header: t('dashboard.rankingRate'), right: true },
            ]}
            rows={ranking.map(({ group, rate }, i) => ({
              key: group.code ?? `central-${i}`,
              cells: [
                String(i + 1),
                group.code ? { text: name(group), href: `/organizations/${group.code}` } : name(group),
                n(group.total),
                n(group.completed_on_time),
                rate === null ? t('dashboard.none') : formatPercent(rate, locale),
              ],
            }))}
          />
        </ScrollRegion>
      </section>
    </div>
  );
}
