import { z } from 'zod';
import type { TaskAction } from '@/lib/domain/task-workflow';
import { DESCRIPTION_MAX, DOC_REF_MAX, NOTE_MAX, TITLE_MAX } from './tasks';

/**
 * The JSON bodies of the task writes of /api/v1 (lib/api/openapi-task-writes.ts documents them
 * from these schemas). They check the JSON types; the route then parses the values with the
 * form's own schema (lib/validations/tasks.ts: TaskCreateInput, parseTaskAction), so that the
 * API and the pages refuse the same things with the same messages.
 */
const code = z.string().max(40);
const day = z.string().max(10).meta({ description: 'a calendar day, YYYY-MM-DD', format: 'date' });
const note = (description: string) => z.string().min(1).max(NOTE_MAX).meta({ description });
const optional = (max: number, description: string) =>
  z.string().max(max).nullable().optional().meta({ description });

/** POST /api/v1/tasks: a new task, as the /tasks/new form makes it (coordinators, in their scope). */
export const TaskCreateBody = z
  .object({
    code: code
      .nullable()
      .optional()
      .meta({ description: 'a code of your own; generated (NV-<year>-<number>) when left out' }),
    review: code.meta({ description: 'the review, e.g. TK20-NQ23' }),
    title: z.string().min(1).max(TITLE_MAX),
    description: optional(DESCRIPTION_MAX, 'what is to be done'),
    assignee: code.meta({ description: 'the lead unit, a unit of your scope' }),
    dueOn: day,
    session: code.nullable().optional().meta({ description: 'the survey session it comes from' }),
    parent: code.nullable().optional().meta({ description: 'the task this one is cascaded from' }),
    recommendations: z
      .array(code)
      .max(20)
      .optional()
      .meta({ description: 'codes of recommendations it answers' }),
    supporting: z.array(code).max(20).optional().meta({ description: 'codes of the supporting units' }),
  })
  .strict();
export type TaskCreateBody = z.infer<typeof TaskCreateBody>;

/**
 * The body of each workflow action (POST /api/v1/tasks/{code}/actions/{action}); the progress
 * update is PATCH /api/v1/tasks/{code}.
 */
export const TASK_ACTION_BODIES = {
  start: z.object({ note: optional(NOTE_MAX, 'a note for the history') }).strict(),
  report: z
    .object({
      completedOn: day.meta({ description: 'the day the work was done (not in the future)' }),
      note: note('what was done'),
      docRef: optional(DOC_REF_MAX, 'the number and symbol of the completion report'),
      openPartsNote: optional(
        NOTE_MAX,
        'why it is reported complete while supporting units’ parts are open (required then)',
      ),
    })
    .strict(),
  confirm: z.object({ note: optional(NOTE_MAX, 'a note for the history') }).strict(),
  return: z.object({ reason: note('why the report is returned') }).strict(),
  extend: z
    .object({
      dueOn: day.meta({ description: 'the new deadline, later than the current one' }),
      reason: note('why'),
    })
    .strict(),
  cancel: z.object({ reason: note('why') }).strict(),
  reopen: z.object({ reason: note('why') }).strict(),
} as const satisfies Partial<Record<TaskAction, z.ZodObject>>;
export type ApiTaskAction = keyof typeof TASK_ACTION_BODIES;
export const API_TASK_ACTIONS = Object.keys(TASK_ACTION_BODIES) as ApiTaskAction[];
