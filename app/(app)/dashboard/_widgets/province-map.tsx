import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { NumberTable } from '@/components/charts/number-table';
import { FigureChoice, figureLabel, figureScale, type MapFigure } from '@/components/dashboard/map-figure';
import { type MapTile, ProvinceMap } from '@/components/dashboard/province-map';
import { tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import { repliesOverdueByProvince } from '@/db/queries/dashboard-recommendations';
import type { Option } from '@/db/queries/reference';
import type { Viewer } from '@/db/queries/viewer';
import { type ReadSource, readFrom } from '@/db/read-database';
import { rates } from '@/lib/domain/figures';
import type { FigureView } from '@/lib/figure-filters';
import type { SearchParams } from '@/lib/validations/filters';

/** The national tile map, coloured by the chosen figure, with its legend, links and table. */
export async function ProvinceMapWidget({
  viewer,
  view,
  provinces,
  figure,
  query,
  source,
}: {
  viewer: Viewer;
  view: FigureView;
  provinces: Option[];
  figure: MapFigure;
  /** the page's own parameters, kept by the figure choice */
  query: SearchParams;
  source: ReadSource;
}) {
  const [t, locale, groups, replies] = await Promise.all([
    getTranslations('provinceMap'),
    getLocale(),
    readFrom(source, () => tasksByOrganization(viewer, view)),
    figure === 'repliesOverdue' ? readFrom(source, () => repliesOverdueByProvince(viewer, view)) : [],
  ]);
  const figureOf = (code: string): number | null => {
    if (figure === 'repliesOverdue') return replies.find((r) => r.code === code)?.replyOverdue ?? 0;
    const group = groups.find((g) => g.code === code);
    if (!group) return null;
    const r = rates(group, group.dueOrCompleted);
    return figure === 'onTime' ? r.rankingRate : r.overdueRate;
  };
  const scale = figureScale(figure, locale);
  const tiles: MapTile[] = provinces.map((p) => {
    const value = figureOf(p.code);
    const name = locale === 'en' ? (p.nameEn ?? p.nameVi) : p.nameVi;
    return { code: p.code, name, value, label: figureLabel(figure, value, locale) };
  });

  return (
    <ChartCard
      id="chart-province-map"
      title={t('title')}
      tableLabel={t('showTable')}
      chart={
        <div className="flex flex-col gap-3">
          <p className="text-sm text-slate-600">{t('description')}</p>
          <FigureChoice
            figure={figure}
            query={query}
            label={t('figure')}
            names={{ onTime: t('onTime'), overdue: t('overdue'), repliesOverdue: t('repliesOverdue') }}
          />
          <ProvinceMap
            tiles={tiles}
            scale={scale}
            title={`${t('title')} — ${t(figure)}`}
            noData={t('noData')}
            legendTitle={`${t('legend')}: ${t(figure)}`}
            archipelagos={{ hoangSa: t('hoangSa'), truongSa: t('truongSa') }}
          />
        </div>
      }
      table={
        <NumberTable
          testId="province-map-table"
          small
          columns={[{ header: t('province') }, { header: t(figure), right: true }]}
          rows={tiles.map((tile) => ({
            key: tile.code,
            cells: [{ text: tile.name, href: `/organizations/${tile.code}` }, tile.label],
          }))}
        />
      }
    />
  );
}
