import { z } from 'zod';
import { COMMENT_MAX, EXPLANATION_MAX, WITHDRAWAL_REASON_MAX } from '@/lib/domain/discussion';
import { COMMENT_RECORD_TYPES } from '@/lib/domain/discussion-records';
import { asText, codeField, isoDay } from './common';
import { requiredText } from './tasks';

/** A number sent back by a form (an id, a version): anything else is not found. */
const formNumber = (message: string) =>
  z.preprocess(
    asText,
    z
      .string()
      .regex(/^\d{1,9}$/, message)
      .transform(Number),
  );

const body = requiredText(COMMENT_MAX, 'discussion.errors.bodyRequired', 'discussion.errors.bodyTooLong');

/** A new comment on a task or a recommendation. */
export const CommentInput = z
  .object({
    recordType: z.enum(COMMENT_RECORD_TYPES, { message: 'discussion.errors.notFound' }),
    code: codeField('discussion.errors.notFound'),
    body,
  })
  .strict();
export type CommentInput = z.infer<typeof CommentInput>;

export const CommentEditInput = z
  .object({
    id: formNumber('discussion.errors.notFound'),
    version: formNumber('discussion.errors.conflict'),
    body,
  })
  .strict();
export type CommentEditInput = z.infer<typeof CommentEditInput>;

export const CommentWithdrawInput = z
  .object({
    id: formNumber('discussion.errors.notFound'),
    version: formNumber('discussion.errors.conflict'),
    reason: requiredText(
      WITHDRAWAL_REASON_MAX,
      'discussion.errors.reasonRequired',
      'discussion.errors.reasonTooLong',
    ),
  })
  .strict();
export type CommentWithdrawInput = z.infer<typeof CommentWithdrawInput>;

/** A request for explanation: a message and a reply deadline after today. */
export function explanationRequestInput(today: string) {
  return z
    .object({
      code: codeField('explanations.errors.notFound'),
      message: requiredText(
        EXPLANATION_MAX,
        'explanations.errors.messageRequired',
        'explanations.errors.messageTooLong',
      ),
      replyDueOn: isoDay('explanations.errors.badDate').refine(
        (day) => day > today,
        'explanations.errors.replyDueNotAfterToday',
      ),
    })
    .strict();
}
export type ExplanationRequestInput = z.infer<ReturnType<typeof explanationRequestInput>>;

export const ExplanationAnswerInput = z
  .object({
    code: codeField('explanations.errors.notFound'),
    id: formNumber('explanations.errors.notFound'),
    version: formNumber('explanations.errors.conflict'),
    answer: requiredText(
      EXPLANATION_MAX,
      'explanations.errors.answerRequired',
      'explanations.errors.answerTooLong',
    ),
  })
  .strict();
export type ExplanationAnswerInput = z.infer<typeof ExplanationAnswerInput>;

export const ExplanationWithdrawInput = z
  .object({
    code: codeField('explanations.errors.notFound'),
    id: formNumber('explanations.errors.notFound'),
    version: formNumber('explanations.errors.conflict'),
  })
  .strict();
export type ExplanationWithdrawInput = z.infer<typeof ExplanationWithdrawInput>;
