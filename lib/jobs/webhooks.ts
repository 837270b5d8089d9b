import { deliverPendingWebhooks, WEBHOOK_JOB } from '@/db/queries/webhook-outbox';

/**
 * Webhook deliveries (issue 21), in the shape of lib/jobs' registry: every minute, the
 * deliveries that are due are sent (each claimed by one run only, so that instances in parallel
 * never make the same attempt); a change also asks for a run at once (lib/jobs/nudge.ts), so
 * that a receiver hears of it within seconds rather than at the next minute.
 */
export const webhookDelivery = {
  name: WEBHOOK_JOB,
  cron: '* * * * *',
  run: () => deliverPendingWebhooks(),
};
