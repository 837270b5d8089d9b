'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from './chart-frame';

export type ProgressRow = { label: string; due: number; completed: number };

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
  return (
    <ChartFrame className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={rows} margin={{ left: 0, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={16} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Line
            isAnimationActive={false}
            type="monotone"
            dataKey="due"
            name={dueLabel}
            stroke="#64748b"
            strokeDasharray="6 3"
            strokeWidth={2}
            dot={false}
          />
          <Line
            isAnimationActive={false}
            type="monotone"
            dataKey="completed"
            name={completedLabel}
            stroke="#14532d"
            strokeWidth={3}
            dot={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
