import { ADDRESSEE_STATUSES, type AddresseeStatus } from '@/lib/domain/recommendations';
import type { CellValue, ReportTable } from '@/lib/export/table';

export type AddresseeFigure = {
  code: string;
  name: string;
  status: AddresseeStatus;
  recommendations: number;
  sources: number;
};

/**
 * Report 2: recommendations by addressee × status (primaries, duplicates folded in), with the
 * number of source localities behind them.
 */
export function recommendationsByAddresseeTable(
  figures: AddresseeFigure[],
  t: (key: string) => string,
): ReportTable {
  const byAddressee = new Map<string, Record<string, CellValue>>();
  for (const f of figures) {
    const row = byAddressee.get(f.code) ?? {
      name: f.name,
      total: 0,
      sources: 0,
      ...Object.fromEntries(ADDRESSEE_STATUSES.map((s) => [s, 0])),
    };
    row[f.status] = f.recommendations;
    row.total = (row.total as number) + f.recommendations;
    row.sources = (row.sources as number) + f.sources;
    byAddressee.set(f.code, row);
  }
  const rows: Record<string, CellValue>[] = [...byAddressee.values()].map((row, i) => ({
    index: String(i + 1),
    ...row,
  }));
  const group = t('reports.columns.byStatus');
  const total: Record<string, CellValue> = { index: '', name: t('reports.columns.totalRow') };
  for (const key of ['total', 'sources', ...ADDRESSEE_STATUSES])
    total[key] = rows.reduce((sum, r) => sum + (r[key] as number), 0);
  return {
    title: t('reports.byAddressee'),
    columns: [
      { key: 'index', header: t('reports.columns.index'), kind: 'text', width: 6 },
      { key: 'name', header: t('reports.columns.addressee'), kind: 'text', width: 34 },
      { key: 'total', header: t('reports.columns.recommendations'), kind: 'int', width: 12 },
      ...ADDRESSEE_STATUSES.map((s) => ({
        key: s,
        header: t(`recommendationStatus.${s}`),
        group,
        kind: 'int' as const,
      })),
      { key: 'sources', header: t('reports.columns.sources'), kind: 'int', width: 14 },
    ],
    rows,
    total,
  };
}
