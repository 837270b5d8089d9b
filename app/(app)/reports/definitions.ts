import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import { recommendationsByAddresseeStatus } from '@/db/queries/recommendation-figures';
import {
  type RecommendationExportRow,
  recommendationExportQuery,
  recommendationExportRows,
  type TaskExportRow,
  taskExportQuery,
  taskExportRows,
} from '@/db/queries/report-rows';
import { supportByUnit } from '@/db/queries/task-support';
import type { Viewer } from '@/db/queries/viewer';
import { RECOMMENDATION_CATEGORIES, RECOMMENDATION_STATUSES } from '@/lib/domain/recommendations';
import { DEADLINE_CLASSES, TASK_STATUSES } from '@/lib/domain/tasks';
import { csvLinesQuery, labelField } from '@/lib/export/csv-sql';
import type { CellValue, Column, ReportTable } from '@/lib/export/table';
import { drillDown, type FigureView, recommendationDrillDown } from '@/lib/figure-filters';
import { formatDate } from '@/lib/format';
import { recommendationResponseColumns, taskListColumns } from '@/lib/reports/detail-lists';
import { recommendationsByAddresseeTable } from '@/lib/reports/recommendations-by-addressee';
import { supportByUnitTable } from '@/lib/reports/support-by-unit';
import { taskResultsTable } from '@/lib/reports/task-results';
import { type ListParams, parseListParams, type SearchParams } from '@/lib/validations/filters';

type Translate = (key: string, values?: Record<string, string>) => string;
type Row = Record<string, CellValue>;

/**
 * A translator that looks each key up once: a list of 100,000 rows names the same few statuses
 * over and over, and each next-intl lookup costs far more than a Map hit (issue #8).
 */
function remembered(t: Translate): Translate {
  const seen = new Map<string, string>();
  return (key) => {
    let text = seen.get(key);
    if (text === undefined) {
      text = t(key);
      seen.set(key, text);
    }
    return text;
  };
}

/** A summary: one small table, on the page and in XLSX, CSV and Word. */
type Summary = {
  kind: 'summary';
  build: (viewer: Viewer, view: FigureView, t: Translate, locale: string) => Promise<ReportTable>;
  /** whose documents the Word report's appendix lists: the tasks or the recommendations it counts */
  appendix: 'task' | 'recommendation';
  /** it has comparison columns with a compare day: only then its export carries and names that day */
  compares?: boolean;
  /** the list filters of exactly the rows the summary counts, as its figures' drill-down reads them */
  appendixParams: (view: FigureView) => ListParams;
};
/** A detail list: every matching row, streamed to XLSX and CSV. */
type List = {
  kind: 'list';
  title: (t: Translate) => string;
  columns: (t: Translate) => Column[];
  rows: (
    viewer: Viewer,
    params: ListParams,
    asOf: string,
    t: Translate,
    locale: string,
    /** rows per database batch; a preview asks for just the rows it shows */
    batchSize?: number,
    /** a preview: one batch is all it shows, so nothing is read ahead of it */
    preview?: boolean,
  ) => AsyncIterable<Row[]>;
  /**
   * The same rows as one query whose rows are their CSV lines (lib/export/csv-sql.ts), for
   * PostgreSQL to write (`COPY`): each value mapped in SQL as `rows` maps it in JavaScript.
   */
  csvLines?: (viewer: Viewer, params: ListParams, asOf: string, t: Translate, locale: string) => SQL;
};
export type ReportDefinition = Summary | List;

const named = (locale: string, vi: string | null, en: string | null) => (locale === 'en' ? (en ?? vi) : vi);
const namedSql = (locale: string, vi: SQL, en: SQL) => (locale === 'en' ? sql`coalesce(${en}, ${vi})` : vi);

/** The task statuses the summaries count: every one but cancelled. */
const COUNTED_STATUSES: string[] = TASK_STATUSES.filter((s) => s !== 'cancelled');

/** A drill-down's parameters read as its list reads them from the URL. */
function asListParams(raw: SearchParams): ListParams {
  const parsed = parseListParams(raw);
  if (!parsed.success) throw new Error(`bad drill-down: ${JSON.stringify(parsed.error.issues)}`);
  return parsed.data;
}

