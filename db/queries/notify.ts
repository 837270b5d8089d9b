import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { today } from '@/lib/clock';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { type Executor, selectRows } from '../index';
import { notifications } from '../schema';

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

export type Notified = { id: number; userId: number; kind: string; code: string };

/** Writes the rows not yet written (by their dedupe key); answers those it wrote. */
export async function notify(tx: Executor, rows: NotificationRow[]): Promise<Notified[]> {
  const written: Notified[] = [];
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
        })),
    );
  }
  return written;
}

/**
 * Who is told about a record of a unit (its path as SQL), by the permission rules:
 * - `officials`: the active officials who act for the unit (their organization holds it), of
 *   the narrowest such organization that has one — the unit's own people, else the nearest above;
 * - `coordinators`: the active coordinators of the narrowest scope that holds the unit and has one;
 * - `unit`: the officials, or the coordinators where the unit has no official.
 * Every recipient's scope holds the unit, so nobody is told of what they cannot read.
 */
export type Audience = 'officials' | 'coordinators' | 'unit';

function narrowest(role: 'official' | 'coordinator', unitPath: SQL): SQL {
  const reach = role === 'official' ? sql.raw('u.organization_id') : sql.raw('u.scope_id');
  return sql`SELECT c.id FROM (
    SELECT u.id, array_position(a.ids, ${reach}) AS depth, max(array_position(a.ids, ${reach})) OVER () AS deepest
    FROM users u, (SELECT string_to_array(trim(both '/' from ${unitPath}), '/')::int[] AS ids) a
    WHERE u.active AND u.role = ${role} AND ${reach} = ANY(a.ids) AND u.scope_id = ANY(a.ids)
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
 * version after the change: one notification per change); the actor is never told of their own act.
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
    data?: Record<string, unknown>;
  },
): Promise<Notified[]> {
  const users = await audienceOf(tx, change.audience, change.orgId);
  const day = today();
  const record = change.subject.taskId
    ? `task:${change.subject.taskId}`
    : `rec:${change.subject.recommendationId}`;
  return notify(
    tx,
    users
      .filter((userId) => userId !== change.actorId)
      .map((userId) => ({
        userId,
        kind: change.kind,
        taskId: change.subject.taskId ?? null,
        recommendationId: change.subject.recommendationId ?? null,
        code: change.subject.code,
        day,
        dedupeKey: `${change.kind}:${record}:${change.cause}:${change.orgId}`,
        data: change.data,
      })),
  );
}
