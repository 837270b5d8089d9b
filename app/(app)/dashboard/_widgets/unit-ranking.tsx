import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { NumberTable } from '@/components/charts/number-table';
import { FigureChoice, figureLabel, figureScale, type MapFigure } from '@/components/dashboard/map-figure';
import type { MapTile } from '@/components/dashboard/province-map';
import { RankedBar, rankBars } from '@/components/dashboard/ranked-bar';
import { directUnits, tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import { repliesOverdueByUnit } from '@/db/queries/dashboard-recommendations';
import type { Viewer } from '@/db/queries/viewer';
import { type ReadSource, readFrom } from '@/db/read-database';
import { emptyClassCounts, rates } from '@/lib/domain/figures';
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
  const [t, locale, children, groups, replies] = await Promise.all([
    getTranslations('provinceMap'),
    getLocale(),
    readFrom(source, () => directUnits(viewer, parent, view.asOf)),
    // by the parent's direct units even for the central bodies (whose chart groups by province)
    readFrom(source, () => tasksByOrganization(viewer, view, parent)),
    figure === 'repliesOverdue' ? readFrom(source, () => repliesOverdueByUnit(viewer, view, parent)) : [],
  ]);
  // The parent's direct units in scope (a dissolved one only while it still has figures), then the
  // parent's own level when it has tasks or recommendations of its own, so the bars add up to the
  // headline. Not the bodies it follows outside its subtree.
  const counted = (code: string) =>
    groups.some((g) => g.code === code) || replies.some((r) => r.code === code && r.replyOverdue > 0);
  if (!children.some((c) => !c.own)) return null;
  const units = children.filter((c) => (c.current && !c.own) || counted(c.code));
  const figureOf = (unit: (typeof units)[number]): number | null => {
    if (figure === 'repliesOverdue') return replies.find((r) => r.code === unit.code)?.replyOverdue ?? 0;
    const group = groups.find((g) => g.code === unit.code);
    const r = group ? rates(group, group.dueOrCompleted) : rates(emptyClassCounts(), 0);
    return figure === 'onTime' ? r.rankingRate : r.overdueRate;
  };
  const bars: MapTile[] = rankBars(
    units.map((u) => {
      const value = figureOf(u);
      const base = locale === 'en' ? (u.nameEn ?? u.nameVi) : u.nameVi;
      const name = u.own ? t('ownLevel', { name: base }) : base;
      return { code: u.code, name, value, label: figureLabel(figure, value, locale) };
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
        <NumberTable
          testId="unit-ranking-table"
          small
          columns={[{ header: t('rank') }, { header: t('unit') }, { header: t(figure), right: true }]}
          rows={bars.map((bar, i) => ({
            key: bar.code,
            cells: [String(i + 1), { text: bar.name, href: `/organizations/${bar.code}` }, bar.label],
          }))}
        />
      }
    />
  );
}
