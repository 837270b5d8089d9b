'use client';

import { useState } from 'react';
import { AXIS, ChartSurface, GRID, type PlotPoint, X_AXIS_HEIGHT } from './chart-surface';
import { ChartTooltip } from './chart-tooltip';
import { LegendList } from './legend-list';
import { monotonePath } from './monotone';
import { niceTicks, pct, percentOf } from './nice-ticks';

export type ProgressRow = { label: string; due: number; completed: number };

const Y_AXIS_WIDTH = 60;
const MARGIN = { top: 8, right: 16, bottom: 8, left: 0 };
/** a dd/MM/yyyy tick at 11 px, and recharts' minTickGap */
const TICK_WIDTH = 58;
const TICK_GAP = 16;
const LINES = [
  { key: 'due', color: '#64748b', width: 2, dash: '6 3' },
  { key: 'completed', color: '#14532d', width: 3, dash: undefined },
] as const;

/**
 * The chart widths (container queries) from which another choice of day labels applies; the
 * server does not know the width, so each label is written with the widths it shows at.
 */
const TIERS = [
  { width: 320, show: '', hide: 'hidden' },
  { width: 384, show: '@sm:inline', hide: '@sm:hidden' },
  { width: 448, show: '@md:inline', hide: '@md:hidden' },
  { width: 512, show: '@lg:inline', hide: '@lg:hidden' },
  { width: 576, show: '@xl:inline', hide: '@xl:hidden' },
  { width: 672, show: '@2xl:inline', hide: '@2xl:hidden' },
  { width: 768, show: '@3xl:inline', hide: '@3xl:hidden' },
] as const;

/**
 * The day labels recharts' `interval="preserveEnd"` writes on a plot this wide: the last one
 * (moved in so as not to stick out), then going back each that fits whole before the one kept
 * after it, with the gap between them.
 */
export function dayTicksAt(count: number, plotWidth: number): boolean[] {
  const shown = new Array<boolean>(count).fill(false);
  if (count === 0) return shown;
  const xOf = (i: number) => (count > 1 ? (i / (count - 1)) * plotWidth : plotWidth / 2);
  const half = TICK_WIDTH / 2;
  let boundary = plotWidth;
  for (let i = count - 1; i >= 0; i--) {
    const centre = i === count - 1 ? Math.min(xOf(i), plotWidth - half) : xOf(i);
    if (centre + half <= boundary && centre - half >= 0) {
      shown[i] = true;
      boundary = centre - half - TICK_GAP;
    }
  }
  return shown;
}

/** Per day, the classes that show its label (and its grid line) at the chart widths where it is written; null: never. */
export function dayTickClasses(count: number): (string | null)[] {
  const atTiers = TIERS.map((tier) => dayTicksAt(count, tier.width - Y_AXIS_WIDTH - MARGIN.right));
  return Array.from({ length: count }, (_, i) => {
    if (!atTiers.some((shown) => shown[i])) return null;
    return TIERS.map((tier, t) => {
      const shown = atTiers[t][i];
      if (t > 0 && shown === atTiers[t - 1][i]) return '';
      return shown ? tier.show : tier.hide;
    })
      .filter(Boolean)
      .join(' ');
  });
}

