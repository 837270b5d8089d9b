'use client';

import Link from 'next/link';

/** A cell: its text, or its text with where it leads and the colour of its series. */
export type NumberCell = string | { text: string; href?: string; color?: string };
export type NumberRow = { key: string; cells: NumberCell[] };
/** A column's header; `right` for numbers (right-aligned, as a column of figures reads). */
export type NumberColumn = { header: string; right?: boolean };

function Cell({ cell }: { cell: NumberCell }) {
  if (typeof cell === 'string') return cell;
  return (
    <>
      {cell.color && (
        <span
          aria-hidden
          className="mr-2 inline-block size-3 rounded-sm"
          style={{ background: cell.color }}
        />
      )}
      {cell.href ? (
        <Link href={cell.href} className="text-brand-700 underline">
          {cell.text}
        </Link>
      ) : (
        cell.text
      )}
    </>
  );
}

/**
 * The numbers behind a chart or a ranking, already written for the page's locale. A client
 * component so that the page carries the rows as data: as a server tree, React's payload held every
 * cell as elements and streamed a long table a row at a time, each row patched in on its own.
 */
export function NumberTable({
  columns,
  rows,
  small = false,
  stickyHeader = false,
  testId,
}: {
  columns: NumberColumn[];
  rows: NumberRow[];
  small?: boolean;
  stickyHeader?: boolean;
  testId?: string;
}) {
  const align = (column: NumberColumn) => (column.right ? ' text-right' : '');
  return (
    <table className={`w-full text-left${small ? ' text-sm' : ''}`} data-testid={testId}>
      <thead className={stickyHeader ? 'sticky top-0 bg-white' : undefined}>
        <tr className="border-b border-slate-300">
          {columns.map((column) => (
            <th key={column.header} scope="col" className={`p-1${align(column)}`}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100">
            {row.cells.map((cell, i) => (
              <td key={columns[i]?.header ?? i} className={`p-1 tabular-nums${align(columns[i] ?? {})}`}>
                <Cell cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
