import { z } from 'zod';
import { asText, codeField, isoDay } from './common';
import { NOTE_MAX, requiredText } from './tasks';

/** A number sent back by a form (an id, a version): anything else is not found. */
const formNumber = (message: string) =>
  z.preprocess(
    asText,
    z
      .string()
      .regex(/^\d{1,9}$/, message)
      .transform(Number),
  );

const reason = requiredText(NOTE_MAX, 'extensions.errors.reasonRequired', 'extensions.errors.reasonTooLong');

/**
 * A request for a later deadline: the date (not in the past; later than the due date in force,
 * which the data layer checks against the task) and why.
 */
export function extensionRequestInput(today: string) {
  return z
    .object({
      code: codeField('extensions.errors.notFound'),
      dueOn: isoDay('extensions.errors.badDate').refine((day) => day >= today, 'extensions.errors.dueInPast'),
      reason,
    })
    .strict();
}
export type ExtensionRequestInput = z.infer<ReturnType<typeof extensionRequestInput>>;

const decision = {
  code: codeField('extensions.errors.notFound'),
  id: formNumber('extensions.errors.notFound'),
  version: formNumber('extensions.errors.conflict'),
};

/** A coordinator grants: the request's version, and the task's (the extension is the task's `extend`). */
export const ExtensionGrantInput = z
  .object({ ...decision, taskVersion: formNumber('extensions.errors.conflict') })
  .strict();
export type ExtensionGrantInput = z.infer<typeof ExtensionGrantInput>;

/** A coordinator refuses, saying why. */
export const ExtensionRefuseInput = z
  .object({
    ...decision,
    reason: requiredText(NOTE_MAX, 'extensions.errors.refusalRequired', 'extensions.errors.reasonTooLong'),
  })
  .strict();
export type ExtensionRefuseInput = z.infer<typeof ExtensionRefuseInput>;

/** The requester takes the pending request back. */
export const ExtensionWithdrawInput = z.object(decision).strict();
export type ExtensionWithdrawInput = z.infer<typeof ExtensionWithdrawInput>;
