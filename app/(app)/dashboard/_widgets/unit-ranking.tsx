import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { FigureChoice, figureLabel, figureScale, type MapFigure } from '@/components/dashboard/map-figure';
import type { MapTile } from '@/components/dashboard/province-map';
import { RankedBar, rankBars } from '@/components/dashboard/ranked-bar';
import { OTHER_GROUP, tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import { repliesOverdueByUnit } from '@/db/queries/dashboard-recommendations';
import type { Viewer } from '@/db/queries/viewer';
import { type ReadSource, readFrom } from '@/db/read-database';
import { rates } from '@/lib/domain/figures';
import type { FigureView } from '@/lib/figure-filters';
import type { SearchParams } from '@/lib/validations/filters';

/**
 * What a ministry or a province sees instead of the national map: its own direct units as a ranked
 * bar of the map's chosen figure, in the map's colours, each bar a link to the unit's page, with a
 * table. Nothing is shown for a unit without units below it.
 */
export async function UnitRankingWidget({
  viewer,
  view,
  figure,
  query,
  source,
}: {
  viewer: Viewer;
  view: FigureView;
  figure: MapFigure;
  /** the page's own parameters, kept by the figure choice */
  query: SearchParams;
  source: ReadSource;
}) {
  const parent = view.org ?? viewer.scope.code;
  const [t, locale, groups, replies] = await Promise.all([
    getTranslations('provinceMap'),
    getLocale(),
    readFrom(source, () => tasksByOrganization(viewer, view)),
    figure === 'repliesOverdue' ? readFrom(source, () => repliesOverdueByUnit(viewer, view, parent)) : [],
  ]);
  // The groups below the parent: not its own tasks, not the bodies it follows outside its subtree.
  const units = groups.filter((g) => g.code !== parent && g.code !== OTHER_GROUP.code);
  if (units.length === 0) return null;
  const figureOf = (group: (typeof units)[number]): number | null => {
    if (figure === 'repliesOverdue') return replies.find((r) => r.code === group.code)?.replyOverdue ?? 0;
    const r = rates(group, group.dueOrCompleted);
    return figure === 'onTime' ? r.rankingRate : r.overdueRate;
  };
  const bars: MapTile[] = rankBars(
    units.map((g) => {
      const value = figureOf(g);
      const name = locale === 'en' ? (g.nameEn ?? g.nameVi) : g.nameVi;
      return { code: g.code, name, value, label: figureLabel(figure, value, locale) };
    }),
  );
  const max = figure === 'repliesOverdue' ? Math.max(1, ...bars.map((b) => b.value ?? 0)) : 1;

  return (
    <ChartCard
      id="chart-unit-ranking"
      title={t('rankedTitle')}
      tableLabel={t('rankedTable')}
      chart={
        <div className="flex flex-col gap-3">
          <p className="text-sm text-slate-600">{t('rankedDescription')}</p>
          <FigureChoice
            figure={figure}
            query={query}
            label={t('figure')}
            names={{ onTime: t('onTime'), overdue: t('overdue'), repliesOverdue: t('repliesOverdue') }}
          />
          <RankedBar
            bars={bars}
            scale={figureScale(figure, locale)}
            max={max}
            title={`${t('rankedTitle')} — ${t(figure)}`}
            noData={t('noData')}
            legendTitle={`${t('legend')}: ${t(figure)}`}
          />
        </div>
      }
      table={
        <table className="w-full text-left text-sm" data-testid="unit-ranking-table">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-1">
                {t('rank')}
              </th>
              <th scope="col" className="p-1">
                {t('unit')}
              </th>
              <th scope="col" className="p-1 text-right">
                {t(figure)}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar, i) => (
              <tr key={bar.code} className="border-b border-slate-100">
                <td className="p-1 tabular-nums">{i + 1}</td>
                <td className="p-1">
                  <Link href={`/organizations/${bar.code}`} className="text-brand-700 underline">
                    {bar.name}
                  </Link>
                </td>
                <td className="p-1 text-right tabular-nums">{bar.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
