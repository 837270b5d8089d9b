import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { mayManageWebhooks } from '@/lib/domain/webhooks';
import { db } from '../index';
import { organizations, webhookAttempts, webhookDeliveries, webhookSubscriptions } from '../schema';
import type { Viewer } from './viewer';
import { inViewerScope } from './webhooks';

/** What /admin/webhooks shows: the subscriptions of the admin's scope, one with its delivery log. */

export type WebhookSummary = {
  id: number;
  url: string;
  description: string;
  scope: { code: string; nameVi: string; nameEn: string | null };
  eventTypes: string[];
  active: boolean;
  pending: number;
  failed: number;
  lastDeliveredAt: Date | null;
};

const summaryColumns = {
  id: webhookSubscriptions.id,
  url: webhookSubscriptions.url,
  description: webhookSubscriptions.description,
  scope: { code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn },
  eventTypes: webhookSubscriptions.eventTypes,
  active: webhookSubscriptions.active,
  pending: sql<number>`(SELECT count(*)::int FROM webhook_deliveries d WHERE d.subscription_id = ${webhookSubscriptions.id} AND d.status = 'pending')`,
  failed: sql<number>`(SELECT count(*)::int FROM webhook_deliveries d WHERE d.subscription_id = ${webhookSubscriptions.id} AND d.status = 'failed')`,
  lastDeliveredAt: sql<Date | null>`(SELECT max(d.delivered_at) FROM webhook_deliveries d WHERE d.subscription_id = ${webhookSubscriptions.id})`,
};

/** The subscriptions the viewer manages; null when they manage none (not an administrator). */
export async function listWebhooks(viewer: Viewer): Promise<WebhookSummary[] | null> {
  if (!mayManageWebhooks(actorOf(viewer))) return null;
  const rows = await db
    .select(summaryColumns)
    .from(webhookSubscriptions)
    .innerJoin(organizations, eq(organizations.id, webhookSubscriptions.scopeOrgId))
    .where(inViewerScope(viewer))
    .orderBy(organizations.path, webhookSubscriptions.id);
  return rows.map(normalise);
}

function normalise<T extends { lastDeliveredAt: Date | string | null; pending: number; failed: number }>(
  row: T,
) {
  return {
    ...row,
    pending: Number(row.pending),
    failed: Number(row.failed),
    lastDeliveredAt: row.lastDeliveredAt ? new Date(row.lastDeliveredAt) : null,
  };
}

export type DeliveryLogEntry = {
  id: number;
  messageId: string;
  eventType: string;
  entityCode: string;
  status: 'pending' | 'delivered' | 'failed';
  createdAt: Date;
  nextAttemptAt: Date;
  attempts: {
    attempt: number;
    at: Date;
    responseStatus: number | null;
    durationMs: number;
    error: string | null;
  }[];
};

/** One subscription and its latest deliveries (newest first) with every attempt. */
export async function getWebhook(
  viewer: Viewer,
  id: number,
  limit = 50,
): Promise<(WebhookSummary & { deliveries: DeliveryLogEntry[] }) | null> {
  if (!mayManageWebhooks(actorOf(viewer))) return null;
  const [row] = await db
    .select(summaryColumns)
    .from(webhookSubscriptions)
    .innerJoin(organizations, eq(organizations.id, webhookSubscriptions.scopeOrgId))
    .where(and(eq(webhookSubscriptions.id, id), inViewerScope(viewer)));
  if (!row) return null;
  const deliveries = await db
    .select({
      id: webhookDeliveries.id,
      messageId: webhookDeliveries.messageId,
      eventType: webhookDeliveries.eventType,
      entityCode: webhookDeliveries.entityCode,
      status: webhookDeliveries.status,
      createdAt: webhookDeliveries.createdAt,
      nextAttemptAt: webhookDeliveries.nextAttemptAt,
    })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.subscriptionId, id))
    .orderBy(desc(webhookDeliveries.id))
    .limit(limit);
  const attempts = deliveries.length
    ? await db
        .select({
          deliveryId: webhookAttempts.deliveryId,
          attempt: webhookAttempts.attempt,
          at: webhookAttempts.at,
          responseStatus: webhookAttempts.responseStatus,
          durationMs: webhookAttempts.durationMs,
          error: webhookAttempts.error,
        })
        .from(webhookAttempts)
        .where(
          inArray(
            webhookAttempts.deliveryId,
            deliveries.map((d) => d.id),
          ),
        )
        .orderBy(webhookAttempts.deliveryId, webhookAttempts.attempt)
    : [];
  return {
    ...normalise(row),
    deliveries: deliveries.map((delivery) => ({
      ...delivery,
      status: delivery.status as DeliveryLogEntry['status'],
      attempts: attempts
        .filter((a) => a.deliveryId === delivery.id)
        .map(({ deliveryId: _d, ...attempt }) => attempt),
    })),
  };
}

/** The scope organization by its code, if it is in the viewer's scope. */
