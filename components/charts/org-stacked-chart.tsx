'use client';

import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';
import { type StackedRow, type StackSeries, withParam } from './stacked-rows';

/** Organizations as horizontal bars stacked by series; a click on a segment opens its list. */
export function OrgStackedChart({
  rows,
  series,
  seriesParam,
}: {
  rows: StackedRow[];
  series: StackSeries[];
  /** the query parameter a segment adds to its row's link */
  seriesParam: string;
}) {
  const router = useRouter();
  const data = useMemo(
    () =>
      rows.map((row) => ({
        name: row.name,
        href: row.href,
        ...Object.fromEntries(series.map((s, i) => [s.key, row.values[i]])),
      })),
    [rows, series],
  );
  const height = Math.max(220, rows.length * 28 + 130);
  return (
    <ChartFrame className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ left: 8, right: 16, top: 8, bottom: 8 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={120} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {series.map((s) => (
            <Bar
              isAnimationActive={false}
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="stack"
              fill={s.color}
              cursor="pointer"
              onClick={(entry) =>
                router.push(withParam((entry.payload as { href: string }).href, seriesParam, s.key))
              }
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
