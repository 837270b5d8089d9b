import 'server-only';
import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ListParams } from '@/lib/validations/filters';
import { db } from '../index';
import { organizations, recommendationAddressees, recommendations, tasks } from '../schema';
import { deadlineClassSql } from './figures';
import { listWhere } from './recommendations';
import { classCondition, filterConditions } from './task-list';
import type { Viewer } from './viewer';
import { overallStatusSql } from './visibility';

/** Rows are read in batches along the unique code, so an export never holds them all. */
export const EXPORT_BATCH = 2000;

/** Every task the viewer may read that matches the list's filters, by code. */
export async function* taskExportRows(viewer: Viewer, params: ListParams, asOf: string) {
  const conditions = [...filterConditions(viewer, params), classCondition(params, asOf)].filter(
    (c): c is SQL => !!c,
  );
  let after = '';
  for (;;) {
    const batch = await db
      .select({
        code: tasks.code,
        title: tasks.title,
        assigneeVi: organizations.nameVi,
        assigneeEn: organizations.nameEn,
        dueOn: tasks.dueOn,
        status: tasks.status,
        class: deadlineClassSql(tasks, asOf),
        progress: tasks.progress,
        completedOn: tasks.completedOn,
        lastNote: tasks.lastNote,
      })
      .from(tasks)
      .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
      .where(and(...conditions, gt(tasks.code, after)))
      .orderBy(asc(tasks.code))
      .limit(EXPORT_BATCH);
    yield* batch;
    if (batch.length < EXPORT_BATCH) return;
    after = batch[batch.length - 1].code;
  }
}

const source = alias(organizations, 'source_org');
const addressee = alias(organizations, 'addressee_org');

/** Every recommendation the viewer may read that matches the filters, a row per addressee. */
export async function* recommendationExportRows(viewer: Viewer, params: ListParams, asOf: string) {
  const where = listWhere(viewer, params, asOf, true);
  let after = '';
  for (;;) {
    const codes = await db
      .select({ code: recommendations.code })
      .from(recommendations)
      .where(and(where, gt(recommendations.code, after)))
      .orderBy(asc(recommendations.code))
      .limit(EXPORT_BATCH);
    if (codes.length === 0) return;
    const rows = await db
      .select({
        code: recommendations.code,
        sourceVi: source.nameVi,
        sourceEn: source.nameEn,
        category: recommendations.category,
        text: recommendations.text,
        submittedOn: recommendations.submittedOn,
        responseDueOn: recommendations.responseDueOn,
        overall: overallStatusSql(),
        addresseeVi: addressee.nameVi,
        addresseeEn: addressee.nameEn,
        addresseeStatus: sql<string | null>`${recommendationAddressees.status}::text`,
        response: recommendationAddressees.responseText,
        respondedOn: recommendationAddressees.respondedOn,
      })
      .from(recommendations)
      .innerJoin(source, eq(source.id, recommendations.sourceOrgId))
      .leftJoin(recommendationAddressees, eq(recommendationAddressees.recommendationId, recommendations.id))
      .leftJoin(addressee, eq(addressee.id, recommendationAddressees.organizationId))
      .where(sql`${recommendations.code} IN ${codes.map((c) => c.code)}`)
      .orderBy(asc(recommendations.code), asc(addressee.path));
    yield* rows;
    if (codes.length < EXPORT_BATCH) return;
    after = codes[codes.length - 1].code;
  }
}
