import 'server-only';
import { and, desc, eq, lt, type SQL, sql } from 'drizzle-orm';
import { endOfDay } from '@/lib/clock';
import { isNationalScope } from '@/lib/domain/permissions';
import type { AuditParams } from '@/lib/validations/audit';
import { db } from '../index';
import { events, organizations, users } from '../schema';
import { recordEvent } from './events';
import type { Viewer } from './viewer';
import { orgsWithin } from './visibility';

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: number;
  at: Date;
  actorLogin: string | null;
  orgCode: string | null;
  entityType: string;
  entityCode: string | null;
  action: string;
  fromValue: string | null;
  toValue: string | null;
  data: Record<string, unknown> | null;
};

/**
 * The events a viewer may read: those of organizations in their scope. Events tied to no
 * organization (a failed sign-in with an unknown login) belong to the national scope only.
 */
function auditScope(viewer: Viewer): SQL {
  const inScope = sql`${events.organizationId} IN ${orgsWithin(viewer.scope.path)}`;
  return isNationalScope(viewer.scope.path) ? sql`(${inScope} OR ${events.organizationId} IS NULL)` : inScope;
}

function filters(viewer: Viewer, params: AuditParams): SQL | undefined {
  return and(
    auditScope(viewer),
    params.actor ? sql`lower(${users.login}) = lower(${params.actor})` : undefined,
    params.entity ? sql`upper(${events.entityCode}) = upper(${params.entity})` : undefined,
    params.action
      ? sql`(${events.action} = ${params.action} OR ${events.action} LIKE ${`${params.action}.%`})`
      : undefined,
    params.from ? sql`${events.at} >= ${new Date(`${params.from}T00:00:00+07:00`)}` : undefined,
    params.to ? sql`${events.at} < ${endOfDay(params.to)}` : undefined,
  );
}

const columns = {
  id: events.id,
  at: events.at,
  actorLogin: users.login,
  orgCode: organizations.code,
  entityType: events.entityType,
  entityCode: events.entityCode,
  action: events.action,
  fromValue: events.fromValue,
  toValue: events.toValue,
  data: events.data,
};

/**
 * One page of events, newest first, after the `before` id (keyset pagination on events.id:
 * as fast on the millionth row as on the first).
 */
export async function auditPage(
  viewer: Viewer,
  params: AuditParams,
  limit = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditRow[]; nextBefore: number | null }> {
  const rows = await db
    .select(columns)
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .leftJoin(organizations, eq(organizations.id, events.organizationId))
    .where(and(filters(viewer, params), params.before ? lt(events.id, params.before) : undefined))
    .orderBy(desc(events.id))
    .limit(limit + 1);
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { rows: page, nextBefore: more ? page[page.length - 1].id : null };
}

/** An event of the audit CSV: its data as the JSON text PostgreSQL writes (the COPY export's too). */
export type AuditExportRow = Omit<AuditRow, 'data'> & { data: string | null };

/** Every matching event, fetched in batches by keyset, for a streamed export. */
export async function* auditBatches(
  viewer: Viewer,
  params: AuditParams,
  batch = 1000,
): AsyncGenerator<AuditExportRow[]> {
  let before = params.before;
  for (;;) {
    const rows = await db
      .select({ ...columns, data: sql<string | null>`${events.data}::text` })
      .from(events)
      .leftJoin(users, eq(users.id, events.actorId))
      .leftJoin(organizations, eq(organizations.id, events.organizationId))
      .where(and(filters(viewer, params), before ? lt(events.id, before) : undefined))
      .orderBy(desc(events.id))
      .limit(batch);
    if (rows.length) yield rows;
    if (rows.length < batch) return;
    before = rows[rows.length - 1].id;
  }
}

/**
 * The same events as one query, newest first, for PostgreSQL to write the CSV from (`COPY`,
 * db/copy.ts): the fields of AuditExportRow, snake_case.
 */
export function auditExportQuery(viewer: Viewer, params: AuditParams): SQL {
  const where = and(filters(viewer, params), params.before ? lt(events.id, params.before) : undefined);
  return sql`SELECT ${events.id} AS id, ${events.at} AS at, ${users.login} AS actor_login,
      ${organizations.code} AS org_code, ${events.entityType} AS entity_type,
      ${events.entityCode} AS entity_code, ${events.action} AS action, ${events.fromValue} AS from_value,
      ${events.toValue} AS to_value, ${events.data}::text AS data
    FROM ${events} LEFT JOIN ${users} ON ${users.id} = ${events.actorId}
      LEFT JOIN ${organizations} ON ${organizations.id} = ${events.organizationId}
    WHERE ${where ?? sql`TRUE`}
    ORDER BY ${events.id} DESC`;
}

/** The export itself is an event. */
export async function recordAuditExport(viewer: Viewer, params: AuditParams): Promise<void> {
  await recordEvent(db, {
    actorId: viewer.id,
    organizationId: viewer.org.id,
    entityType: 'audit',
    action: 'audit.exported',
    data: { ...params },
  });
}