/** Cumulative tasks due against tasks completed, per week or month. */
export function ProgressChart({
  rows,
  dueLabel,
  completedLabel,
}: {
  rows: ProgressRow[];
  dueLabel: string;
  completedLabel: string;
}) {
  const [hover, setHover] = useState<{ index: number; x: number; y: number; right: boolean } | null>(null);
  const ticks = niceTicks(Math.max(0, ...rows.map((r) => Math.max(r.due, r.completed))));
  const end = ticks[ticks.length - 1];
  const xOf = (i: number) => (rows.length > 1 ? (i / (rows.length - 1)) * 100 : 50);
  const yOf = (v: number) => 100 - percentOf(v, end);
  const tickClasses = dayTickClasses(rows.length);
  const labels = { due: dueLabel, completed: completedLabel };

  const onPointer = (point: PlotPoint | null) => {
    if (!point) return setHover(null);
    if (rows.length === 0) return;
    const share = point.x / point.width;
    const index = Math.min(rows.length - 1, Math.max(0, Math.round(share * (rows.length - 1))));
    setHover({ index, x: point.x + Y_AXIS_WIDTH, y: point.y, right: share < 0.6 });
  };

  return (
    <div className="@container h-72 w-full" aria-hidden="true">
      <div
        className="flex h-full flex-col"
        style={{ padding: `${MARGIN.top}px ${MARGIN.right}px ${MARGIN.bottom}px ${MARGIN.left}px` }}
      >
        {/* positioned, not a grid: as the bar charts (a grid row is pushed whole to the next printed page) */}
        <div className="relative min-h-0 flex-1">
          <svg
            aria-hidden="true"
            className="absolute top-0 left-0 overflow-visible"
            style={{ width: Y_AXIS_WIDTH, height: `calc(100% - ${X_AXIS_HEIGHT}px)` }}
          >
            {ticks.map((tick) => (
              <g key={tick}>
                <line
                  x1={Y_AXIS_WIDTH - 6}
                  x2={Y_AXIS_WIDTH}
                  y1={pct(yOf(tick))}
                  y2={pct(yOf(tick))}
                  stroke={AXIS}
                />
                <text x={Y_AXIS_WIDTH - 8} y={pct(yOf(tick))} dy="0.355em" textAnchor="end" fill={AXIS}>
                  {tick}
                </text>
              </g>
            ))}
            <line x1={Y_AXIS_WIDTH - 0.5} x2={Y_AXIS_WIDTH - 0.5} y1="0" y2="100%" stroke={AXIS} />
          </svg>
          <ChartSurface
            offset={Y_AXIS_WIDTH}
            onPointer={onPointer}
            xAxis={rows.map((row, i) => {
              const classes = tickClasses[i];
              if (classes === null) return null;
              const last = i === rows.length - 1 && rows.length > 1;
              return (
                <g key={row.label} className={classes || undefined}>
                  <line x1={pct(xOf(i))} x2={pct(xOf(i))} y1="0" y2="6" stroke={AXIS} />
                  <text
                    x={pct(xOf(i))}
                    y={8}
                    dy="0.71em"
                    // the last label ends at the axis' end rather than sticking out of it
                    textAnchor={last ? 'end' : 'middle'}
                    fontSize={11}
                    fill={AXIS}
                  >
                    {row.label}
                  </text>
                </g>
              );
            })}
          >
            {ticks.map((tick) => (
              <line
                key={tick}
                x1="0"
                x2="100%"
                y1={pct(yOf(tick))}
                y2={pct(yOf(tick))}
                stroke={GRID}
                strokeDasharray="3 3"
              />
            ))}
            {rows.map((row, i) =>
              tickClasses[i] === null ? null : (
                <line
                  key={row.label}
                  className={tickClasses[i] || undefined}
                  x1={pct(xOf(i))}
                  x2={pct(xOf(i))}
                  y1="0"
                  y2="100%"
                  stroke={GRID}
                  strokeDasharray="3 3"
                />
              ),
            )}
            {hover && (
              <line x1={pct(xOf(hover.index))} x2={pct(xOf(hover.index))} y1="0" y2="100%" stroke={GRID} />
            )}
            <svg
              aria-hidden="true"
              viewBox="0 0 1000 1000"
              preserveAspectRatio="none"
              width="100%"
              height="100%"
              overflow="visible"
            >
              {LINES.map((line) => (
                <path
                  key={line.key}
                  d={monotonePath(rows.map((row, i) => [xOf(i) * 10, yOf(row[line.key]) * 10]))}
                  fill="none"
                  stroke={line.color}
                  strokeWidth={line.width}
                  strokeDasharray={line.dash}
                  vectorEffect="non-scaling-stroke"
                />
              ))}
            </svg>
            {hover &&
              LINES.map((line) => (
                <circle
                  key={line.key}
                  cx={pct(xOf(hover.index))}
                  cy={pct(yOf(rows[hover.index][line.key]))}
                  r={4}
                  fill={line.color}
                  stroke="#fff"
                  strokeWidth={2}
                />
              ))}
          </ChartSurface>
          {hover && (
            <ChartTooltip
              x={hover.x}
              y={hover.y}
              right={hover.right}
              label={rows[hover.index].label}
              items={LINES.map((line) => ({
                name: labels[line.key],
                value: rows[hover.index][line.key],
                color: line.color,
              }))}
            />
          )}
        </div>
        <LegendList
          items={LINES.map((line) => ({
            key: line.key,
            label: labels[line.key],
            color: line.color,
            icon: 'line' as const,
          }))}
        />
      </div>
    </div>
  );
}
