import { rates } from '@/lib/domain/figures';
import type { CellValue, ReportTable } from '@/lib/export/table';

/** A breakdown row as the figure queries give it. */
export type ResultGroup = {
  code: string;
  name: string;
  completed_on_time: number;
  completed_late: number;
  in_progress_on_time: number;
  overdue: number;
};

type Translate = (key: string) => string;

/**
 * Report 1, "task results by organization": STT | body | total | completed (total, on time,
 * late) | not completed (total, within deadline, overdue) | completion % | overdue %, with a
 * total row. The page, the XLSX, the CSV and the DOCX all print this one table.
 */
export function taskResultsTable(groups: ResultGroup[], t: Translate): ReportTable {
  const completedGroup = t('reports.columns.completed');
  const openGroup = t('reports.columns.notCompleted');
  const row = (
    index: number | string,
    name: string,
    g: Omit<ResultGroup, 'code' | 'name'>,
  ): Record<string, CellValue> => {
    const r = rates(g, 0);
    return {
      index,
      name,
      total: r.counted,
      completed: r.completed,
      onTime: g.completed_on_time,
      late: g.completed_late,
      open: r.notCompleted,
      within: g.in_progress_on_time,
      overdue: g.overdue,
      completionRate: r.completionRate,
      overdueRate: r.overdueRate,
    };
  };
  const sum = (key: keyof Omit<ResultGroup, 'code' | 'name'>) => groups.reduce((acc, g) => acc + g[key], 0);
  return {
    title: t('reports.taskResults'),
    columns: [
      { key: 'index', header: t('reports.columns.index'), kind: 'text', width: 6 },
      { key: 'name', header: t('reports.columns.organization'), kind: 'text', width: 34 },
      { key: 'total', header: t('reports.columns.total'), kind: 'int', width: 12 },
      { key: 'completed', header: t('reports.columns.sum'), group: completedGroup, kind: 'int' },
      { key: 'onTime', header: t('reports.columns.onTime'), group: completedGroup, kind: 'int' },
      { key: 'late', header: t('reports.columns.late'), group: completedGroup, kind: 'int' },
      { key: 'open', header: t('reports.columns.sum'), group: openGroup, kind: 'int' },
      { key: 'within', header: t('reports.columns.within'), group: openGroup, kind: 'int' },
      { key: 'overdue', header: t('reports.columns.overdue'), group: openGroup, kind: 'int' },
      { key: 'completionRate', header: t('reports.columns.completionRate'), kind: 'percent', width: 14 },
      { key: 'overdueRate', header: t('reports.columns.overdueRate'), kind: 'percent', width: 14 },
    ],
    rows: groups.map((g, i) => row(String(i + 1), g.name, g)),
    total: row('', t('reports.columns.totalRow'), {
      completed_on_time: sum('completed_on_time'),
      completed_late: sum('completed_late'),
      in_progress_on_time: sum('in_progress_on_time'),
      overdue: sum('overdue'),
    }),
  };
}
