import 'server-only';
import { sql } from 'drizzle-orm';
import { dayOf, endOfDay, expiryClock } from '@/lib/clock';
import { isNationalScope } from '@/lib/domain/permissions';
import { db, selectRows } from '../index';
import { recordEvent } from './events';
import type { Viewer } from './viewer';

/**
 * /admin/system: the mail queue and the schedules. The queue holds every account's address,
 * so only administrators of the national scope read it; anyone else is "not found".
 */
export function maySeeSystem(viewer: Viewer): boolean {
  return viewer.role === 'admin' && isNationalScope(viewer.scope.path);
}

export type MailQueueCounts = { pending: number; failed: number; sentToday: number };

export async function mailQueueCounts(viewer: Viewer): Promise<MailQueueCounts | null> {
  if (!maySeeSystem(viewer)) return null;
  const day = dayOf(expiryClock());
  const from = new Date(endOfDay(day).getTime() - 86_400_000).toISOString();
  const [row] = await selectRows<MailQueueCounts>(
    db,
    sql`SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
        count(*) FILTER (WHERE status = 'failed')::int AS failed,
        count(*) FILTER (WHERE status = 'sent' AND sent_at >= ${from})::int AS "sentToday"
      FROM mail_outbox WHERE status <> 'sent' OR sent_at >= ${from}`,
  );
  return row;
}

export type FailedMail = {
  id: number;
  address: string;
  subject: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
};

/** The mails given up on, newest first (at most 100). */
export async function failedMails(viewer: Viewer): Promise<FailedMail[] | null> {
  if (!maySeeSystem(viewer)) return null;
  const rows = await selectRows<FailedMail & { id: string | number; createdAt: Date | string }>(
    db,
    sql`SELECT id, address, subject, attempts, last_error AS "lastError", created_at AS "createdAt"
      FROM mail_outbox WHERE status = 'failed' ORDER BY id DESC LIMIT 100`,
  );
  return rows.map((row) => ({
    ...row,
    id: Number(row.id),
    createdAt: new Date(row.createdAt).toISOString(),
  }));
}

export type RetryResult = { ok: true } | { ok: false; reason: 'not_found' };

/** A failed mail goes back to the queue with its attempts counted afresh; an event records who. */
export async function retryFailedMail(viewer: Viewer, id: number): Promise<RetryResult> {
  if (!maySeeSystem(viewer)) return { ok: false, reason: 'not_found' };
  return db.transaction(async (tx) => {
    const rows = await selectRows<{ id: number }>(
      tx,
      sql`UPDATE mail_outbox SET status = 'pending', attempts = 0, next_attempt_at = ${expiryClock().toISOString()}
        WHERE id = ${id} AND status = 'failed' RETURNING id`,
    );
    if (!rows.length) return { ok: false, reason: 'not_found' } as const;
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: viewer.org.id,
      entityType: 'mail',
      entityId: id,
      action: 'mail.retried',
    });
    return { ok: true } as const;
  });
}

export type ScheduleRun = {
  name: string;
  cron: string;
  timezone: string | null;
  state: string | null;
  startedOn: string | null;
  completedOn: string | null;
};

/**
 * The last run of each schedule, read from pg-boss's own tables (schema `pgboss`): null when
 * the job queue has not created them (not started yet on this database).
 */
export async function scheduleRuns(viewer: Viewer): Promise<ScheduleRun[] | null> {
  if (!maySeeSystem(viewer)) return null;
  const [found] = await selectRows<{ schedule: string | null; job: string | null; archive: string | null }>(
    db,
    sql`SELECT to_regclass('pgboss.schedule')::text AS schedule, to_regclass('pgboss.job')::text AS job,
      to_regclass('pgboss.archive')::text AS archive`,
  );
  if (!found?.schedule) return null;
  const runs = (table: string) =>
    sql.raw(
      `SELECT state::text AS state, started_on, completed_on FROM pgboss.${table} WHERE name = s.name AND started_on IS NOT NULL`,
    );
  const sources = [found.job ? runs('job') : null, found.archive ? runs('archive') : null].filter(
    (source) => source !== null,
  );
  const last = sources.length
    ? sql`LEFT JOIN LATERAL (SELECT * FROM (${sql.join(sources, sql` UNION ALL `)}) r ORDER BY r.started_on DESC LIMIT 1) j ON TRUE`
    : sql`LEFT JOIN (SELECT NULL::text AS state, NULL::timestamptz AS started_on, NULL::timestamptz AS completed_on) j ON TRUE`;
  const rows = await selectRows<{
    name: string;
    cron: string;
    timezone: string | null;
    state: string | null;
    started_on: Date | string | null;
    completed_on: Date | string | null;
  }>(
    db,
    sql`SELECT s.name, s.cron, s.timezone, j.state, j.started_on, j.completed_on FROM pgboss.schedule s ${last} ORDER BY s.name`,
  );
  const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);
  return rows.map((row) => ({
    name: row.name,
    cron: row.cron,
    timezone: row.timezone,
    state: row.state,
    startedOn: iso(row.started_on),
    completedOn: iso(row.completed_on),
  }));
}
