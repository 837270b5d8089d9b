import Link from 'next/link';
import { formatNumber, formatPercent } from '@/lib/format';
import type { SearchParams } from '@/lib/validations/filters';
import type { MapScale } from './province-map';

/** The figures the tile map and the ranked bar are coloured by (`map=` in the dashboard's URL). */
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

/** The colour scale of a figure: five bins, greens for the on-time rate, reds for what is late. */
export function figureScale(figure: MapFigure, locale: string): MapScale {
  const pct = (v: number) => formatPercent(v, locale);
  if (figure === 'repliesOverdue') {
    return { colors: REDS, bins: ['0', '1', '2–4', '5–9', '≥ 10'], binOf: binOf(COUNT_BINS) };
  }
  return {
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
}

/** A figure's value as written on a tile or a bar. */
export function figureLabel(figure: MapFigure, value: number | null, locale: string): string {
  if (value === null) return '—';
  return figure === 'repliesOverdue' ? formatNumber(value, locale) : formatPercent(value, locale);
}

/** The figure choice: links that set `map=` and keep the page's other parameters. */
export function FigureChoice({
  figure,
  query,
  label,
  names,
}: {
  figure: MapFigure;
  query: SearchParams;
  label: string;
  names: Record<MapFigure, string>;
}) {
  const linkTo = (choice: MapFigure) => {
    const kept = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (typeof value === 'string') kept.set(key, value);
    kept.set('map', choice);
    return `/dashboard?${kept}`;
  };
  return (
    <nav aria-label={label} className="flex flex-wrap gap-2 text-sm print:hidden">
      <span className="text-slate-600">{label}:</span>
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
          {names[f]}
        </Link>
      ))}
    </nav>
  );
}
