import 'server-only';
import { now } from '@/lib/clock';
import type { Executor } from '../index';
import { events } from '../schema';
import { insertRecords } from './bulk';
import type { Viewer } from './viewer';
import { queueWebhooks } from './webhook-outbox';

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
  await tx.insert(events).values({ at: now(), ...event });
  await queueWebhooks(tx, [event]);
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
