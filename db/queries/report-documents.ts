import 'server-only';
import { and, type SQL, sql } from 'drizzle-orm';
import { endOfDay } from '@/lib/clock';
import { APPENDIX_MAX_DOCUMENTS, type Appendix, groupAppendix } from '@/lib/export/appendix';
import type { ListParams } from '@/lib/validations/filters';
import { db, selectRows } from '../index';
import { organizations, tasks } from '../schema';
import { EXPORT_LIMITS, withLocalLimits } from '../settings';
import { documentOfRecordSql } from './documents';
import { listWhere } from './recommendations';
import { taskFrom, taskQuery } from './task-list';
import type { Viewer } from './viewer';

type Row = {
  code: string;
  recordTitle: string;
  numberSymbol: string | null;
  issuedOn: string | null;
  issuer: string | null;
  title: string;
};

const DOCUMENT_FIELDS = sql`d.number_symbol AS "numberSymbol", d.issued_on::text AS "issuedOn",
  d.issuer AS issuer, d.title AS title`;
const ORDER = sql`ORDER BY 1, d.issued_on NULLS LAST, d.uploaded_at, d.id`;

/**
 * The documents in force of the tasks the list's filters hold for the viewer (the rows of the
 * task export): the task's updates and report, its supporting units' parts, its explanations —
 * those uploaded by the end of the as-of day (a past-dated report lists none added later).
 */
export async function taskAppendix(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  max = APPENDIX_MAX_DOCUMENTS,
): Promise<Appendix> {
  const { source, facts, conditions } = taskQuery(viewer, params, asOf);
  const picked = sql`SELECT ${tasks.id} AS id, ${tasks.code} AS code, ${tasks.title} AS title
    FROM ${taskFrom(source)} JOIN ${organizations} ON ${organizations.id} = ${facts.assigneeOrgId}
    WHERE ${and(...conditions) ?? sql`TRUE`}`;
  const rows = await withLocalLimits(db, EXPORT_LIMITS, (tx) =>
    selectRows<Row>(
      tx,
      sql`WITH picked AS (${picked})
        SELECT p.code, p.title AS "recordTitle", ${DOCUMENT_FIELDS}
        FROM picked p JOIN documents d ON d.withdrawn_at IS NULL AND d.uploaded_at < ${endOfDay(asOf).toISOString()}::timestamptz
          AND ${documentOfRecordSql('task', sql`d`, sql`p.id`)}
        ${ORDER} LIMIT ${max + 1}`,
    ),
  );
  return groupAppendix(rows, max);
}

/** The documents in force of the recommendations the filters hold: their letters and answers. */
export async function recommendationAppendix(
  viewer: Viewer,
  params: ListParams,
  asOf: string,
  max = APPENDIX_MAX_DOCUMENTS,
): Promise<Appendix> {
  const where: SQL | undefined = listWhere(viewer, params, asOf, true);
  const rows = await withLocalLimits(db, EXPORT_LIMITS, (tx) =>
    selectRows<Row>(
      tx,
      sql`WITH picked AS (SELECT id, code, left(text, 200) AS title FROM recommendations
          WHERE ${where ?? sql`TRUE`})
        SELECT p.code, p.title AS "recordTitle", ${DOCUMENT_FIELDS}
        FROM picked p JOIN documents d ON d.withdrawn_at IS NULL AND d.uploaded_at < ${endOfDay(asOf).toISOString()}::timestamptz
          AND ${documentOfRecordSql('recommendation', sql`d`, sql`p.id`)}
        ${ORDER} LIMIT ${max + 1}`,
    ),
  );
  return groupAppendix(rows, max);
}
