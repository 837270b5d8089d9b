import type { ReportTable } from '@/lib/export/table';

/** A supporting unit's row as the query gives it. */
export type SupportGroup = { name: string; supported: number; openParts: number; overdueParts: number };

type Translate = (key: string) => string;

/**
 * "Tasks supported, by unit": STT | supporting unit | tasks supported | open parts | of which on
 * overdue tasks, with a total row. Tasks are counted by their lead unit in the other summaries;
 * here each supporting unit has its own row, so a task may appear under several units.
 */
export function supportByUnitTable(groups: SupportGroup[], t: Translate): ReportTable {
  const sum = (key: 'supported' | 'openParts' | 'overdueParts') => groups.reduce((acc, g) => acc + g[key], 0);
  return {
    title: t('reports.supportByUnit'),
    columns: [
      { key: 'index', header: t('reports.columns.index'), kind: 'text', width: 6 },
      { key: 'name', header: t('reports.columns.supportingUnit'), kind: 'text', width: 40 },
      { key: 'supported', header: t('reports.columns.supportedTasks'), kind: 'int', width: 16 },
      { key: 'openParts', header: t('reports.columns.openParts'), kind: 'int', width: 16 },
      { key: 'overdueParts', header: t('reports.columns.overdueParts'), kind: 'int', width: 18 },
    ],
    rows: [
      ...groups.map((g, i) => ({
        index: String(i + 1),
        name: g.name,
        supported: g.supported,
        openParts: g.openParts,
        overdueParts: g.overdueParts,
      })),
      {
        index: '',
        name: t('reports.columns.totalRow'),
        supported: sum('supported'),
        openParts: sum('openParts'),
        overdueParts: sum('overdueParts'),
      },
    ],
  };
}
