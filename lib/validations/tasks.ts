import { z } from 'zod';
import { CODE_PATTERN } from '@/lib/domain/codes';
import { TASK_ACTIONS, type TaskAction } from '@/lib/domain/task-workflow';
import { SUPPORT_PART_STATUSES } from '@/lib/domain/tasks';
import { cleanText } from '@/lib/domain/text';
import { asText, codeField, isoDay, optionalCode } from './common';

/** Limits that keep a pasted novel out of a title or a note. */
export const TITLE_MAX = 500;
export const NOTE_MAX = 2000;
export const DESCRIPTION_MAX = 5000;
export const DOC_REF_MAX = 200;

/** Required text: trimmed, NFC, not empty, bounded. */
export const requiredText = (max: number, required: string, tooLong: string) =>
  z.preprocess(asText, z.string().min(1, required).max(max, tooLong));

/** Optional text: empty becomes null. */
export const optionalText = (max: number, tooLong: string) =>
  z.preprocess(asText, z.string().max(max, tooLong)).transform((value) => value || null);

const version = z.preprocess(
  asText,
  z
    .string()
    .regex(/^\d{1,9}$/, 'tasks.errors.conflict')
    .transform(Number),
);

const progress = z.preprocess(
  asText,
  z
    .string()
    .regex(/^-?\d{1,9}$/, 'tasks.errors.progressRange')
    .transform(Number)
    .pipe(z.number().int().min(0, 'tasks.errors.progressRange').max(100, 'tasks.errors.progressRange')),
);

const note = requiredText(NOTE_MAX, 'tasks.errors.noteRequired', 'tasks.errors.noteTooLong');
const optionalNote = optionalText(NOTE_MAX, 'tasks.errors.noteTooLong');
const reason = requiredText(NOTE_MAX, 'tasks.errors.reasonRequired', 'tasks.errors.noteTooLong');

const base = { code: codeField('tasks.errors.notFound'), version };

/** The fields each workflow action takes, checked before anything is read. */
export function taskActionSchema(action: TaskAction, today: string) {
  switch (action) {
    case 'start':
    case 'confirm':
      return z.object({ ...base, note: optionalNote }).strict();
    case 'progress':
      return z.object({ ...base, progress, note }).strict();
    case 'report':
      return z
        .object({
          ...base,
          completedOn: isoDay('tasks.errors.badDate').refine(
            (day) => day <= today,
            'tasks.errors.completedInFuture',
          ),
          note,
          docRef: optionalText(DOC_REF_MAX, 'tasks.errors.docRefTooLong'),
          // why the task is reported complete while supporting units' parts are open (required then)
          openPartsNote: optionalNote,
        })
        .strict();
    case 'extend':
      return z.object({ ...base, dueOn: isoDay('tasks.errors.badDate'), reason }).strict();
    case 'return':
    case 'cancel':
    case 'reopen':
      return z.object({ ...base, reason }).strict();
  }
}

/** Which fields of the form each action reads (named fields only: the form also carries Next's own). */
export const ACTION_FIELDS: Record<TaskAction, readonly string[]> = {
  start: ['note'],
  confirm: ['note'],
  progress: ['progress', 'note'],
  report: ['completedOn', 'note', 'docRef', 'openPartsNote'],
  extend: ['dueOn', 'reason'],
  return: ['reason'],
  cancel: ['reason'],
  reopen: ['reason'],
};

export const TaskActionName = z.enum(TASK_ACTIONS, { message: 'tasks.errors.unknownAction' });

export type TaskActionInput = {
  action: TaskAction;
  code: string;
  version: number;
  note?: string | null;
  progress?: number;
  completedOn?: string;
  docRef?: string | null;
  openPartsNote?: string | null;
  dueOn?: string;
  reason?: string;
};

/** Parses a workflow action from raw values: the action name first, then its own fields. */
export function parseTaskAction(raw: Record<string, unknown>, today: string) {
  const action = TaskActionName.safeParse(raw.action);
  if (!action.success) return { success: false as const, error: action.error, field: 'action' };
  const fields = Object.fromEntries(
    ['code', 'version', ...ACTION_FIELDS[action.data]].map((key) => [key, raw[key] ?? undefined]),
  );
  const parsed = taskActionSchema(action.data, today).safeParse(fields);
  if (!parsed.success) return { success: false as const, error: parsed.error, field: null };
  return { success: true as const, data: { action: action.data, ...parsed.data } as TaskActionInput };
}

/** Supporting units (đơn vị phối hợp): codes, from several fields or separated by `;`, `,` or spaces. */
const supportingCodes = z
  .array(z.string())
  .optional()
  .transform((values = []) =>
    values
      .flatMap((value) => value.split(/[;,\s]+/))
      .map((value) => cleanText(value).toUpperCase())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().regex(CODE_PATTERN, 'tasks.errors.supportingInvalid'))
      .max(20, 'tasks.errors.supportingTooMany'),
  );

/** Creating a task (coordinators); the code is generated unless given. */
export const TaskCreateInput = z
  .object({
    code: optionalCode('tasks.errors.badCode'),
    review: codeField('tasks.errors.reviewRequired'),
    title: requiredText(TITLE_MAX, 'tasks.errors.titleRequired', 'tasks.errors.titleTooLong'),
    description: optionalText(DESCRIPTION_MAX, 'tasks.errors.descriptionTooLong'),
    assignee: codeField('tasks.errors.assigneeRequired'),
    dueOn: isoDay('tasks.errors.badDate'),
    session: optionalCode('tasks.errors.sessionInvalid'),
    /** the task this one is cascaded from (issue 17) */
    parent: optionalCode('cascade.errors.parentInvalid').optional(),
    recommendations: z
      .array(z.string())
      .transform((values) =>
        values
          .flatMap((value) => value.split(/[,\s]+/))
          .map((value) => cleanText(value).toUpperCase())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(CODE_PATTERN, 'tasks.errors.recommendationInvalid')).max(20)),
    supporting: supportingCodes,
  })
  .strict();
/** Supporting units may be left out by callers other than the form (none). */
export type TaskCreateInput = Omit<z.infer<typeof TaskCreateInput>, 'supporting'> & { supporting?: string[] };

/** Editing a task: what it is and who does it; dates and statuses move through the workflow. */
export const TaskEditInput = z
  .object({
    code: codeField('tasks.errors.notFound'),
    version,
    title: requiredText(TITLE_MAX, 'tasks.errors.titleRequired', 'tasks.errors.titleTooLong'),
    description: optionalText(DESCRIPTION_MAX, 'tasks.errors.descriptionTooLong'),
    assignee: codeField('tasks.errors.assigneeRequired'),
    session: optionalCode('tasks.errors.sessionInvalid'),
    /** absent: unchanged */
    supporting: supportingCodes.optional(),
    /** why the supporting units change (required when they do) */
    supportReason: optionalText(NOTE_MAX, 'tasks.errors.noteTooLong'),
  })
  .strict();
export type TaskEditInput = Omit<z.infer<typeof TaskEditInput>, 'supportReason'> & {
  supportReason?: string | null;
};

/** A supporting unit's official updates that unit's part of a task. */
export const SupportPartInput = z
  .object({
    code: codeField('tasks.errors.notFound'),
    unit: codeField('tasks.errors.forbidden'),
    version,
    status: z.enum(SUPPORT_PART_STATUSES, { message: 'tasks.errors.partStatusInvalid' }),
    note: optionalNote,
  })
  .strict();
export type SupportPartInput = z.infer<typeof SupportPartInput>;
