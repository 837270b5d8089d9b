import { ScrollRegion } from '@/components/ui/scroll-region';
import { type CellValue, type Column, groupSpans, headerLevels, type ReportTable } from '@/lib/export/table';
import { formatNumber, formatPercent } from '@/lib/format';

function display(value: CellValue | undefined, column: Column, locale: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') {
    const sign = column.signed && value > 0 ? '+' : '';
    return sign + (column.kind === 'percent' ? formatPercent(value, locale) : formatNumber(value, locale));
  }
  return value;
}

/** A report table on the page: the same table the exports write, two-level headers included. */
export function ReportTableView({
  table,
  locale,
  testId,
}: {
  table: ReportTable;
  locale: string;
  testId?: string;
}) {
  const levels = headerLevels(table.columns);
  const spans = groupSpans(table.columns);
  const cell = 'border border-slate-300 px-2 py-1';
  return (
    <ScrollRegion aria-label={table.title}>
      <table className="w-full border-collapse bg-white text-sm" data-testid={testId}>
        <caption className="sr-only">{table.title}</caption>
        <thead className="bg-slate-100">
          <tr>
            {table.columns.map((column, i) => {
              if (!column.group) {
                return (
                  <th key={column.key} scope="col" rowSpan={levels} className={`${cell} text-center`}>
                    {column.header}
                  </th>
                );
              }
              const span = spans.find((s) => s.from === i);
              return span ? (
                <th
                  key={column.key}
                  scope="colgroup"
                  colSpan={span.to - span.from + 1}
                  className={`${cell} text-center`}
                >
                  {span.group}
                </th>
              ) : null;
            })}
          </tr>
          {levels === 2 && (
            <tr>
              {table.columns
                .filter((c) => c.group)
                .map((column) => (
                  <th key={column.key} scope="col" className={`${cell} text-center`}>
                    {column.header}
                  </th>
                ))}
            </tr>
          )}
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={String(row[table.columns[0].key] ?? r)} className="even:bg-slate-50">
              {table.columns.map((column) => (
                <td
                  key={column.key}
                  className={`${cell} ${column.kind === 'text' ? '' : 'text-right tabular-nums'}`}
                >
                  {display(row[column.key], column, locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {table.total && (
          <tfoot>
            <tr className="bg-slate-100 font-semibold">
              {table.columns.map((column) => (
                <td
                  key={column.key}
                  className={`${cell} ${column.kind === 'text' ? '' : 'text-right tabular-nums'}`}
                >
                  {table.total?.[column.key] === '' ? '' : display(table.total?.[column.key], column, locale)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollRegion>
  );
}
