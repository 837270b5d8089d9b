'use server';

import { AuthError } from 'next-auth';
import { signIn } from '@/auth';
import { recordRejectedLogin } from '@/db/queries/auth';
import { type ActionState, failure } from '@/lib/action-state';
import { LoginInput } from '@/lib/validations/auth';

export async function login(_prev: ActionState, form: FormData): Promise<ActionState> {
  const raw = { login: form.get('login'), password: form.get('password') };
  if (
    typeof raw.login !== 'string' ||
    typeof raw.password !== 'string' ||
    !raw.login.trim() ||
    !raw.password
  ) {
    return failure('login.required');
  }
  const input = LoginInput.safeParse(raw);
  if (!input.success) {
    await recordRejectedLogin(raw.login);
    return failure('login.failed');
  }
  try {
    await signIn('credentials', { ...input.data, redirectTo: '/' });
  } catch (error) {
    // A successful signIn throws NEXT_REDIRECT, which must go on.
    if (error instanceof AuthError) return failure('login.failed');
    throw error;
  }
  return failure('login.failed');
}
