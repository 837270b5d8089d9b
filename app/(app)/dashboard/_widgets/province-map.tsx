import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { type MapScale, type MapTile, ProvinceMap } from '@/components/dashboard/province-map';
import { tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import { repliesOverdueByProvince } from '@/db/queries/dashboard-recommendations';
import type { Option } from '@/db/queries/reference';
import type { Viewer } from '@/db/queries/viewer';
import { type ReadSource, readFrom } from '@/db/read-database';
import { rates } from '@/lib/domain/figures';
import type { FigureView } from '@/lib/figure-filters';
import { formatNumber, formatPercent } from '@/lib/format';
import type { SearchParams } from '@/lib/validations/filters';

export const MAP_FIGURES = ['onTime', 'overdue', 'repliesOverdue'] as const;
export type MapFigure = (typeof MAP_FIGURES)[number];

const GREENS = ['#d1fae5', '#a7f3d0', '#34d399', '#047857', '#064e3b'] as const;
const REDS = ['#fee2e2', '#fecaca', '#f87171', '#b91c1c', '#7f1d1d'] as const;
const RATE_BINS = [0.2, 0.4, 0.6, 0.8];
const COUNT_BINS = [1, 2, 5, 10];

const binOf = (limits: number[]) => (value: number) => {
  const i = limits.findIndex((limit) => value < limit);
  return i < 0 ? limits.length : i;
};

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
  const pct = (v: number) => formatPercent(v, locale);
  const figureOf = (code: string): number | null => {
    if (figure === 'repliesOverdue') return replies.find((r) => r.code === code)?.replyOverdue ?? 0;
    const group = groups.find((g) => g.code === code);
    if (!group) return null;
    const r = rates(group, group.dueOrCompleted);
    return figure === 'onTime' ? r.rankingRate : r.overdueRate;
  };
  const isCount = figure === 'repliesOverdue';
  const linkTo = (choice: MapFigure) => {
    const kept = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (typeof value === 'string') kept.set(key, value);
    kept.set('map', choice);
    return `/dashboard?${kept}`;
  };
  const scale: MapScale = isCount
    ? {
        colors: REDS,
        bins: ['0', '1', '2–4', '5–9', '≥ 10'],
        binOf: binOf(COUNT_BINS),
      }
    : {
        colors: figure === 'onTime' ? GREENS : REDS,
        bins: [
          `< ${pct(0.2)}`,
          `${pct(0.2)} – ${pct(0.4)}`,
          `${pct(0.4)} – ${pct(0.6)}`,
          `${pct(0.6)} – ${pct(0.8)}`,
          `≥ ${pct(0.8)}`,
        ],
        binOf: binOf(RATE_BINS),
      };
  const tiles: MapTile[] = provinces.map((p) => {
    const value = figureOf(p.code);
    const name = locale === 'en' ? (p.nameEn ?? p.nameVi) : p.nameVi;
    const label = value === null ? '—' : isCount ? formatNumber(value, locale) : pct(value);
    return { code: p.code, name, value, label };
  });

  return (
    <ChartCard
      id="chart-province-map"
      title={t('title')}
      tableLabel={t('showTable')}
      chart={
        <div className="flex flex-col gap-3">
          <p className="text-sm text-slate-600">{t('description')}</p>
          <nav aria-label={t('figure')} className="flex flex-wrap gap-2 text-sm print:hidden">
            <span className="text-slate-600">{t('figure')}:</span>
            {MAP_FIGURES.map((f) => (
              <Link
                key={f}
                href={linkTo(f)}
                aria-current={f === figure ? 'true' : undefined}
                className={
                  f === figure
                    ? 'rounded bg-brand-700 px-2 py-0.5 text-white'
                    : 'rounded px-2 py-0.5 text-brand-700 underline'
                }
                scroll={false}
              >
                {t(f)}
              </Link>
            ))}
          </nav>
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
        <table className="w-full text-left text-sm" data-testid="province-map-table">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-1">
                {t('province')}
              </th>
              <th scope="col" className="p-1 text-right">
                {t(figure)}
              </th>
            </tr>
          </thead>
          <tbody>
            {tiles.map((tile) => (
              <tr key={tile.code} className="border-b border-slate-100">
                <td className="p-1">
                  <Link href={`/organizations/${tile.code}`} className="text-brand-700 underline">
                    {tile.name}
                  </Link>
                </td>
                <td className="p-1 text-right tabular-nums">{tile.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
