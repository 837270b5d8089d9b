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

export type ClassBar = { key: string; label: string; value: number; color: string; href: string };

/** The four deadline classes as bars; a click opens the list behind a bar. */
export function ClassBarChart({ bars, valueLabel }: { bars: ClassBar[]; valueLabel: string }) {
  const router = useRouter();
  return (
    <div className="h-64 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 40, top: 8, bottom: 8 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(value) => [value, valueLabel]} />
          <Bar
            isAnimationActive={false}
            dataKey="value"
            name={valueLabel}
            cursor="pointer"
            onClick={(entry) => router.push((entry.payload as ClassBar).href)}
          >
            {bars.map((bar) => (
              <Cell key={bar.key} fill={bar.color} />
            ))}
            <LabelList dataKey="value" position="right" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
