import type { PointerEvent, ReactNode } from 'react';

export const AXIS = '#666';
export const GRID = '#ccc';
export const X_AXIS_HEIGHT = 30;

/** Where the pointer is over the plot, in pixels from its top left corner, and the plot's size. */
export type PlotPoint = { x: number; y: number; width: number; height: number };

/**
 * The plot of a chart and its x axis under it, side by side with what is left of them (the
 * category names or the count axis, `offset` pixels wide): two SVGs positioned in the chart's
 * box — positioned, not a grid, so that a chart taller than a printed page runs on over the
 * pages. The plot reports the pointer (null when it leaves); the x axis draws its line, then
 * `xAxis` (the ticks and their labels) under it.
 */
export function ChartSurface({
  offset,
  onPointer,
  xAxis,
  children,
}: {
  offset: number;
  onPointer: (point: PlotPoint | null) => void;
  xAxis: ReactNode;
  children: ReactNode;
}) {
  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    onPointer({
      x: event.clientX - box.left,
      y: event.clientY - box.top,
      width: box.width,
      height: box.height,
    });
  };
  return (
    <>
      <svg
        aria-hidden="true"
        className="absolute top-0 overflow-visible"
        style={{
          left: offset,
          width: `calc(100% - ${offset}px)`,
          height: `calc(100% - ${X_AXIS_HEIGHT}px)`,
        }}
        onPointerMove={onMove}
        onPointerLeave={() => onPointer(null)}
        data-testid="chart-svg"
      >
        {children}
      </svg>
      <svg
        aria-hidden="true"
        className="absolute bottom-0 overflow-visible"
        style={{ left: offset, width: `calc(100% - ${offset}px)`, height: X_AXIS_HEIGHT }}
      >
        <line x1="0" x2="100%" y1="0.5" y2="0.5" stroke={AXIS} />
        {xAxis}
      </svg>
    </>
  );
}
