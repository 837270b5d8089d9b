import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import { taskResource } from '@/lib/api/tasks';
import { openText } from '@/lib/auth/secret-box';
import { expiryClock, now, today, wallClock } from '@/lib/clock';
import type { AddresseeStatus, RecommendationStatus } from '@/lib/domain/recommendations';
import { type WebhookEventType, webhookEventTypeOf, webhookRetryDelayMs } from '@/lib/domain/webhooks';
import { nudgeJob } from '@/lib/jobs/nudge';
import { logger } from '@/lib/logger';
import type { WebhookPayload, WebhookRecommendation } from '@/lib/webhooks/payload';
import { postWebhook, WEBHOOK_TIMEOUT_MS } from '@/lib/webhooks/send';
import { webhookHeaders } from '@/lib/webhooks/signature';
import { db, type Executor, selectRows } from '../index';
import {
  organizations,
  recommendationAddressees,
  recommendations,
  reviews,
  webhookDeliveries,
} from '../schema';
import type { NewEvent } from './events';
import { getTask } from './tasks';
import type { OrgRef, Viewer } from './viewer';
import { overallStatusSql, recommendationVisibleTo } from './visibility';

/**
 * The webhook outbox (DESIGN.md, "Wave 2"): `queueWebhooks` runs inside the transaction of
 * every change (db/queries/events.ts calls it with the change's events), so a rolled-back change
 * sends nothing and a committed one is never lost; `deliverPendingWebhooks` (the job) sends.
 */

/** A reader of exactly the subscription's scope: the visibility rules read nothing else of a viewer. */
function scopeReader(scope: OrgRef): Viewer {
  return {
    id: 0,
    login: 'webhook',
    name: 'webhook',
    role: 'leader',
    org: scope,
    scope,
    mustChangePassword: false,
    twoFactorEnabled: false,
  };
}

/** A recommendation as the scope reads it, or null when it is out of the scope's reach. */
async function recommendationFor(
  tx: Executor,
  reader: Viewer,
  code: string,
): Promise<WebhookRecommendation | null> {
  const [row] = await tx
    .select({
      id: recommendations.id,
      code: recommendations.code,
      version: recommendations.version,
      category: recommendations.category,
      text: recommendations.text,
      submittedOn: recommendations.submittedOn,
      responseDueOn: recommendations.responseDueOn,
      status: overallStatusSql(),
      review: { code: reviews.code, titleVi: reviews.titleVi, titleEn: reviews.titleEn },
      source: { code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn },
    })
    .from(recommendations)
    .innerJoin(reviews, eq(reviews.id, recommendations.reviewId))
    .innerJoin(organizations, eq(organizations.id, recommendations.sourceOrgId))
    .where(and(eq(recommendations.code, code), recommendationVisibleTo(reader)));
  if (!row) return null;
  const addressees = await tx
    .select({
      code: organizations.code,
      nameVi: organizations.nameVi,
      nameEn: organizations.nameEn,
      status: recommendationAddressees.status,
      responseText: recommendationAddressees.responseText,
      respondedOn: recommendationAddressees.respondedOn,
    })
    .from(recommendationAddressees)
    .innerJoin(organizations, eq(organizations.id, recommendationAddressees.organizationId))
    .where(eq(recommendationAddressees.recommendationId, row.id))
    .orderBy(asc(organizations.path));
  const { id: _id, ...rest } = row;
  return {
    ...rest,
    status: row.status as RecommendationStatus,
    addressees: addressees.map((a) => ({ ...a, status: a.status as AddresseeStatus })),
  };
}

export type Subscription = { id: number; eventTypes: string[]; scope: OrgRef };

/** The active subscriptions, each with its scope: what queueWebhooks matches events against. */
export const ACTIVE_SUBSCRIPTIONS = sql`SELECT s.id, s.event_types AS "eventTypes",
    json_build_object('id', o.id, 'code', o.code, 'path', o.path, 'nameVi', o.name_vi, 'nameEn', o.name_en) AS scope
  FROM webhook_subscriptions s JOIN organizations o ON o.id = s.scope_org_id
  WHERE s.active ORDER BY s.id`;

/**
 * Queues one delivery per active subscription that asked for the event's type and whose scope
 * reads the record, with the record as that scope reads it now (inside the change's transaction).
 */
