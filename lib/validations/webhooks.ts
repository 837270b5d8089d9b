import { z } from 'zod';
import { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_EVENT_TYPES, WEBHOOK_URL_MAX } from '@/lib/domain/webhooks';
import { privateAddressesAllowed } from '@/lib/webhooks/allow-private';
import { asText, codeField } from './common';

export { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_URL_MAX };

/**
 * A receiver's address: https (http only where private addresses are allowed: tests, a closed
 * network), no user or password in it (it is shown in the list), no fragment. Where it resolves
 * to is checked by the data layer (lib/webhooks/address.ts).
 */
function urlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'webhooks.errors.urlInvalid';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && privateAddressesAllowed()))
    return 'webhooks.errors.urlNotHttps';
  if (url.username || url.password || url.hash) return 'webhooks.errors.urlInvalid';
  return null;
}

const webhookId = (message: string) =>
  z.preprocess(
    asText,
    z
      .string()
      .regex(/^\d{1,9}$/, message)
      .transform(Number),
  );

const fields = {
  url: z.preprocess(
    asText,
    z
      .string()
      .min(1, 'webhooks.errors.urlRequired')
      .max(WEBHOOK_URL_MAX, 'webhooks.errors.urlInvalid')
      .superRefine((value, context) => {
        const problem = urlProblem(value);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
  ),
  scope: codeField('webhooks.errors.scopeInvalid'),
  description: z.preprocess(
    asText,
    z.string().max(WEBHOOK_DESCRIPTION_MAX, 'webhooks.errors.descriptionTooLong'),
  ),
  eventTypes: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, { message: 'webhooks.errors.eventTypesRequired' }), {
      message: 'webhooks.errors.eventTypesRequired',
    })
    .min(1, 'webhooks.errors.eventTypesRequired')
    .max(WEBHOOK_EVENT_TYPES.length, 'webhooks.errors.eventTypesRequired')
    .transform((types) => [...new Set(types)]),
  /** a checkbox: "on" when ticked, absent when not */
  active: z
    .union([z.literal('on'), z.literal('1'), z.literal(''), z.null(), z.undefined()])
    .transform((value) => value === 'on' || value === '1'),
};

/** A new subscription (/admin/webhooks/new). */
export const WebhookCreateInput = z.object(fields).strict();
export type WebhookCreateInput = z.infer<typeof WebhookCreateInput>;

/** A subscription's settings (/admin/webhooks/{id}). */
export const WebhookUpdateInput = z.object({ id: webhookId('webhooks.errors.notFound'), ...fields }).strict();
export type WebhookUpdateInput = z.infer<typeof WebhookUpdateInput>;

/** Rotating the secret, deleting: the subscription only. */
export const WebhookIdInput = z.object({ id: webhookId('webhooks.errors.notFound') }).strict();

/** Re-sending one delivery of a subscription. */
export const WebhookResendInput = z
  .object({ id: webhookId('webhooks.errors.notFound'), delivery: webhookId('webhooks.errors.notFound') })
  .strict();
