import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { addDays } from '@/lib/clock';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { db, type Executor, selectRows } from '../index';
import { audienceSql, type NotificationRow, notify } from './notify';

/**
 * The daily reminders of one calendar day: open tasks due in N days (N from the review's
 * `reminder_days`, 7 and 1 by default) or overdue (then again each week), and reply deadlines
 * of recommendations still awaiting an answer, near or passed, likewise.
 *
 * The run claims its day in `reminder_runs` in its own transaction: a second instance's claim
 * waits on the first's uncommitted row, then finds it taken and does nothing; if the first
 * fails, its claim rolls back with everything else and the next run does the day. Each
 * notification's dedupe key (kind, record, day) keeps a recipient told once a day regardless.
 */

export type ReminderRun = { ran: boolean; created: number };

const OPEN_TASK = sql.raw(`('not_started', 'in_progress')`);
const AWAITING_ANSWER = sql.raw(`('submitted', 'under_review')`);

type Candidate = {
  user_id: number;
  kind: NotificationKind;
  task_id: number | null;
  recommendation_id: number | null;
  unit_id: number;
  code: string;
  due_on: string;
};

/** Overdue reminders come back weekly: none if this user had one for the record in the past 6 days. */
function notToldThisWeek(day: string, kind: NotificationKind, column: SQL, id: SQL): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM notifications n WHERE ${column} = ${id} AND n.kind = ${kind}
    AND n.user_id = r.id AND n.day > ${addDays(day, -7)}::date)`;
}

async function taskCandidates(tx: Executor, day: string, offsets: number[]): Promise<Candidate[]> {
  const dueSoon = offsets.length
    ? sql`t.due_on IN (${sql.join(
        offsets.map((n) => sql`${addDays(day, n)}::date`),
        sql`, `,
      )}) AND (t.due_on - ${day}::date) = ANY(rv.reminder_days)`
    : sql`FALSE`;
  return selectRows<Candidate>(
    tx,
    sql`SELECT r.id AS user_id,
        CASE WHEN t.due_on < ${day}::date THEN 'task_overdue' ELSE 'task_due_soon' END AS kind,
        t.id AS task_id, NULL::int AS recommendation_id, t.assignee_org_id AS unit_id, t.code,
        t.due_on::text AS due_on
      FROM tasks t
      JOIN reviews rv ON rv.id = t.review_id
      JOIN organizations o ON o.id = t.assignee_org_id
      CROSS JOIN LATERAL (${audienceSql('officials', sql`o.path`)}) r
      WHERE t.status IN ${OPEN_TASK}
        AND ((${dueSoon}) OR (t.due_on < ${day}::date
          AND ${notToldThisWeek(day, 'task_overdue', sql`n.task_id`, sql`t.id`)}))`,
  );
}

async function replyCandidates(tx: Executor, day: string, offsets: number[]): Promise<Candidate[]> {
  const dueSoon = offsets.length
    ? sql`rec.response_due_on IN (${sql.join(
        offsets.map((n) => sql`${addDays(day, n)}::date`),
        sql`, `,
      )}) AND (rec.response_due_on - ${day}::date) = ANY(rv.reminder_days)`
    : sql`FALSE`;
  return selectRows<Candidate>(
    tx,
    sql`SELECT r.id AS user_id,
        CASE WHEN rec.response_due_on < ${day}::date THEN 'reply_overdue' ELSE 'reply_due_soon' END AS kind,
        NULL::int AS task_id, rec.id AS recommendation_id, a.organization_id AS unit_id, rec.code,
        rec.response_due_on::text AS due_on
      FROM recommendation_addressees a
      JOIN recommendations rec ON rec.id = a.recommendation_id
      JOIN reviews rv ON rv.id = rec.review_id
      JOIN organizations o ON o.id = a.organization_id
      CROSS JOIN LATERAL (${audienceSql('unit', sql`o.path`)}) r
      WHERE a.status IN ${AWAITING_ANSWER} AND rec.submitted_on IS NOT NULL
        AND rec.response_due_on IS NOT NULL AND rec.duplicate_of_id IS NULL
        AND ((${dueSoon}) OR (rec.response_due_on < ${day}::date
          AND ${notToldThisWeek(day, 'reply_overdue', sql`n.recommendation_id`, sql`rec.id`)}))`,
  );
}

function toRow(day: string, c: Candidate): NotificationRow {
  const record = c.task_id ? `task:${c.task_id}` : `rec:${c.recommendation_id}:${c.unit_id}`;
  return {
    userId: Number(c.user_id),
    kind: c.kind,
    taskId: c.task_id === null ? null : Number(c.task_id),
    recommendationId: c.recommendation_id === null ? null : Number(c.recommendation_id),
    code: c.code,
    day,
    dedupeKey: `${c.kind}:${record}:${day}`,
    data: { dueOn: c.due_on },
  };
}

/** Runs the reminders of `day` (lib/clock's today) unless some instance already ran them. */
export async function runDailyReminders(day: string): Promise<ReminderRun> {
  return db.transaction(async (tx) => {
    // One instance runs the day: the others neither wait for it (its run holds this transaction
    // for many seconds, longer than any lock timeout) nor run it again once it has committed.
    const [{ locked }] = await selectRows<{ locked: boolean }>(
      tx,
      sql`SELECT pg_try_advisory_xact_lock(hashtext(${`tracker:reminders:${day}`})) AS locked`,
    );
    if (!locked) return { ran: false, created: 0 };
    const claimed = await selectRows<{ day: string }>(
      tx,
      sql`INSERT INTO reminder_runs (day) VALUES (${day}::date) ON CONFLICT (day) DO NOTHING RETURNING day`,
    );
    if (claimed.length === 0) return { ran: false, created: 0 };
    const offsets = (
      await selectRows<{ n: number }>(
        tx,
        sql`SELECT DISTINCT n FROM reviews, unnest(reminder_days) AS n WHERE n >= 0`,
      )
    ).map((row) => Number(row.n));
    const candidates = [
      ...(await taskCandidates(tx, day, offsets)),
      ...(await replyCandidates(tx, day, offsets)),
    ];
    const written = await notify(
      tx,
      candidates.map((c) => toRow(day, c)),
    );
    await tx.execute(
      sql`UPDATE reminder_runs SET finished_at = now(), created = ${written.length} WHERE day = ${day}::date`,
    );
    return { ran: true, created: written.length };
  });
}
