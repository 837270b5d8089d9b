'use client';

import { formatNumber } from '@/lib/format';
import type { ProgressRow } from './progress-chart';

/**
 * The numbers of the progress chart. A client component so that the page carries the rows once,
 * as the chart's data, and not a second time as a tree of cells in the React payload.
 */
export function ProgressTable({
  rows,
  dayHeader,
  dueHeader,
  completedHeader,
  locale,
}: {
  rows: ProgressRow[];
  dayHeader: string;
  dueHeader: string;
  completedHeader: string;
  locale: string;
}) {
  return (
    <table className="w-full text-left">
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="p-1">
            {dayHeader}
          </th>
          <th scope="col" className="p-1 text-right">
            {dueHeader}
          </th>
          <th scope="col" className="p-1 text-right">
            {completedHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className="border-b border-slate-100">
            <td className="p-1">{row.label}</td>
            <td className="p-1 text-right tabular-nums">{formatNumber(row.due, locale)}</td>
            <td className="p-1 text-right tabular-nums">{formatNumber(row.completed, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
