import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { today } from '@/lib/clock';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { type Executor, selectRows } from '../index';
import { notifications } from '../schema';
import type { NewEvent } from './events';
import { mailsForNotifications } from './notification-mails';

/**
 * The outbox of in-app notifications (DESIGN.md, "Wave 2"). Every notification is written by
 * `notify`, inside the transaction of the change that causes it: a rolled-back change tells
 * nobody, a committed one is never lost. A row per recipient; `(user, dedupe_key)` is unique, so
 * the same cause met twice (two instances, a re-run) notifies once.
 */

export type NotificationRow = {
  userId: number;
  kind: NotificationKind;
  taskId?: number | null;
  recommendationId?: number | null;
  /** the record's code: shown and linked */
  code: string;
  day: string;
  dedupeKey: string;
  data?: Record<string, unknown>;
};

export type Notified = { id: number; userId: number; kind: string; code: string; dedupeKey: string };

/**
 * Writes the rows not yet written (by their dedupe key), and queues the mails their recipients
 * asked for in the same transaction (notification-mails.ts); answers those it wrote.
 */
export async function notify(tx: Executor, rows: NotificationRow[]): Promise<Notified[]> {
  const written: Notified[] = [];
  const keyOf = (userId: number, dedupeKey: string) => `${userId}\u0000${dedupeKey}`;
  const byKey = new Map(rows.map((row) => [keyOf(row.userId, row.dedupeKey), row]));
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000).map((row) => ({ ...row, data: row.data ?? {} }));
    written.push(
      ...(await tx
        .insert(notifications)
        .values(chunk)
        .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
        .returning({
          id: notifications.id,
          userId: notifications.userId,
          kind: notifications.kind,
          code: notifications.code,
          dedupeKey: notifications.dedupeKey,
        })),
    );
  }
  await mailsForNotifications(
    tx,
    written.flatMap(({ userId, dedupeKey }) => {
      const row = byKey.get(keyOf(userId, dedupeKey));
      const reason = typeof row?.data?.reason === 'string' ? row.data.reason : null;
      const asked = row?.data?.requestedDueOn;
      return row ? [{ ...row, reason, requestedDueOn: typeof asked === 'string' ? asked : null }] : [];
    }),
  );
  return written;
}

/**
 * Who is told about a record of a unit (its path as SQL), by the permission rules:
 * - `officials`: the active officials who act for the unit (their organization holds it), of
 *   the narrowest such organization that has one — the unit's own people, else the nearest above;
 * - `coordinators`: the active coordinators of the narrowest scope that holds the unit and has one;
 * - `unit`: the officials, or the coordinators where the unit has no official.
 * Every recipient's scope holds the unit, so nobody is told of what they cannot read. Service
 * accounts are nobody's audience: one placed deeper than a unit's people would take their place.
 */
export type Audience = 'officials' | 'coordinators' | 'unit';

function narrowest(role: 'official' | 'coordinator', unitPath: SQL): SQL {
  const reach = role === 'official' ? sql.raw('u.organization_id') : sql.raw('u.scope_id');
  return sql`SELECT c.id FROM (
    SELECT u.id, array_position(a.ids, ${reach}) AS depth, max(array_position(a.ids, ${reach})) OVER () AS deepest
    FROM users u, (SELECT string_to_array(trim(both '/' from ${unitPath}), '/')::int[] AS ids) a
    WHERE u.active AND u.kind = 'person' AND u.role = ${role} AND ${reach} = ANY(a.ids) AND u.scope_id = ANY(a.ids)
  ) c WHERE c.depth = c.deepest`;
}

/** The user ids of an audience of a unit, as a subquery (correlated when `unitPath` is a column). */
export function audienceSql(audience: Audience, unitPath: SQL): SQL {
  if (audience === 'officials') return narrowest('official', unitPath);
  if (audience === 'coordinators') return narrowest('coordinator', unitPath);
  const officials = narrowest('official', unitPath);
  return sql`${officials} UNION ALL ${narrowest('coordinator', unitPath)} AND NOT EXISTS (${officials})`;
}

/** The audience of one organization, read in the caller's transaction. */
export async function audienceOf(tx: Executor, audience: Audience, orgId: number): Promise<number[]> {
  const path = sql`(SELECT o.path FROM organizations o WHERE o.id = ${orgId})`;
  const rows = await selectRows<{ id: number }>(tx, audienceSql(audience, path));
  return rows.map((row) => Number(row.id));
}

type Subject = { taskId?: number; recommendationId?: number; code: string };

/**
 * Tells the audience of a unit about one change. `cause` makes the dedupe key (the record's
 * version after the change: one notification per change, not per unit — whoever is in the audience
 * of two units a change concerns, a coordinator above two mentioned units say, is told once); the
 * actor is never told of their own act. The audience is read and the rows written by one statement
 * (every task status write sends it: a round trip less than reading the audience first).
 */
