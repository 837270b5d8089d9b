'use client';

import { useRouter } from 'next/navigation';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFrame } from './chart-frame';

export type SimpleBar = { key: string; label: string; value: number; href: string; color?: string };

/** One series of horizontal bars (each in its own colour if given); a click opens the list behind a bar. */
export function SimpleBarChart({
  bars,
  valueLabel,
  color = '#7a1813',
}: {
  bars: SimpleBar[];
  valueLabel: string;
  color?: string;
}) {
  const router = useRouter();
  const height = Math.max(140, bars.length * 44 + 40);
  return (
    <ChartFrame className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={bars}
          layout="vertical"
          margin={{ left: 8, right: 40, top: 8, bottom: 8 }}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => [value, valueLabel]} />
          <Bar
            isAnimationActive={false}
            dataKey="value"
            name={valueLabel}
            fill={color}
            cursor="pointer"
            onClick={(entry) => router.push((entry.payload as SimpleBar).href)}
          >
            {bars.map((bar) => (
              <Cell key={bar.key} fill={bar.color ?? color} />
            ))}
            <LabelList dataKey="value" position="right" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
