'use client';

import { useRouter } from 'next/navigation';
import { HorizontalBars } from './horizontal-bars';
import { type RowLink, rowHref, type StackedRow, type StackSeries, withParam } from './stacked-rows';

/** Organizations as horizontal bars stacked by series; a click on a segment opens its list. */
export function OrgStackedChart({
  rows,
  series,
  seriesParam,
  rowLink,
}: {
  rows: StackedRow[];
  series: StackSeries[];
  /** the query parameter a segment adds to its row's link */
  seriesParam: string;
  /** the rows' common link, when they have no link of their own */
  rowLink?: RowLink;
}) {
  const router = useRouter();
  const height = Math.max(220, rows.length * 28 + 130);
  return (
    <div className="w-full" style={{ height }} aria-hidden="true">
      <HorizontalBars
        rows={rows.map((row) => ({ key: row.code, name: row.name, values: row.values }))}
        series={series}
        height={height}
        margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
        axisWidth={120}
        legend
        tooltipOf={(r) => ({
          label: rows[r].name,
          items: series.map((s, i) => ({ name: s.label, value: rows[r].values[i], color: s.color })),
        })}
        onSelect={(r, s) => router.push(withParam(rowHref(rows[r], rowLink), seriesParam, series[s].key))}
      />
    </div>
  );
}