export async function notifyUnit(
  tx: Executor,
  change: {
    kind: NotificationKind;
    audience: Audience;
    orgId: number;
    subject: Subject;
    cause: string;
    actorId?: number;
    /** told beside the audience (the requester of a decided request), each once */
    also?: number[];
    data?: Record<string, unknown>;
  },
): Promise<Notified[]> {
  const path = sql`(SELECT o.path FROM organizations o WHERE o.id = ${change.orgId})`;
  const day = today();
  const record = change.subject.taskId
    ? `task:${change.subject.taskId}`
    : `rec:${change.subject.recommendationId}`;
  const dedupeKey = `${change.kind}:${record}:${change.cause}`;
  const data = change.data ?? {};
  const written = await selectRows<Notified>(
    tx,
    sql`INSERT INTO notifications (user_id, kind, task_id, recommendation_id, code, day, data, dedupe_key)
      SELECT u.id, ${change.kind}, ${change.subject.taskId ?? null}::int, ${change.subject.recommendationId ?? null}::int,
        ${change.subject.code}, ${day}::date, ${JSON.stringify(data)}::jsonb, ${dedupeKey}
      FROM (${audienceSql(change.audience, path)} UNION SELECT unnest(${`{${(change.also ?? []).join(',')}}`}::int[])) u
      WHERE u.id IS DISTINCT FROM ${change.actorId ?? null}::int
      ORDER BY u.id
      ON CONFLICT (user_id, dedupe_key) DO NOTHING
      RETURNING id, user_id AS "userId", kind, code, dedupe_key AS "dedupeKey"`,
  );
  const reason = typeof data.reason === 'string' ? data.reason : null;
  const asked = typeof data.requestedDueOn === 'string' ? data.requestedDueOn : null;
  await mailsForNotifications(
    tx,
    written.map((row) => ({
      userId: Number(row.userId),
      kind: change.kind,
      taskId: change.subject.taskId ?? null,
      recommendationId: change.subject.recommendationId ?? null,
      dedupeKey: row.dedupeKey,
      reason,
      requestedDueOn: asked,
    })),
  );
  return written.map((row) => ({ ...row, id: Number(row.id), userId: Number(row.userId) }));
}

/** What a task's officials or coordinators are told of, by the action its event records. */
const TOLD_OF_TASK_EVENT: Record<string, { kind: NotificationKind; audience: Audience }> = {
  'task.create': { kind: 'task_assigned', audience: 'officials' },
  'task.report': { kind: 'completion_awaiting_confirmation', audience: 'coordinators' },
  'task.return': { kind: 'report_returned', audience: 'officials' },
  'task.confirm': { kind: 'report_confirmed', audience: 'officials' },
  'task.extend': { kind: 'extension_granted', audience: 'officials' },
};

/**
 * The notifications of a batch of changes (an import), from the events written for them in the
 * same transaction: the same rules as the forms', each audience read once per unit.
 */
export async function notifyOfEvents(tx: Executor, list: NewEvent[], at: Date): Promise<Notified[]> {
  const audiences = new Map<string, number[]>();
  const audience = async (kind: Audience, orgId: number) => {
    const key = `${kind}:${orgId}`;
    if (!audiences.has(key)) audiences.set(key, await audienceOf(tx, kind, orgId));
    return audiences.get(key)!;
  };
  const day = today();
  const cause = `e${at.getTime()}`;
  const rows: NotificationRow[] = [];
  const add = async (
    kind: NotificationKind,
    who: Audience,
    orgId: number,
    event: NewEvent,
    record: 'task' | 'rec',
  ) => {
    for (const userId of await audience(who, orgId)) {
      if (userId === event.actorId) continue;
      rows.push({
        userId,
        kind,
        taskId: record === 'task' ? event.entityId : null,
        recommendationId: record === 'rec' ? event.entityId : null,
        code: event.entityCode!,
        day,
        dedupeKey: `${kind}:${record}:${event.entityId}:${cause}:${orgId}`,
      });
    }
  };
  const submitted = list.filter((e) => e.action === 'recommendation.submit' && e.entityId);
  const addressees = submitted.length
    ? await selectRows<{ recommendation_id: number; organization_id: number }>(
        tx,
        sql`SELECT recommendation_id, organization_id FROM recommendation_addressees
            WHERE recommendation_id = ANY(${`{${submitted.map((e) => e.entityId).join(',')}}`}::int[])`,
      )
    : [];
  for (const event of list) {
    if (!event.entityId || !event.entityCode || !event.organizationId) continue;
    const told = event.entityType === 'task' ? TOLD_OF_TASK_EVENT[event.action] : undefined;
    if (told) await add(told.kind, told.audience, event.organizationId, event, 'task');
    // a reassignment: the edit names the new assignee
    if (event.entityType === 'task' && event.action === 'task.edit' && event.toValue) {
      await add('task_assigned', 'officials', event.organizationId, event, 'task');
    }
    if (event.action === 'recommendation.submit') {
      for (const a of addressees.filter((x) => Number(x.recommendation_id) === event.entityId)) {
        await add('recommendation_addressed', 'unit', Number(a.organization_id), event, 'rec');
      }
    }
  }
  return notify(tx, rows);
}
