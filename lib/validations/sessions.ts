import { z } from 'zod';
import { cleanText } from '@/lib/domain/text';
import { codeField, isoDay } from './common';
import { NOTE_MAX, optionalText, requiredText, TITLE_MAX } from './tasks';

const code = codeField('sessions.errors.codeRequired');

/** One participant a line; empty lines dropped. */
const participants = z.preprocess(
  (value) => (typeof value === 'string' ? value : '').split(/\r?\n/).map(cleanText).filter(Boolean),
  z.array(z.string().max(300, 'sessions.errors.textTooLong')).max(100, 'sessions.errors.textTooLong'),
);

const fields = {
  review: code.pipe(z.string().min(1, 'sessions.errors.reviewRequired')),
  title: requiredText(TITLE_MAX, 'sessions.errors.titleRequired', 'sessions.errors.titleTooLong'),
  heldOn: z.preprocess(
    (value) => (typeof value === 'string' ? cleanText(value) : ''),
    z.union([z.literal('').transform(() => null), isoDay('sessions.errors.badDate')]),
  ),
  organization: code,
  delegation: optionalText(NOTE_MAX, 'sessions.errors.textTooLong'),
  participants,
  source: optionalText(NOTE_MAX, 'sessions.errors.textTooLong'),
};

export const SessionCreateInput = z.object({ code, ...fields }).strict();
export type SessionCreateInput = z.infer<typeof SessionCreateInput>;

export const SessionEditInput = z
  .object({
    code,
    version: z.preprocess(
      (value) => (typeof value === 'string' ? value.trim() : ''),
      z
        .string()
        .regex(/^\d{1,9}$/, 'sessions.errors.conflict')
        .transform(Number),
    ),
    ...fields,
  })
  .strict();
export type SessionEditInput = z.infer<typeof SessionEditInput>;
