import 'server-only';
import { sql } from 'drizzle-orm';
import { now } from '@/lib/clock';
import { webhookEventTypeOf } from '@/lib/domain/webhooks';
import { type Executor, selectRows } from '../index';
import { events } from '../schema';
import { insertRecords } from './bulk';
import type { Viewer } from './viewer';
import { ACTIVE_SUBSCRIPTIONS, queueWebhooks, type Subscription } from './webhook-outbox';

export type NewEvent = {
  actorId: number | null;
  organizationId?: number | null;
  entityType: string;
  entityId?: number | null;
  entityCode?: string | null;
  action: string;
  fromValue?: string | null;
  toValue?: string | null;
  data?: Record<string, unknown>;
};

/** An event of a user about their own account (password, two-factor sign-in). */
export function ownAccountEvent(viewer: Viewer, action: string, data?: Record<string, unknown>): NewEvent {
  return {
    actorId: viewer.id,
    organizationId: viewer.org.id,
    entityType: 'user',
    entityId: viewer.id,
    entityCode: viewer.login,
    action,
    ...(data ? { data } : {}),
  };
}

/**
 * Appends one history/audit event; call it inside the transaction of the change it records.
 * The webhooks of the change are queued with it (db/queries/webhook-outbox.ts).
 */
export async function recordEvent(tx: Executor, event: NewEvent): Promise<void> {
  if (!webhookEventTypeOf(event) || !event.entityCode) {
    await tx.insert(events).values({ at: now(), ...event });
    return;
  }
  // An event a webhook may carry: the row is written and the subscriptions read by one statement
  // (every task write records one: a round trip less than two statements).
  const subscriptions = await selectRows<Subscription>(
    tx,
    sql`WITH recorded AS (
        INSERT INTO events (at, actor_id, organization_id, entity_type, entity_id, entity_code, action,
          from_value, to_value, data)
        VALUES (${now().toISOString()}::timestamptz, ${event.actorId}::int, ${event.organizationId ?? null}::int,
          ${event.entityType}, ${event.entityId ?? null}::int, ${event.entityCode}, ${event.action},
          ${event.fromValue ?? null}::text, ${event.toValue ?? null}::text,
          ${event.data === undefined ? null : JSON.stringify(event.data)}::jsonb)
      ) ${ACTIVE_SUBSCRIPTIONS}`,
  );
  await queueWebhooks(tx, [event], subscriptions);
}

/** Many events in few statements (bulk imports), in the caller's transaction. */
export async function recordEvents(tx: Executor, list: NewEvent[]): Promise<void> {
  const at = now();
  for (let i = 0; i < list.length; i += 1000) {
    await insertRecords(
      tx,
      events,
      list.slice(i, i + 1000).map((event) => ({ at, ...event })),
    );
  }
  await queueWebhooks(tx, list);
}
