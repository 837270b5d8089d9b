import { z } from 'zod';
import { TaskResource } from '@/lib/api/tasks';
import { WEBHOOK_EVENT_TYPES } from '@/lib/domain/webhooks';

/**
 * What a webhook carries: the Standard Webhooks envelope `{ type, timestamp, data }`, `data`
 * being the API's representation of the record as the subscription's scope reads it — a task
 * as GET /api/v1/tasks/{code} answers it; a recommendation as below (the fields its page shows
 * to any reader).
 */
const unit = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string().nullable() });

export const WebhookRecommendation = z.object({
  code: z.string(),
  review: z.object({ code: z.string(), titleVi: z.string(), titleEn: z.string().nullable() }),
  source: unit,
  category: z.string(),
  text: z.string(),
  status: z.string(),
  submittedOn: z.iso.date().nullable(),
  responseDueOn: z.iso.date().nullable(),
  addressees: z.array(
    unit.extend({
      status: z.string(),
      responseText: z.string().nullable(),
      respondedOn: z.iso.date().nullable(),
    }),
  ),
  version: z.number().int(),
});
export type WebhookRecommendation = z.infer<typeof WebhookRecommendation>;

export const WebhookPayload = z.object({
  type: z.enum(WEBHOOK_EVENT_TYPES),
  timestamp: z.iso.datetime(),
  data: z.union([TaskResource, WebhookRecommendation]),
});
export type WebhookPayload = z.infer<typeof WebhookPayload>;
