'use client';

import { useRouter } from 'next/navigation';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export type StackSeries = { key: string; label: string; color: string };
export type StackRow = { code: string; name: string; hrefs: Record<string, string> } & Record<
  string,
  number | string | object
>;

/** Organizations as horizontal bars stacked by deadline class; a click on a segment opens its list. */
export function OrgStackedChart({ rows, series }: { rows: StackRow[]; series: StackSeries[] }) {
  const router = useRouter();
  const height = Math.max(220, rows.length * 28 + 130);
  return (
    <div className="w-full" style={{ height }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
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
              stackId="classes"
              fill={s.color}
              cursor="pointer"
              onClick={(entry) => router.push((entry.payload as StackRow).hrefs[s.key])}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