/** The reports of /reports, by the name their export URL uses. */
export const REPORTS: Record<string, ReportDefinition> = {
  'task-results': {
    kind: 'summary',
    appendix: 'task',
    compares: true,
    // each task once, by its lead unit, at the figures' level; cancelled tasks are not counted
    appendixParams: (view) => asListParams({ ...drillDown(view, {}), status: COUNTED_STATUSES }),
    build: async (viewer, view, t, locale) => {
      // With a compare day, the same breakdown as of that day: the one as-of computation, twice.
      const [groups, earlier] = await Promise.all([
        tasksByOrganization(viewer, view),
        view.compare ? tasksByOrganization(viewer, { ...view, asOf: view.compare }) : undefined,
      ]);
      const withNames = (list: typeof groups) =>
        list.map((g) => ({ ...g, name: named(locale, g.nameVi, g.nameEn) ?? g.code }));
      return taskResultsTable(
        withNames(groups),
        t,
        view.compare && earlier ? { day: view.compare, groups: withNames(earlier) } : undefined,
      );
    },
  },
  'recommendations-by-addressee': {
    kind: 'summary',
    appendix: 'recommendation',
    // submitted primaries: the figures by addressee fold duplicates into them
    appendixParams: (view) => asListParams(recommendationDrillDown(view, { primaries: '1' })),
    build: async (viewer, view, t, locale) => {
      const figures = await recommendationsByAddresseeStatus(viewer, view);
      return recommendationsByAddresseeTable(
        figures.map((f) => ({ ...f, name: named(locale, f.nameVi, f.nameEn) ?? f.code })),
        t,
      );
    },
  },
  'support-by-unit': {
    kind: 'summary',
    appendix: 'task',
    // the tasks its units support (not cancelled), every level, as supportByUnit counts them
    appendixParams: (view) =>
      asListParams({
        ...drillDown(view, {}),
        unitRole: 'support',
        level: undefined,
        status: COUNTED_STATUSES,
      }),
    build: async (viewer, view, t, locale) => {
      const groups = await supportByUnit(viewer, view);
      return supportByUnitTable(
        groups.map((g) => ({ ...g, name: `${named(locale, g.nameVi, g.nameEn) ?? g.code} (${g.code})` })),
        t,
      );
    },
  },
  recommendations: {
    kind: 'list',
    title: (t) => t('reports.responses'),
    columns: recommendationResponseColumns,
    rows: async function* (viewer, params, asOf, translate, locale, batchSize) {
      const t = remembered(translate);
      for await (const batch of recommendationExportRows(viewer, params, asOf, batchSize)) {
        yield batch.map((r) => ({
          code: r.code,
          source: named(locale, r.sourceVi, r.sourceEn),
          category: t(`recommendations.categories.${r.category}`),
          text: r.text,
          submittedOn: formatDate(r.submittedOn),
          responseDueOn: formatDate(r.responseDueOn),
          overall: t(`recommendationStatus.${r.overall}`),
          addressee: named(locale, r.addresseeVi, r.addresseeEn),
          addresseeStatus: r.addresseeStatus ? t(`recommendationStatus.${r.addresseeStatus}`) : null,
          response: r.response,
          respondedOn: formatDate(r.respondedOn),
          documents: r.documents,
        }));
      }
    },
    csvLines: (viewer, params, asOf, translate, locale) => {
      const t = remembered(translate);
      const status = (value: SQL) =>
        labelField(value, RECOMMENDATION_STATUSES, (s) => t(`recommendationStatus.${s}`));
      return csvLinesQuery<keyof RecommendationExportRow>(
        recommendationExportQuery(viewer, params, asOf),
        recommendationResponseColumns(t),
        (r) => ({
          code: r('code'),
          source: namedSql(locale, r('sourceVi'), r('sourceEn')),
          category: labelField(r('category'), RECOMMENDATION_CATEGORIES, (c) =>
            t(`recommendations.categories.${c}`),
          ),
          text: r('text'),
          submittedOn: r('submittedOn'),
          responseDueOn: r('responseDueOn'),
          overall: status(r('overall')),
          addressee: namedSql(locale, r('addresseeVi'), r('addresseeEn')),
          addresseeStatus: status(r('addresseeStatus')),
          response: r('response'),
          respondedOn: r('respondedOn'),
          documents: r('documents'),
        }),
      );
    },
  },
  tasks: {
    kind: 'list',
    title: (t) => t('reports.taskList'),
    columns: taskListColumns,
    rows: async function* (viewer, params, asOf, translate, locale, batchSize, preview) {
      const t = remembered(translate);
      for await (const batch of taskExportRows(viewer, params, asOf, batchSize, !preview)) {
        yield batch.map((task) => ({
          code: task.code,
          title: task.title,
          assignee: named(locale, task.assignee_vi, task.assignee_en),
          supporting: task.supporting,
          dueOn: formatDate(task.due_on),
          status: t(`tasks.status.${task.status}`),
          class: task.class ? t(`deadlineClass.${task.class}`) : null,
          progress: task.progress,
          completedOn: formatDate(task.completed_on),
          lastNote: task.last_note,
          parent: task.parent,
          documents: Number(task.documents),
        }));
      }
    },
    csvLines: (viewer, params, asOf, translate, locale) => {
      const t = remembered(translate);
      return csvLinesQuery<keyof TaskExportRow>(
        taskExportQuery(viewer, params, asOf),
        taskListColumns(t),
        (task) => ({
          code: task('code'),
          title: task('title'),
          assignee: namedSql(locale, task('assignee_vi'), task('assignee_en')),
          supporting: task('supporting'),
          dueOn: task('due_on'),
          status: labelField(task('status'), TASK_STATUSES, (s) => t(`tasks.status.${s}`)),
          class: labelField(task('class'), DEADLINE_CLASSES, (c) => t(`deadlineClass.${c}`)),
          progress: task('progress'),
          completedOn: task('completed_on'),
          lastNote: task('last_note'),
          parent: task('parent'),
          documents: task('documents'),
        }),
      );
    },
  },
};

/** The first rows of a list, for its preview on the page. */
export async function firstRows(batches: AsyncIterable<Row[]>, count: number): Promise<Row[]> {
  const taken: Row[] = [];
  for await (const batch of batches) {
    taken.push(...batch.slice(0, count - taken.length));
    if (taken.length >= count) break;
  }
  return taken;
}
