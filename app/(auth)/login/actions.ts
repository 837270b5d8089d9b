'use server';

import { cookies } from 'next/headers';
import { AuthError } from 'next-auth';
import { signIn } from '@/auth';
import { type ActionState, failure } from '@/lib/action-state';
import { CHALLENGE_COOKIE, CHALLENGE_SECONDS } from '@/lib/auth/login-challenge';
import { SecondFactorRequired } from '@/lib/auth/second-factor-required';
import { usesSecureCookies } from '@/lib/auth/session-rules';

/** The login form's state: `step: 'code'` when the one-time code is asked for next. */
export type LoginState = ActionState & { step?: 'code' };

export async function login(_prev: LoginState, form: FormData): Promise<LoginState> {
  if (form.has('code')) return secondStep(form);
  const raw = { login: form.get('login'), password: form.get('password') };
  if (
    typeof raw.login !== 'string' ||
    typeof raw.password !== 'string' ||
    !raw.login.trim() ||
    !raw.password
  ) {
    return failure('login.required');
  }
  try {
    // Bounds are checked by the credentials provider (auth.ts), which counts an oversized field
    // in the sign-in throttle like a wrong password: one path for this form and a direct post.
    await signIn('credentials', { login: raw.login, password: raw.password, redirectTo: '/' });
  } catch (error) {
    if (error instanceof SecondFactorRequired) {
      (await cookies()).set(CHALLENGE_COOKIE, error.challenge, {
        httpOnly: true,
        sameSite: 'strict',
        secure: usesSecureCookies(),
        path: '/login',
        maxAge: CHALLENGE_SECONDS,
      });
      return { status: 'idle', step: 'code' };
    }
    // A successful signIn throws NEXT_REDIRECT, which must go on.
    if (error instanceof AuthError) return failure('login.failed');
    throw error;
  }
  return failure('login.failed');
}

/**
 * The one-time code (or a recovery code) for the challenge in the cookie. The challenge is
 * used once: whatever the outcome, a new attempt starts again from the password.
 */
async function secondStep(form: FormData): Promise<LoginState> {
  const jar = await cookies();
  const challenge = jar.get(CHALLENGE_COOKIE)?.value;
  jar.delete({ name: CHALLENGE_COOKIE, path: '/login' });
  const code = form.get('code');
  if (!challenge) return failure('login.codeExpired');
  if (typeof code !== 'string' || !code.trim()) {
    return failure('login.codeFailed');
  }
  try {
    await signIn('credentials', { challenge, code: code.slice(0, 40), redirectTo: '/' });
  } catch (error) {
    if (error instanceof AuthError) return failure('login.codeFailed');
    throw error;
  }
  return failure('login.codeFailed');
}
