import 'server-only';
import { type AnyColumn, and, asc, gt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ListParams } from '@/lib/validations/filters';
import { db, selectRows } from '../index';
import { organizations, recommendationAddressees, recommendations, tasks } from '../schema';
import { EXPORT_LIMITS, withLocalLimits } from '../settings';
import { documentCountSql } from './documents';
import { deadlineClassSql } from './figures';
import { addresseeStatusAt, overallStatusAt, responseDueAt, submittedBy } from './recommendation-as-of';
import { listWhere } from './recommendations';
import { taskFrom, taskQuery } from './task-list';
import type { Viewer } from './viewer';

/**
 * Rows are read in batches along the unique code, so an export never holds them all. 10,000 a
 * batch: each batch is one more query and one more round of the pipeline, and 2,000 made the
 * 100,000-task export pay that fifty times (issue #8).
 */
export const EXPORT_BATCH = 10_000;

/** A task of the export; dates as YYYY-MM-DD text (a date column would come back as a Date). */
export type TaskExportRow = {
  code: string;
  title: string;
  assignee_vi: string;
  assignee_en: string | null;
  /** the supporting units' codes, separated by `;` (as the import reads them) */
  supporting: string | null;
  due_on: string | null;
  status: string;
  class: string | null;
  progress: number;
  completed_on: string | null;
  last_note: string | null;
  /** the code of the task it was cascaded from */
  parent: string | null;
  documents: number;
};

/**
 * The fields of the export's tasks (TaskExportRow): every task the viewer may read that matches
 * the list's filters, in code order; before today, as the tasks stood at the end of `asOf` (the rows
 * of the list and of the figures). Whole, it is what PostgreSQL writes the CSV from (`COPY`,
 * db/copy.ts) and the benchmark's baseline; with `page`, the batch after a code.
 */
export function taskExportQuery(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  page?: { after: string; size: number },
): SQL {
  const { source, facts, conditions } = taskQuery(viewer, params, asOf);
  const where = and(...conditions, page ? gt(tasks.code, page.after) : undefined) ?? sql`TRUE`;
  return sql`SELECT ${tasks.code} AS code, ${tasks.title} AS title,
      ${organizations.nameVi} AS assignee_vi, ${organizations.nameEn} AS assignee_en,
      (SELECT string_agg(so.code, ';' ORDER BY so.code) FROM task_supporting_units su
        JOIN organizations so ON so.id = su.organization_id WHERE su.task_id = ${tasks.id}) AS supporting,
      ${facts.dueOn}::text AS due_on, ${facts.status}::text AS status,
      ${deadlineClassSql(facts, asOf)} AS class, ${tasks.progress} AS progress,
      ${facts.completedOn}::text AS completed_on, ${tasks.lastNote} AS last_note,
      parent_task.code AS parent, ${documentCountSql('task', tasks.id)} AS documents
    FROM ${taskFrom(source)} JOIN ${organizations} ON ${organizations.id} = ${facts.assigneeOrgId}
      LEFT JOIN tasks parent_task ON parent_task.id = ${tasks.parentId}
    WHERE ${where}
    ORDER BY ${tasks.code}${page ? sql` LIMIT ${page.size}` : sql``}`;
}

/**
 * The export's tasks in batches, read as plain rows: the query builder's per-field result mapping
 * was the largest single cost of the CSV export (issue #8).
 */
export async function* taskExportRows(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  batchSize = EXPORT_BATCH,
  /** false for a preview, which reads one batch: no batch asked for that nobody takes */
  readAhead = true,
): AsyncGenerator<TaskExportRow[]> {
  const read = (after: string) =>
    withLocalLimits(db, EXPORT_LIMITS, (tx) =>
      selectRows<TaskExportRow>(tx, taskExportQuery(viewer, params, asOf, { after, size: batchSize })),
    );
  // The next batch is asked for before this one is handed on: the database reads it while the
  // export formats this one, instead of both taking turns.
  let next: Promise<TaskExportRow[]> | undefined = read('');
  try {
    while (next) {
      const batch: TaskExportRow[] = await next;
      const more = batch.length === batchSize;
      next = more && readAhead ? read(batch[batch.length - 1].code) : undefined;
      if (batch.length) yield batch;
      if (more && !readAhead) next = read(batch[batch.length - 1].code);
    }
  } finally {
    // A reader that stops early (a preview) leaves the read ahead unwanted: never unhandled.
    next?.catch(() => {});
  }
}

