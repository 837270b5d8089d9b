'use server';

import { redirect } from 'next/navigation';
import { confirmEmail, requestEmailChange } from '@/db/queries/email-address';
import { type ActionState, failure, fieldErrors, success } from '@/lib/action-state';
import { getViewer } from '@/lib/auth/viewer';
import { clientAddress } from '@/lib/client-address';
import { EmailChangeInput, EmailConfirmInput } from '@/lib/validations/mail';

export async function requestEmailChangeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = EmailChangeInput.safeParse({ password: form.get('password'), email: form.get('email') });
  if (!input.success) return fieldErrors(input.error);
  const result = await requestEmailChange(viewer, input.data, { address: await clientAddress() });
  if (!result.ok) {
    if (result.reason === 'wrong_password') {
      return {
        status: 'error',
        message: 'errors.invalidInput',
        fieldErrors: { password: ['accountEmail.errors.wrong_password'] },
      };
    }
    if (result.reason === 'same_as_current') {
      return {
        status: 'error',
        message: 'errors.invalidInput',
        fieldErrors: { email: ['accountEmail.errors.same_as_current'] },
      };
    }
    return failure(`accountEmail.errors.${result.reason}`);
  }
  return success('accountEmail.sent');
}

export async function confirmEmailAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewer();
  const input = EmailConfirmInput.safeParse({ token: form.get('token') });
  if (!input.success) return failure('accountEmail.errors.invalid_token');
  const result = await confirmEmail(viewer, input.data.token);
  if (!result.ok) return failure('accountEmail.errors.invalid_token');
  redirect('/account/email?confirmed=1');
}
