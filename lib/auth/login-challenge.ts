import { createHash, randomBytes } from 'node:crypto';
import { openText, sealText } from './secret-box';

/**
 * Between the password and the one-time code, the sign-in is carried by a challenge kept on
 * the server (table login_challenges: the account, its session version, attempts left, expiry)
 * and named by a random nonce. The browser holds the nonce sealed in an httpOnly cookie for
 * five minutes; the table holds only its SHA-256. A challenge is opened only by a right
 * password and is spent by its first code, right or wrong.
 */
export const CHALLENGE_COOKIE = 'tracker.sign-in-challenge';
export const CHALLENGE_SECONDS = 5 * 60;

const NONCE = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits, base64url. */
export function newNonce(): string {
  return randomBytes(32).toString('base64url');
}

/** What the table keeps of a nonce: a read of the table gives no live challenge. */
export function hashNonce(nonce: string): string {
  return createHash('sha256').update(nonce).digest('hex');
}

export function sealChallenge(nonce: string, secret?: string): string {
  return sealText(nonce, 'login-challenge', secret);
}

/** The nonce in a sealed challenge, or null when it was not sealed by this server as one. */
export function openChallenge(box: string, secret?: string): string | null {
  const nonce = openText(box, 'login-challenge', secret);
  return nonce && NONCE.test(nonce) ? nonce : null;
}