const source = alias(organizations, 'source_org');
const addressee = alias(organizations, 'addressee_org');

/** A row of the recommendations export: a recommendation with one addressee (or none). */
export type RecommendationExportRow = {
  code: string;
  sourceVi: string;
  sourceEn: string | null;
  category: string;
  text: string;
  submittedOn: string | null;
  responseDueOn: string | null;
  overall: string;
  addresseeVi: string | null;
  addresseeEn: string | null;
  addresseeStatus: string | null;
  response: string | null;
  respondedOn: string | null;
  documents: number;
};

/**
 * Every recommendation the viewer may read that matches the filters, a row per addressee, by code
 * and addressee; before today, as it stood at the end of `asOf` (the list's and the figures' rows):
 * a submission, an answer or a deadline of a later day is not shown, nor the response given then.
 * Whole, what PostgreSQL writes the CSV from (`COPY`); with `codes`, the rows of those only.
 */
export function recommendationExportQuery(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  codes?: string[],
): SQL {
  const answeredBy = sql`${recommendationAddressees.respondedOn} <= ${asOf}::date`;
  const fields: Record<keyof RecommendationExportRow, SQL | AnyColumn> = {
    code: recommendations.code,
    sourceVi: source.nameVi,
    sourceEn: source.nameEn,
    category: recommendations.category,
    text: recommendations.text,
    submittedOn: sql`CASE WHEN ${submittedBy(asOf)} THEN ${recommendations.submittedOn}::text END`,
    responseDueOn: sql`${responseDueAt(asOf)}::text`,
    overall: overallStatusAt(asOf),
    addresseeVi: addressee.nameVi,
    addresseeEn: addressee.nameEn,
    addresseeStatus: addresseeStatusAt(asOf, 'recommendation_addressees'),
    response: sql`CASE WHEN ${answeredBy} THEN ${recommendationAddressees.responseText} END`,
    respondedOn: sql`CASE WHEN ${answeredBy} THEN ${recommendationAddressees.respondedOn}::text END`,
    documents: documentCountSql('recommendation', recommendations.id),
  };
  const where = codes
    ? sql`${recommendations.code} IN ${codes}`
    : (listWhere(viewer, params, asOf, true) ?? sql`TRUE`);
  return sql`SELECT ${sql.join(
    Object.entries(fields).map(([name, field]) => sql`${field} AS ${sql.identifier(name)}`),
    sql`, `,
  )}
    FROM ${recommendations} JOIN organizations source_org ON ${source.id} = ${recommendations.sourceOrgId}
      LEFT JOIN ${recommendationAddressees} ON ${recommendationAddressees.recommendationId} = ${recommendations.id}
      LEFT JOIN organizations addressee_org ON ${addressee.id} = ${recommendationAddressees.organizationId}
    WHERE ${where}
    ORDER BY ${recommendations.code}, ${addressee.path}`;
}

/** The recommendations export in batches of codes (each batch its rows with their addressees). */
export async function* recommendationExportRows(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  batchSize = EXPORT_BATCH,
): AsyncGenerator<RecommendationExportRow[]> {
  const where = listWhere(viewer, params, asOf, true);
  let after = '';
  for (;;) {
    const { codes, rows } = await withLocalLimits(db, EXPORT_LIMITS, async (tx) => {
      const codes = await tx
        .select({ code: recommendations.code })
        .from(recommendations)
        .where(and(where, gt(recommendations.code, after)))
        .orderBy(asc(recommendations.code))
        .limit(batchSize);
      if (codes.length === 0) return { codes, rows: [] };
      const list = codes.map((c) => c.code);
      return {
        codes,
        rows: await selectRows<RecommendationExportRow>(
          tx,
          recommendationExportQuery(viewer, params, asOf, list),
        ),
      };
    });
    if (codes.length === 0) return;
    yield rows;
    if (codes.length < batchSize) return;
    after = codes[codes.length - 1].code;
  }
}
