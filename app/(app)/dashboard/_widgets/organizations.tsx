import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
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
          <table className="w-full text-left text-sm" data-testid="ranking">
            <thead className="sticky top-0 bg-white">
              <tr className="border-b border-slate-300">
                <th scope="col" className="p-1">
                  {t('dashboard.rank')}
                </th>
                <th scope="col" className="p-1">
                  {t('dashboard.organization')}
                </th>
                <th scope="col" className="p-1 text-right">
                  {t('dashboard.total')}
                </th>
                <th scope="col" className="p-1 text-right">
                  {t('deadlineClass.completed_on_time')}
                </th>
                <th scope="col" className="p-1 text-right">
                  {t('dashboard.rankingRate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ranking.map(({ group, rate }, i) => (
                <tr key={group.code} className="border-b border-slate-100">
                  <td className="p-1 tabular-nums">{i + 1}</td>
                  <td className="p-1">
                    {group.code ? (
                      <Link href={`/organizations/${group.code}`} className="text-brand-700 underline">
                        {name(group)}
                      </Link>
                    ) : (
                      name(group)
                    )}
                  </td>
                  <td className="p-1 text-right tabular-nums">{n(group.total)}</td>
                  <td className="p-1 text-right tabular-nums">{n(group.completed_on_time)}</td>
                  <td className="p-1 text-right tabular-nums">
                    {rate === null ? t('dashboard.none') : formatPercent(rate, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </div>
  );
}
