import { useState } from 'react';
import { barPaths, rowAt, rowTicks } from './bar-paths';
import { AXIS, ChartSurface, GRID, type PlotPoint, X_AXIS_HEIGHT } from './chart-surface';
import { ChartTooltip, type TooltipItem } from './chart-tooltip';
import { LegendList } from './legend-list';
import { niceTicks, pct, percentOf } from './nice-ticks';

export type BarSeries = { key: string; label: string; color: string };
/** A row's values in series order; `color` paints a one-series row in a colour of its own. */
export type BarRow = { key: string; name: string; values: number[]; color?: string };

/**
 * Horizontal bars, one row per category, stacked by series — drawn as recharts drew the
 * dashboard's bar charts (same axes, ticks, grid, legend and tooltip) without its 140 KB of
 * script, and on the server too: x positions are percentages of the plot, so the chart needs no
 * measuring and is in the first HTML (it prints, and nothing moves when scripts start).
 * Category names are HTML beside the plot, so that they wrap within the axis' width.
 */
export function HorizontalBars({
  rows,
  series,
  height,
  margin,
  axisWidth,
  valueLabels = false,
  legend = false,
  tooltipOf,
  onSelect,
}: {
  rows: BarRow[];
  series: BarSeries[];
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** the width of the category names, tick included */
  axisWidth: number;
  /** each bar's value written at its end (one-series charts) */
  valueLabels?: boolean;
  legend?: boolean;
  /** the tooltip of the row at this index */
  tooltipOf: (rowIndex: number) => { label: string; items: TooltipItem[] };
  onSelect: (rowIndex: number, seriesIndex: number) => void;
}) {
  const [hover, setHover] = useState<{ row: number; x: number; y: number; right: boolean } | null>(null);
  const totals = rows.map((row) => row.values.reduce((sum, v) => sum + v, 0));
  const ticks = niceTicks(Math.max(0, ...totals));
  const end = ticks[ticks.length - 1];
  const band = 100 / Math.max(1, rows.length);
  const seriesColors = series.map((s) => s.color);

  const onPointer = (point: PlotPoint | null) => {
    if (!point) return setHover(null);
    const row = rowAt(point.y / point.height, rows.length);
    if (row === null) return setHover(null);
    setHover({ row, x: point.x + axisWidth, y: point.y, right: point.x < point.width * 0.6 });
  };

  return (
    <div
      className="relative flex h-full flex-col"
      style={{ padding: `${margin.top}px ${margin.right}px ${margin.bottom}px ${margin.left}px`, height }}
    >
      {/* positioned, not a grid: a chart taller than a printed page then runs on over the pages */}
      <div className="relative min-h-0 flex-1">
        {/* the names' classes once on the list, not on each of up to a hundred names (page weight) */}
        <ul
          className="absolute top-0 left-0 flex flex-col *:flex *:min-h-0 *:flex-1 *:items-center *:justify-end *:pr-2 *:text-right"
          style={{ bottom: X_AXIS_HEIGHT, width: axisWidth, color: AXIS, fontSize: 12, lineHeight: 1 }}
        >
          {rows.map((row) => (
            <li key={row.key}>{row.name}</li>
          ))}
        </ul>
        <ChartSurface
          offset={axisWidth}
          onPointer={onPointer}
          xAxis={ticks.map((tick) => (
            <g key={tick}>
              <line
                x1={pct(percentOf(tick, end))}
                x2={pct(percentOf(tick, end))}
                y1="0"
                y2="6"
                stroke={AXIS}
              />
              <text x={pct(percentOf(tick, end))} y={8} dy="0.71em" textAnchor="middle" fill={AXIS}>
                {tick}
              </text>
            </g>
          ))}
        >
          {ticks.map((tick) => (
            <line
              key={tick}
              x1={pct(percentOf(tick, end))}
              x2={pct(percentOf(tick, end))}
              y1="0"
              y2="100%"
              stroke={GRID}
              strokeDasharray="3 3"
            />
          ))}
          {hover && <rect x="0" width="100%" y={pct(hover.row * band)} height={pct(band)} fill={GRID} />}
          <line x1="0" x2="0" y1="0" y2="100%" stroke={AXIS} />
          {/* the rows' ticks, 6 px left of the axis, and the bars: paths in boxes stretched over the plot */}
          <svg
            aria-hidden="true"
            x="-6"
            width="6"
            height="100%"
            viewBox="0 0 6 100"
            preserveAspectRatio="none"
            overflow="visible"
          >
            <path stroke={AXIS} vectorEffect="non-scaling-stroke" d={rowTicks(rows.length)} />
          </svg>
          <svg aria-hidden="true" width="100%" height="100%" viewBox="0 0 100 100" preserveAspectRatio="none">
            {barPaths(rows, seriesColors, end).map((path) => (
              // biome-ignore lint/a11y/noStaticElementInteractions: the chart is hidden from screen readers; the table under it holds the same links
              <path
                key={`${path.series} ${path.color}`}
                className="cursor-pointer"
                fill={path.color}
                d={path.d}
                data-series={series[path.series].key}
                onClick={(event) => {
                  // the plot's own box, as the hover measures it (a nested <svg>'s box is its drawn bars')
                  const box = event.currentTarget
                    .closest('svg[data-testid="chart-svg"]')
                    ?.getBoundingClientRect();
                  const row = box ? rowAt((event.clientY - box.top) / box.height, rows.length) : null;
                  if (row !== null) onSelect(row, path.series);
                }}
              />
            ))}
          </svg>
          {valueLabels &&
            rows.map((row, r) => (
              <text
                key={row.key}
                x={pct(percentOf(totals[r], end))}
                dx={5}
                y={pct((r + 0.5) * band)}
                dy="0.355em"
                fill={row.color ?? series[0].color}
              >
                {totals[r]}
              </text>
            ))}
        </ChartSurface>
        {hover && <ChartTooltip x={hover.x} y={hover.y} right={hover.right} {...tooltipOf(hover.row)} />}
      </div>
      {legend && <LegendList items={series.map((s) => ({ ...s, icon: 'rect' as const }))} />}
    </div>
  );
}
