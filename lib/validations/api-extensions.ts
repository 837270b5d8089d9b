import { z } from 'zod';
import { SUPPORT_PART_STATUSES } from '@/lib/domain/tasks';
import { NOTE_MAX } from './tasks';

/**
 * The JSON bodies of a task's extension requests and supporting units' parts in /api/v1
 * (lib/api/openapi-extensions.ts documents them from these schemas). They check the JSON types;
 * the route then parses the values with the page's own schema (lib/validations/extensions.ts,
 * SupportPartInput), so that the API and the task page refuse the same things the same way.
 */
const reason = (description: string) => z.string().min(1).max(NOTE_MAX).meta({ description });

/** POST /api/v1/tasks/{code}/extension-requests: an official of the assignee asks for a later deadline. */
export const ExtensionRequestBody = z
  .object({
    requestedDueOn: z.string().max(10).meta({
      description: 'the day asked for, YYYY-MM-DD: later than the due date, not in the past',
      format: 'date',
    }),
    reason: reason('why'),
  })
  .strict();

/** The body of each decision (POST …/extension-requests/{id}/actions/{action}). */
export const EXTENSION_DECISION_BODIES = {
  grant: z
    .object({
      taskVersion: z.number().int().min(0).optional().meta({
        description:
          'the task version read (its ETag’s number): checked when given (412 when the task moved on); else the current one',
      }),
    })
    .strict(),
  refuse: z.object({ reason: reason('why the request is refused (the unit is told)') }).strict(),
  withdraw: z.object({}).strict(),
} as const;
export type ExtensionDecision = keyof typeof EXTENSION_DECISION_BODIES;
export const EXTENSION_DECISIONS = Object.keys(EXTENSION_DECISION_BODIES) as ExtensionDecision[];

/** PATCH /api/v1/tasks/{code}/parts/{unit}: a supporting unit's official updates its part. */
export const SupportPartBody = z
  .object({
    status: z.enum(SUPPORT_PART_STATUSES),
    note: z.string().max(NOTE_MAX).nullable().optional().meta({ description: 'a note for the history' }),
  })
  .strict();
