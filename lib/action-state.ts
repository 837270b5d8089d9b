import type { z } from 'zod';

/** What every server action answers its form with. Messages are keys into messages/*.json. */
export type ActionState = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  /** values the message names (e.g. the units a comment may not mention) */
  values?: Record<string, string>;
  fieldErrors?: Record<string, string[]>;
};

export const idle: ActionState = { status: 'idle' };

export function success(message: string): ActionState {
  return { status: 'success', message };
}

export function failure(message: string): ActionState {
  return { status: 'error', message };
}

/** zod issues → field errors; each issue's message is a message key. */
export function fieldErrors(error: z.ZodError, message = 'errors.invalidInput'): ActionState {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return { status: 'error', message, fieldErrors: errors };
}