export async function queueWebhooks(
  tx: Executor,
  list: NewEvent[],
  /** the active subscriptions, when the caller read them with its own statement (recordEvent) */
  active?: Subscription[],
): Promise<number> {
  const typed = list.flatMap((event) => {
    const type = webhookEventTypeOf(event);
    return type && event.entityCode ? [{ type, code: event.entityCode, entity: event.entityType }] : [];
  });
  if (typed.length === 0) return 0;
  const subscriptions = active ?? (await selectRows<Subscription>(tx, ACTIVE_SUBSCRIPTIONS));
  if (subscriptions.length === 0) return 0;
  const at = now();
  const asOf = today();
  const read = new Map<string, Promise<WebhookPayload['data'] | null>>();
  const rows: (typeof webhookDeliveries.$inferInsert)[] = [];
  for (const event of typed) {
    for (const subscription of subscriptions) {
      if (!subscription.eventTypes.includes(event.type)) continue;
      const key = `${event.entity}:${event.code}:${subscription.scope.path}`;
      if (!read.has(key)) {
        const reader = scopeReader(subscription.scope);
        read.set(
          key,
          event.entity === 'task'
            ? getTask(reader, event.code, asOf, tx).then((task) => (task ? taskResource(task) : null))
            : recommendationFor(tx, reader, event.code),
        );
      }
      const data = await read.get(key)!;
      if (!data) continue;
      const payload: WebhookPayload = {
        type: event.type as WebhookEventType,
        timestamp: at.toISOString(),
        data,
      };
      rows.push({
        subscriptionId: subscription.id,
        messageId: `msg_${randomBytes(16).toString('base64url')}`,
        eventType: event.type,
        entityCode: event.code,
        body: JSON.stringify(payload),
        nextAttemptAt: expiryClock(),
        createdAt: at,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await tx.insert(webhookDeliveries).values(rows.slice(i, i + 500));
  if (rows.length) nudgeJob(WEBHOOK_JOB);
  return rows.length;
}

/** The job queue's name of the delivery run (lib/jobs/webhooks.ts). */
export const WEBHOOK_JOB = 'webhook-delivery';

/** A claimed delivery is left alone this long: longer than an attempt may take. */
const LEASE_MS = WEBHOOK_TIMEOUT_MS + 110_000;

type Claimed = {
  id: number;
  message_id: string;
  body: string;
  attempts: number;
  url: string;
  secret_sealed: string;
};

export type WebhookRun = { delivered: number; retrying: number; failed: number };

/**
 * Sends the deliveries that are due, a small batch at a time. A batch is claimed by one
 * statement (FOR UPDATE SKIP LOCKED; the claim counts the attempt and moves the next one past a
 * lease), so that workers in parallel never make the same attempt. A 2xx answer delivers; any
 * other answer, a timeout or a refused address waits the next back-off step; after the last
 * one the delivery is failed (kept, and an administrator may re-send it). Deliveries of an
 * inactive subscription wait for it to be switched on again.
 */
export async function deliverPendingWebhooks(
  options: { at?: Date; batch?: number; maxBatches?: number; onlyId?: number } = {},
): Promise<WebhookRun> {
  const run: WebhookRun = { delivered: 0, retrying: 0, failed: 0 };
  // read afresh for each batch and each attempt's outcome: a run of slow receivers lasts minutes,
  // and a lease or a back-off counted from its start would already be over (another worker would
  // make the same attempt again, a retry would not wait)
  const clock = () => options.at ?? expiryClock();
  const batch = options.batch ?? 10;
  const only = options.onlyId === undefined ? sql`` : sql`AND d.id = ${options.onlyId}`;
  for (let round = 0; round < (options.maxBatches ?? 50); round++) {
    const at = clock();
    const claimed = await selectRows<Claimed>(
      db,
      sql`UPDATE webhook_deliveries w SET attempts = w.attempts + 1,
          next_attempt_at = ${new Date(at.getTime() + LEASE_MS).toISOString()}
        FROM webhook_subscriptions s
        WHERE s.id = w.subscription_id AND w.id IN (
          SELECT d.id FROM webhook_deliveries d JOIN webhook_subscriptions a ON a.id = d.subscription_id AND a.active
          WHERE d.status = 'pending' AND d.next_attempt_at <= ${at.toISOString()} ${only}
          ORDER BY d.next_attempt_at, d.id LIMIT ${batch} FOR UPDATE OF d SKIP LOCKED)
        RETURNING w.id, w.message_id, w.body, w.attempts, s.url, s.secret_sealed`,
    );
    await Promise.all(claimed.map((delivery) => attempt(delivery, clock, run)));
    if (claimed.length < batch) break;
  }
  return run;
}

async function attempt(delivery: Claimed, clock: () => Date, run: WebhookRun): Promise<void> {
  const id = Number(delivery.id);
  const attempts = Number(delivery.attempts);
  const started = clock();
  const secret = openText(delivery.secret_sealed, 'webhook-secret');
  const outcome = secret
    ? await postWebhook(
        delivery.url,
        delivery.body,
        webhookHeaders(secret, delivery.message_id, Math.floor(wallClock().getTime() / 1000), delivery.body),
      )
    : { status: null, durationMs: 0, error: 'secret unreadable (AUTH_SECRET changed): rotate it' };
  const at = clock(); // the attempt's end: the back-off counts from it
  const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  const delay = ok ? null : webhookRetryDelayMs(attempts);
  const error = ok ? null : (outcome.error ?? `HTTP ${outcome.status}`);
  await db.transaction(async (tx) => {
    await tx.execute(
      // the delivery may have gone meanwhile (its subscription deleted, or moved to another scope)
      sql`INSERT INTO webhook_attempts (delivery_id, attempt, at, response_status, duration_ms, error)
        SELECT ${id}, ${attempts}, ${started.toISOString()}, ${outcome.status}, ${outcome.durationMs}, ${error}
        WHERE EXISTS (SELECT 1 FROM webhook_deliveries WHERE id = ${id})`,
    );
    await tx.execute(
      ok
        ? sql`UPDATE webhook_deliveries SET status = 'delivered', delivered_at = ${at.toISOString()} WHERE id = ${id}`
        : sql`UPDATE webhook_deliveries SET status = ${delay === null ? 'failed' : 'pending'},
            next_attempt_at = ${new Date(at.getTime() + (delay ?? 0)).toISOString()} WHERE id = ${id}`,
    );
  });
  if (ok) run.delivered++;
  else {
    logger.warn({ webhook: id, attempts, status: outcome.status, err: error }, 'webhook not delivered');
    if (delay === null) run.failed++;
    else run.retrying++;
  }
}
