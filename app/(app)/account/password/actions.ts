'use server';

import { signOut } from '@/auth';
import { changeOwnPassword } from '@/db/queries/account';
import { type ActionState, failure, fieldErrors } from '@/lib/action-state';
import { getViewerBeforePasswordChange } from '@/lib/auth/viewer';
import { clientAddress } from '@/lib/client-address';
import { ChangePasswordInput } from '@/lib/validations/account';

export async function changePassword(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await getViewerBeforePasswordChange();
  const input = ChangePasswordInput.safeParse({
    current: form.get('current'),
    next: form.get('next'),
    confirm: form.get('confirm'),
  });
  if (!input.success) return fieldErrors(input.error);
  const result = await changeOwnPassword(viewer, input.data.current, input.data.next, {
    address: await clientAddress(),
  });
  if (!result.ok) {
    if (result.reason === 'wrong_current') {
      return {
        status: 'error',
        message: 'errors.invalidInput',
        fieldErrors: { current: ['account.errors.wrong_current'] },
      };
    }
    if (result.reason === 'conflict') return failure('account.errors.conflict');
    if (result.reason === 'throttled') return failure('account.errors.throttled');
    return {
      status: 'error',
      message: 'errors.invalidInput',
      fieldErrors: { next: [`account.errors.${result.reason}`] },
    };
  }
  // Every session has ended with the old password, this one too: sign in again with the new one.
  await signOut({ redirectTo: '/login?reason=password_changed' });
  return failure('errors.generic');
}
