/**
 * Sign-in throttling, its rules; db/queries/throttle.ts applies them in one SQL statement per
 * attempt, on counters kept in PostgreSQL (table login_throttles) that every application
 * instance shares. Every attempt counts before it is verified; a success gives it back.
 *
 * Two keys are counted for every failed attempt:
 * - the account (`login:<lowercased login>`, whether or not the login exists, so that the
 *   answer never tells which logins exist): locked for 15 minutes after 5 failures in a row;
 * - the client address (`addr:<address>`): locked for 15 minutes after 30 failures within
 *   15 minutes, which slows down guessing one common password across many accounts.
 * A window that has run out starts again at one; reaching the limit locks the key and starts
 * a fresh count, so that after the lock another full run of failures is needed to lock it again.
 */
export type ThrottleRule = { maxFailures: number; windowMs: number; lockMs: number };

const MINUTE = 60_000;

export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: 24 * 60 * MINUTE, lockMs: 15 * MINUTE };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export function accountKey(login: string): string {
  return `login:${login.toLowerCase().slice(0, 64)}`;
}

export function addressKey(address: string): string {
  return `addr:${address.slice(0, 64)}`;
}
