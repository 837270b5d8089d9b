import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import type { TaskStatus } from '@/lib/domain/tasks';
import { type Executor, selectRows } from '../index';
import type { NewEvent } from './events';
import { type Audience, audienceSql } from './notify';
import { ACTIVE_SUBSCRIPTIONS, type Subscription } from './webhook-outbox';

/**
 * A workflow action's whole write as ONE statement (issue 20, target 3): the task's UPDATE under
 * its version, the status period closed and opened, the history event and the notifications, each
 * a data-modifying part of one `WITH` that writes only when the UPDATE found the version it expects
 * (`FROM upd`), so a conflict writes nothing. task_rollup's triggers and the figure generation's
 * run at the end of the statement, in its transaction. A status change is then BEGIN, read, this,
 * COMMIT — or, when nothing has to follow it (`alone`), the read and this statement in its own
 * transaction: two round trips instead of seven.
 */
export type TaskWrite = {
  taskId: number;
  code: string;
  /** the version read: the UPDATE's condition */
  version: number;
  set: {
    status: TaskStatus;
    progress: number;
    dueOn: string;
    completedOn: string | null;
    /** set only on a report */
    completionDocRef?: string | null;
    /** set only when the action has a note */
    lastNote?: string | null;
  };
  actorId: number;
  at: Date;
  /** the period that holds from now on, when status, due date or completion day change */
  period: { assigneeOrgId: number } | null;
  event: NewEvent;
  /** who is told, by the unit's audience; `also` beside it (a granted request's requester) */
  told: {
    kind: NotificationKind;
    audience: Audience;
    orgId: number;
    day: string;
    dedupeKey: string;
    data: Record<string, unknown>;
    also: number[];
  } | null;
};

export type TaskWritten = {
  updated: boolean;
  /** an active webhook subscription exists (alone: the write was then not made) */
  subscribed: boolean;
  /** in a transaction: the subscriptions the event is matched against */
  subscriptions: Subscription[];
  /** in a transaction: the notifications written, for their mails */
  notified: { userId: number; dedupeKey: string }[];
};

const SUBSCRIBED = sql`EXISTS (SELECT 1 FROM webhook_subscriptions s WHERE s.active)`;

function parts(write: TaskWrite, alone: boolean): SQL[] {
  const { set, event, told } = write;
  const at = write.at.toISOString();
  const columns = [
    sql`status = ${set.status}::task_status`,
    sql`progress = ${set.progress}::int`,
    sql`due_on = ${set.dueOn}::date`,
    sql`completed_on = ${set.completedOn}::date`,
    ...(set.completionDocRef !== undefined ? [sql`completion_doc_ref = ${set.completionDocRef}::text`] : []),
    ...(set.lastNote ? [sql`last_note = ${set.lastNote}::text`] : []),
    sql`version = version + 1`,
    sql`updated_by_id = ${write.actorId}::int`,
    sql`updated_at = ${at}::timestamptz`,
  ];
  // Alone, the statement is its own transaction: a webhook subscription (its deliveries are
  // written by JavaScript, in the change's transaction) makes it write nothing; the caller
  // then writes in a transaction.
  const guard = alone ? sql` AND NOT ${SUBSCRIBED}` : sql``;
  const list: SQL[] = [
    sql`upd AS (UPDATE tasks SET ${sql.join(columns, sql`, `)}
      WHERE id = ${write.taskId}::int AND version = ${write.version}::int${guard} RETURNING id)`,
  ];
  if (write.period) {
    // The UPDATE runs first (the INSERT selects from its count): the open-period key never sees two.
    list.push(
      sql`closed AS (UPDATE task_status_periods SET valid_to = ${at}::timestamptz
        WHERE task_id = (SELECT id FROM upd) AND valid_to IS NULL RETURNING id)`,
      sql`opened AS (INSERT INTO task_status_periods (task_id, assignee_org_id, status, due_on, completed_on, valid_from)
        SELECT upd.id, ${write.period.assigneeOrgId}::int, ${set.status}::task_status, ${set.dueOn}::date,
          ${set.completedOn}::date, ${at}::timestamptz
        FROM upd, (SELECT count(*) FROM closed) AS first_closed)`,
    );
  }
  list.push(
    sql`ev AS (INSERT INTO events (at, actor_id, organization_id, entity_type, entity_id, entity_code, action,
        from_value, to_value, data)
      SELECT ${at}::timestamptz, ${event.actorId}::int, ${event.organizationId ?? null}::int, ${event.entityType},
        upd.id, ${event.entityCode ?? null}::text, ${event.action}, ${event.fromValue ?? null}::text,
        ${event.toValue ?? null}::text, ${event.data === undefined ? null : JSON.stringify(event.data)}::jsonb
      FROM upd)`,
  );
  if (told) {
    const path = sql`(SELECT o.path FROM organizations o WHERE o.id = ${told.orgId}::int)`;
    list.push(
      sql`told AS (INSERT INTO notifications (user_id, kind, task_id, recommendation_id, code, day, data, dedupe_key)
        SELECT u.id, ${told.kind}, ${write.taskId}::int, NULL, ${write.code}, ${told.day}::date,
          ${JSON.stringify(told.data)}::jsonb, ${told.dedupeKey}
        FROM (${audienceSql(told.audience, path)} UNION SELECT unnest(${`{${told.also.join(',')}}`}::int[])) u
        WHERE u.id IS DISTINCT FROM ${write.actorId}::int AND EXISTS (SELECT 1 FROM upd)
        ORDER BY u.id
        ON CONFLICT (user_id, dedupe_key) DO NOTHING
        RETURNING user_id, dedupe_key)`,
    );
  }
  return list;
}

/** Makes the write; `alone` when it is its own transaction (then it writes nothing if subscribed). */
export async function writeTask(executor: Executor, write: TaskWrite, alone: boolean): Promise<TaskWritten> {
  const extra = alone
    ? sql``
    : sql`, (SELECT coalesce(json_agg(a), '[]'::json) FROM (${ACTIVE_SUBSCRIPTIONS}) a) AS subscriptions${
        write.told
          ? sql`, (SELECT coalesce(json_agg(json_build_object('userId', t.user_id, 'dedupeKey', t.dedupe_key)), '[]'::json) FROM told t) AS notified`
          : sql``
      }`;
  const [row] = await selectRows<{
    updated: number;
    subscribed: boolean;
    subscriptions?: Subscription[] | string;
    notified?: { userId: number; dedupeKey: string }[] | string;
  }>(
    executor,
    sql`WITH ${sql.join(parts(write, alone), sql`, `)}
      SELECT (SELECT count(*) FROM upd)::int AS updated, ${SUBSCRIBED} AS subscribed${extra}`,
  );
  const json = <T>(value: T[] | string | undefined): T[] =>
    typeof value === 'string' ? JSON.parse(value) : (value ?? []);
  return {
    updated: Number(row.updated) > 0,
    subscribed: row.subscribed === true || String(row.subscribed) === 't',
    subscriptions: json(row.subscriptions),
    notified: json(row.notified).map((n) => ({ userId: Number(n.userId), dedupeKey: n.dedupeKey })),
  };
}
