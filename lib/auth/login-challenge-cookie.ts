import 'server-only';
import { cookies } from 'next/headers';
import { CHALLENGE_COOKIE, CHALLENGE_SECONDS } from './login-challenge';
import { usesSecureCookies } from './session-rules';

/**
 * Hands the browser the sealed challenge that waits for the one-time code: after a right
 * password (the login form) or a provider's sign-in without multi-factor (auth.ts).
 */
export async function setChallengeCookie(sealed: string): Promise<void> {
  (await cookies()).set(CHALLENGE_COOKIE, sealed, {
    httpOnly: true,
    sameSite: 'strict',
    secure: usesSecureCookies(),
    path: '/login',
    maxAge: CHALLENGE_SECONDS,
  });
}
