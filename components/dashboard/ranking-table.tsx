'use client';

import Link from 'next/link';

/** A unit's line of the ranking, its numbers already written for the page's locale. */
export type RankingRow = { code: string; name: string; total: string; onTime: string; rate: string };

/**
 * The on-time ranking. A client component so that the page carries the rows as data: as a server
 * tree, React's payload split a table this long into a row per line, each streamed and put in
 * place on its own.
 */
export function RankingTable({
  rows,
  headers,
}: {
  rows: RankingRow[];
  headers: { rank: string; unit: string; total: string; onTime: string; rate: string };
}) {
  return (
    <table className="w-full text-left text-sm" data-testid="ranking">
      <thead className="sticky top-0 bg-white">
        <tr className="border-b border-slate-300">
          <th scope="col" className="p-1">
            {headers.rank}
          </th>
          <th scope="col" className="p-1">
            {headers.unit}
          </th>
          <th scope="col" className="p-1 text-right">
            {headers.total}
          </th>
          <th scope="col" className="p-1 text-right">
            {headers.onTime}
          </th>
          <th scope="col" className="p-1 text-right">
            {headers.rate}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.code} className="border-b border-slate-100">
            <td className="p-1 tabular-nums">{i + 1}</td>
            <td className="p-1">
              {row.code ? (
                <Link href={`/organizations/${row.code}`} className="text-brand-700 underline">
                  {row.name}
                </Link>
              ) : (
                row.name
              )}
            </td>
            <td className="p-1 text-right tabular-nums">{row.total}</td>
            <td className="p-1 text-right tabular-nums">{row.onTime}</td>
            <td className="p-1 text-right tabular-nums">{row.rate}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
