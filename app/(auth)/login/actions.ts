'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { AuthError } from 'next-auth';
import { signIn } from '@/auth';
import { type ActionState, failure } from '@/lib/action-state';
import { CHALLENGE_COOKIE } from '@/lib/auth/login-challenge';
import { setChallengeCookie } from '@/lib/auth/login-challenge-cookie';
import { oidcSettings, passwordLoginEnabled } from '@/lib/auth/oidc';
import { SecondFactorRequired } from '@/lib/auth/second-factor-required';

/** The login form's state: `step: 'code'` when the one-time code is asked for next. */
export type LoginState = ActionState & { step?: 'code' };

export async function login(_prev: LoginState, form: FormData): Promise<LoginState> {
  if (form.has('code')) return secondStep(form);
  if (!passwordLoginEnabled()) return failure('login.passwordOff');
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
      await setChallengeCookie(error.challenge);
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

/** Off to the OpenID Connect provider (a redirect); back at /api/auth/callback/oidc. */
export async function loginWithProvider(): Promise<void> {
  if (!oidcSettings()) redirect('/login?oidc=failed');
  await signIn('oidc', { redirectTo: '/' });
}
