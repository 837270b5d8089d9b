import { rates } from '@/lib/domain/figures';
import type { CellValue, Column, ReportTable } from '@/lib/export/table';
import { formatDate } from '@/lib/format';

/** A breakdown row as the figure queries give it. */
export type ResultGroup = {
  code: string;
  name: string;
  completed_on_time: number;
  completed_late: number;
  in_progress_on_time: number;
  overdue: number;
};

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * Report 1, "task results by organization": STT | body | total | completed (total, on time,
 * late) | not completed (total, within deadline, overdue) | completion % | overdue %, with a
 * total row. The page, the XLSX, the CSV and the DOCX all print this one table.
 */
export function taskResultsTable(
  groups: ResultGroup[],
  t: Translate,
  /** the same groups at an earlier day: adds that day's figures and the change since */
  compare?: { day: string; groups: ResultGroup[] },
): ReportTable {
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
  const table: ReportTable = {
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
  return compare ? withComparison(table, groups, compare, t) : table;
}

const COUNTS = ['completed_on_time', 'completed_late', 'in_progress_on_time', 'overdue'] as const;
type Counts = Record<(typeof COUNTS)[number], number>;
const zero: Counts = { completed_on_time: 0, completed_late: 0, in_progress_on_time: 0, overdue: 0 };
const summed = (groups: Counts[]): Counts =>
  Object.fromEntries(COUNTS.map((k) => [k, groups.reduce((acc, g) => acc + g[k], 0)])) as Counts;

/** The figures of one day that the comparison repeats: total, completed, overdue, completion rate. */
function compared(g: Counts) {
  const r = rates(g, 0);
  return { total: r.counted, completed: r.completed, overdue: g.overdue, completionRate: r.completionRate };
}

/**
 * The table with, after its own columns, the compare day's figures and the change since, both
 * groups named with the day. A unit counted on one day only counts 0 on the other (its rows come
 * after the as-of day's, in the compare day's order).
 */
function withComparison(
  table: ReportTable,
  groups: ResultGroup[],
  compare: { day: string; groups: ResultGroup[] },
  t: Translate,
): ReportTable {
  const date = formatDate(compare.day);
  const thenGroup = t('reports.columns.atDay', { date });
  const changeGroup = t('reports.columns.changeSince', { date });
  const keys = ['total', 'completed', 'overdue', 'completionRate'] as const;
  const headers = {
    total: t('reports.columns.total'),
    completed: t('reports.columns.completed'),
    overdue: t('reports.columns.overdue'),
    completionRate: t('reports.columns.completionRate'),
  };
  const kind = (key: (typeof keys)[number]): Column['kind'] => (key === 'completionRate' ? 'percent' : 'int');
  const columns = [
    ...table.columns,
    ...keys.map((key) => ({ key: `then_${key}`, header: headers[key], group: thenGroup, kind: kind(key) })),
    ...keys.map((key) => ({
      key: `change_${key}`,
      header: key === 'completionRate' ? t('reports.columns.rateChange') : headers[key],
      group: changeGroup,
      kind: kind(key),
      signed: true,
    })),
  ];
  const cells = (now: Counts, then: Counts): Record<string, CellValue> => {
    const a = compared(now);
    const b = compared(then);
    const out: Record<string, CellValue> = {};
    for (const key of keys) {
      out[`then_${key}`] = b[key];
      const x = a[key];
      const y = b[key];
      out[`change_${key}`] = x === null || y === null ? null : x - y;
    }
    return out;
  };
  const before = new Map(compare.groups.map((g) => [g.code, g]));
  const rows = groups.map((g, i) => ({ ...table.rows[i], ...cells(g, before.get(g.code) ?? zero) }));
  const only = compare.groups.filter((g) => !groups.some((n) => n.code === g.code));
  only.forEach((g, i) => {
    rows.push({ ...blankRow(table), index: String(groups.length + i + 1), name: g.name, ...cells(zero, g) });
  });
  return {
    ...table,
    columns,
    rows,
    total: table.total && { ...table.total, ...cells(summed(groups), summed(compare.groups)) },
  };
}

/** The as-of day's cells of a unit it did not count: zero tasks, no rate. */
function blankRow(table: ReportTable): Record<string, CellValue> {
  return Object.fromEntries(
    table.columns.map((c) => [c.key, c.kind === 'int' ? 0 : c.kind === 'percent' ? null : '']),
  );
}
