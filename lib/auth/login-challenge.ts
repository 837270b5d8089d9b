import { wallClock } from '@/lib/clock';
import { openText, sealText } from './secret-box';

/**
 * Between the password and the one-time code, the sign-in is carried by a challenge: sealed
 * (the browser can neither read nor change it), kept in an httpOnly cookie for five minutes.
 * It says whether the password was right, so that the answer to the password alone is the
 * same either way; the verdict comes after the code.
 */
export const CHALLENGE_COOKIE = 'tracker.sign-in-challenge';
export const CHALLENGE_SECONDS = 5 * 60;

export type LoginChallenge = { userId: number; sessionVersion: number; passwordOk: boolean };

export function sealChallenge(challenge: LoginChallenge, at = wallClock(), secret?: string): string {
  const expires = at.getTime() + CHALLENGE_SECONDS * 1000;
  return sealText(JSON.stringify({ ...challenge, expires }), 'login-challenge', secret);
}

export function openChallenge(box: string, at = wallClock(), secret?: string): LoginChallenge | null {
  const text = openText(box, 'login-challenge', secret);
  if (!text) return null;
  const data = JSON.parse(text) as LoginChallenge & { expires: number };
  if (!(data.expires > at.getTime())) return null;
  return { userId: data.userId, sessionVersion: data.sessionVersion, passwordOk: data.passwordOk === true };
}
