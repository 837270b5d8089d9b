'use client';

import Link from 'next/link';
import { formatNumber } from '@/lib/format';
import { type RowLink, rowHref, type StackedRow, type StackSeries, withParam } from './stacked-rows';

/**
 * The numbers of a stacked chart: a row per organization, a column per series, each number a
 * link to the list behind it. A client component so that the page carries the rows once, as
 * data, and not every cell's link as markup twice (server HTML and the React payload).
 */
export function StackedTable({
  rows,
  series,
  seriesParam,
  rowLink,
  rowHeader,
  extraHeader,
  locale,
}: {
  rows: StackedRow[];
  series: StackSeries[];
  seriesParam: string;
  /** the rows' common link, when they have no link of their own */
  rowLink?: RowLink;
  rowHeader: string;
  /** a last column of plain numbers (`row.extra`), when given */
  extraHeader?: string;
  locale: string;
}) {
  const n = (v: number) => formatNumber(v, locale);
  return (
    <table className="w-full text-left">
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="p-1">
            {rowHeader}
          </th>
          {series.map((s) => (
            <th key={s.key} scope="col" className="p-1 text-right">
              {s.label}
            </th>
          ))}
          {extraHeader && (
            <th scope="col" className="p-1 text-right">
              {extraHeader}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const href = rowHref(row, rowLink);
          return (
            <tr key={row.code} className="border-b border-slate-100">
              <th scope="row" className="p-1 font-normal">
                <Link href={href} className="underline">
                  {row.name}
                </Link>
              </th>
              {series.map((s, i) => (
                <td key={s.key} className="p-1 text-right tabular-nums">
                  <Link
                    href={withParam(href, seriesParam, s.key)}
                    className="underline"
                    data-testid={`cell-${row.code}-${s.key}`}
                  >
                    {n(row.values[i])}
                  </Link>
                </td>
              ))}
              {extraHeader && <td className="p-1 text-right tabular-nums">{n(row.extra ?? 0)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
