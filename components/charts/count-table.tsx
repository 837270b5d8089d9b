import Link from 'next/link';

export type CountRow = { key: string; label: string; value: string; href: string; color?: string };

/** The numbers of a one-series chart, each a link to the list behind it. */
export function CountTable({
  rows,
  labelHeader,
  valueHeader,
}: {
  rows: CountRow[];
  labelHeader: string;
  valueHeader: string;
}) {
  return (
    <table className="w-full text-left">
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="p-1">
            {labelHeader}
          </th>
          <th scope="col" className="p-1 text-right">
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100">
            <td className="p-1">
              {row.color && (
                <span
                  aria-hidden
                  className="mr-2 inline-block size-3 rounded-sm"
                  style={{ background: row.color }}
                />
              )}
              <Link href={row.href} className="underline">
                {row.label}
              </Link>
            </td>
            <td className="p-1 text-right tabular-nums">{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
