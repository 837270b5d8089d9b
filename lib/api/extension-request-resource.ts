import { z } from 'zod';
import type { ExtensionRequestView } from '@/db/queries/extension-request-views';

/**
 * A task's extension requests as /api/v1 answers them (issue 15's workflow): the schema documents
 * the answer in the OpenAPI document, the mapper builds it from the task page's own read
 * (extension-request-views.ts), typed by the schema.
 */
export const ExtensionRequestResource = z.object({
  id: z.number().int(),
  status: z.enum(['pending', 'granted', 'refused', 'withdrawn']),
  fromDueOn: z.iso.date(),
  requestedDueOn: z.iso.date(),
  reason: z.string(),
  requestedAt: z.iso.datetime(),
  requester: z.string(),
  decidedAt: z.iso.datetime().nullable(),
  decider: z.string().nullable(),
  refusalReason: z.string().nullable(),
  /** the token's user asked for it (and may withdraw it while it is pending) */
  mine: z.boolean(),
  /** the same as the ETag: send it back in If-Match to decide or withdraw it */
  version: z.number().int(),
});
export type ExtensionRequestResource = z.infer<typeof ExtensionRequestResource>;

export const ExtensionRequestList = z.object({ data: z.array(ExtensionRequestResource) });

export function extensionRequestResource(view: ExtensionRequestView): ExtensionRequestResource {
  return {
    id: view.id,
    status: view.status,
    fromDueOn: view.fromDueOn,
    requestedDueOn: view.requestedDueOn,
    reason: view.reason,
    requestedAt: view.requestedAt.toISOString(),
    requester: view.requesterName,
    decidedAt: view.decidedAt?.toISOString() ?? null,
    decider: view.deciderName,
    refusalReason: view.refusalReason,
    mine: view.mine,
    version: view.version,
  };
}
