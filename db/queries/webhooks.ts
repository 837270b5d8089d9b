import 'server-only';
import { and, eq, like, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { sealText } from '@/lib/auth/secret-box';
import { expiryClock, now } from '@/lib/clock';
import { mayManageWebhooks } from '@/lib/domain/webhooks';
import type { WebhookCreateInput, WebhookUpdateInput } from '@/lib/validations/webhooks';
import { checkHost } from '@/lib/webhooks/address';
import { newWebhookSecret } from '@/lib/webhooks/signature';
import { db, type Executor, selectRows } from '../index';
import { organizations, webhookDeliveries, webhookSubscriptions } from '../schema';
import { recordEvent } from './events';
import type { Viewer } from './viewer';
import { deliverPendingWebhooks } from './webhook-outbox';

/**
 * /admin/webhooks: an administrator's subscriptions, at or under their scope. Out of reach is
 * "not found". Every change is an event of the audit log; the secret is in the answer of a
 * creation or a rotation only, and never in an event.
 */

export type WebhookFailure = {
  ok: false;
  reason: 'not_found' | 'invalid';
  fieldErrors?: Record<string, string[]>;
};
export type WebhookResult<T = object> = ({ ok: true } & T) | WebhookFailure;

const notFound: WebhookFailure = { ok: false, reason: 'not_found' };
const invalid = (field: string, message: string): WebhookFailure => ({
  ok: false,
  reason: 'invalid',
  fieldErrors: { [field]: [message] },
});

export const inViewerScope = (viewer: Viewer) => like(organizations.path, `${viewer.scope.path}%`);

async function scopeOrg(tx: Executor, viewer: Viewer, code: string) {
  const [org] = await tx
    .select({ id: organizations.id, code: organizations.code, path: organizations.path })
    .from(organizations)
    .where(and(eq(organizations.code, code), inViewerScope(viewer)));
  return org ?? null;
}

/** The URL's host must resolve, and to public addresses only (unless WEBHOOK_ALLOW_PRIVATE=1). */
async function urlRefusal(url: string): Promise<WebhookFailure | null> {
  const checked = await checkHost(new URL(url).hostname);
  if (checked.ok) return null;
  return invalid(
    'url',
    checked.reason === 'private' ? 'webhooks.errors.privateAddress' : 'webhooks.errors.unresolved',
  );
}

function event(viewer: Viewer, id: number, orgId: number, action: string, data?: Record<string, unknown>) {
  return {
    actorId: viewer.id,
    organizationId: orgId,
    entityType: 'webhook',
    entityId: id,
    entityCode: `WH-${id}`,
    action,
    ...(data ? { data } : {}),
  };
}

/** A new subscription; its secret is in the answer, this once. */
export async function createWebhook(
  viewer: Viewer,
  input: WebhookCreateInput,
): Promise<WebhookResult<{ id: number; secret: string }>> {
  if (!mayManageWebhooks(actorOf(viewer))) return notFound;
  const refused = await urlRefusal(input.url);
  if (refused) return refused;
  return db.transaction(async (tx) => {
    const org = await scopeOrg(tx, viewer, input.scope);
    if (!org) return invalid('scope', 'webhooks.errors.scopeInvalid');
    const secret = newWebhookSecret();
    const at = now();
    const [row] = await tx
      .insert(webhookSubscriptions)
      .values({
        scopeOrgId: org.id,
        url: input.url,
        description: input.description,
        eventTypes: input.eventTypes,
        active: input.active,
        secretSealed: sealText(secret, 'webhook-secret'),
        createdById: viewer.id,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: webhookSubscriptions.id });
    await recordEvent(
      tx,
      event(viewer, row.id, org.id, 'webhook.created', {
        url: input.url,
        scope: org.code,
        eventTypes: input.eventTypes,
        active: input.active,
      }),
    );
    return { ok: true as const, id: row.id, secret };
  });
}

/** The subscription locked for a change, if the viewer manages it. */
async function lockedWebhook(tx: Executor, viewer: Viewer, id: number) {
  const [row] = await tx
    .select({
      id: webhookSubscriptions.id,
      url: webhookSubscriptions.url,
      scopeOrgId: webhookSubscriptions.scopeOrgId,
      scopeCode: organizations.code,
      eventTypes: webhookSubscriptions.eventTypes,
      active: webhookSubscriptions.active,
      description: webhookSubscriptions.description,
    })
    .from(webhookSubscriptions)
    .innerJoin(organizations, eq(organizations.id, webhookSubscriptions.scopeOrgId))
    .where(and(eq(webhookSubscriptions.id, id), inViewerScope(viewer)))
    .for('update', { of: webhookSubscriptions });
  return row ?? null;
}

export async function updateWebhook(viewer: Viewer, input: WebhookUpdateInput): Promise<WebhookResult> {
  if (!mayManageWebhooks(actorOf(viewer))) return notFound;
  const refused = await urlRefusal(input.url);
  if (refused) return refused;
  return db.transaction(async (tx) => {
    const current = await lockedWebhook(tx, viewer, input.id);
    if (!current) return notFound;
    const org = await scopeOrg(tx, viewer, input.scope);
    if (!org) return invalid('scope', 'webhooks.errors.scopeInvalid');
    await tx
      .update(webhookSubscriptions)
      .set({
        url: input.url,
        scopeOrgId: org.id,
        description: input.description,
        eventTypes: input.eventTypes,
        active: input.active,
        updatedAt: now(),
      })
      .where(eq(webhookSubscriptions.id, input.id));
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const after = { url: input.url, scope: org.code, eventTypes: input.eventTypes, active: input.active };
    const before = {
      url: current.url,
      scope: current.scopeCode,
      eventTypes: current.eventTypes,
      active: current.active,
    };
    for (const key of Object.keys(after) as (keyof typeof after)[]) {
      if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
        changes[key] = { from: before[key], to: after[key] };
    }
    if (current.description !== input.description)
      changes.description = { from: current.description, to: input.description };
    // Deliveries hold the records as the old scope read them: the new scope may not read them,
    // so they are neither sent nor kept for a re-send (the audit event says how many went).
    let dropped = 0;
    if (current.scopeOrgId !== org.id) {
      const gone = await tx
        .delete(webhookDeliveries)
        .where(eq(webhookDeliveries.subscriptionId, input.id))
        .returning({ id: webhookDeliveries.id });
      dropped = gone.length;
    }
    await recordEvent(
      tx,
      event(viewer, input.id, org.id, 'webhook.updated', {
        changes,
        ...(dropped ? { droppedDeliveries: dropped } : {}),
      }),
    );
    return { ok: true as const };
  });
}

/** A new secret (the old one stops signing at once); in the answer, this once. */
export async function rotateWebhookSecret(
  viewer: Viewer,
  id: number,
): Promise<WebhookResult<{ secret: string }>> {
  if (!mayManageWebhooks(actorOf(viewer))) return notFound;
  return db.transaction(async (tx) => {
    const current = await lockedWebhook(tx, viewer, id);
    if (!current) return notFound;
    const secret = newWebhookSecret();
    await tx
      .update(webhookSubscriptions)
      .set({ secretSealed: sealText(secret, 'webhook-secret'), updatedAt: now() })
      .where(eq(webhookSubscriptions.id, id));
    await recordEvent(tx, event(viewer, id, current.scopeOrgId, 'webhook.secret_rotated'));
    return { ok: true as const, secret };
  });
}

/** Deletes a subscription with its delivery log (the audit log keeps the event). */
export async function deleteWebhook(viewer: Viewer, id: number): Promise<WebhookResult> {
  if (!mayManageWebhooks(actorOf(viewer))) return notFound;
  return db.transaction(async (tx) => {
    const current = await lockedWebhook(tx, viewer, id);
    if (!current) return notFound;
    await tx.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
    await recordEvent(
      tx,
      event(viewer, id, current.scopeOrgId, 'webhook.deleted', {
        url: current.url,
        scope: current.scopeCode,
      }),
    );
    return { ok: true as const };
  });
}

/**
 * Sends one delivery again, now, with the same body and webhook-id (a receiver that already has
 * it may recognise it). Not while an attempt of it is in flight (claimed, not yet logged, its
 * lease not over); an attempt whose worker died is over with its lease (otherwise a delivery
 * whose last attempt was lost could never be re-sent: it would count one attempt more than it logs).
 */
export async function resendDelivery(
  viewer: Viewer,
  id: number,
  deliveryId: number,
): Promise<WebhookResult<{ delivered: boolean }>> {
  if (!mayManageWebhooks(actorOf(viewer))) return notFound;
  const at = expiryClock();
  const reset = await db.transaction(async (tx) => {
    const current = await lockedWebhook(tx, viewer, id);
    if (!current) return null;
    const rows = await selectRows<{ id: number }>(
      tx,
      sql`UPDATE webhook_deliveries d SET status = 'pending', next_attempt_at = ${at.toISOString()}
        WHERE d.id = ${deliveryId} AND d.subscription_id = ${id}
          AND ((SELECT count(*) FROM webhook_attempts a WHERE a.delivery_id = d.id) = d.attempts
            OR d.next_attempt_at <= ${at.toISOString()})
        RETURNING d.id`,
    );
    if (!rows.length) return null;
    await recordEvent(tx, event(viewer, id, current.scopeOrgId, 'webhook.resent', { delivery: deliveryId }));
    return current;
  });
  if (!reset) return notFound;
  const run = await deliverPendingWebhooks({ at, onlyId: deliveryId });
  return { ok: true as const, delivered: run.delivered > 0 };
}
