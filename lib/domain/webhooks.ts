import { isWithin } from './scope';

/**
 * Webhooks (issue 21): which changes are told to subscribers, under which event type, and how
 * often a delivery is tried. Pure: lib/webhooks sends, db/queries/webhook-outbox.ts queues.
 */
export const WEBHOOK_EVENT_TYPES = [
  'task.created',
  'task.updated',
  'task.completed',
  'recommendation.created',
  'recommendation.submitted',
  'recommendation.answered',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_URL_MAX = 2000;
export const WEBHOOK_DESCRIPTION_MAX = 200;

/**
 * The event type of a history event's action (db/queries/events.ts), or null when subscribers
 * are not told of it. Imports and cascades write the same per-record events as the forms.
 */
export function webhookEventTypeOf(event: { entityType: string; action: string }): WebhookEventType | null {
  if (event.entityType === 'task') {
    switch (event.action) {
      case 'task.create':
        return 'task.created';
      case 'task.confirm':
        return 'task.completed';
      case 'task.start':
      case 'task.progress':
      case 'task.report':
      case 'task.return':
      case 'task.extend':
      case 'task.cancel':
      case 'task.reopen':
      case 'task.edit':
        return 'task.updated';
      default:
        return null;
    }
  }
  if (event.entityType === 'recommendation') {
    if (event.action === 'recommendation.create') return 'recommendation.created';
    if (event.action === 'recommendation.submit') return 'recommendation.submitted';
    if (event.action === 'recommendation.answer') return 'recommendation.answered';
  }
  return null;
}

/** Attempts before a delivery is marked failed: the first, then one after each back-off step. */
export const WEBHOOK_RETRY_DELAYS_MS = [
  60_000, // 1 min
  5 * 60_000,
  30 * 60_000,
  2 * 60 * 60_000,
  12 * 60 * 60_000,
] as const;
export const MAX_WEBHOOK_ATTEMPTS = WEBHOOK_RETRY_DELAYS_MS.length + 1;

/** The wait after the n-th failed attempt (1-based), or null when it was the last one. */
export function webhookRetryDelayMs(attempts: number): number | null {
  return attempts >= 1 && attempts <= WEBHOOK_RETRY_DELAYS_MS.length
    ? WEBHOOK_RETRY_DELAYS_MS[attempts - 1]
    : null;
}

/** Administrators manage the subscriptions at or under their own scope. */
export function mayManageWebhooks(
  actor: { role: string; scopePath: string },
  subscriptionScopePath?: string,
): boolean {
  if (actor.role !== 'admin') return false;
  return subscriptionScopePath === undefined || isWithin(subscriptionScopePath, actor.scopePath);
}
