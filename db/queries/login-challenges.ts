import 'server-only';
import { and, eq, gt, lte, or, sql } from 'drizzle-orm';
import { CHALLENGE_SECONDS, hashNonce, newNonce } from '@/lib/auth/login-challenge';
import type { Executor } from '../index';
import { loginChallenges } from '../schema';

/**
 * Opens the challenge of a right password (in the caller's transaction) and returns its nonce;
 * spent and expired challenges are dropped on the way, so the table stays small.
 */
export async function openLoginChallenge(
  tx: Executor,
  user: { id: number; sessionVersion: number },
  at: Date,
): Promise<string> {
  await tx
    .delete(loginChallenges)
    .where(or(lte(loginChallenges.expiresAt, at), lte(loginChallenges.attemptsLeft, 0)));
  const nonce = newNonce();
  await tx.insert(loginChallenges).values({
    nonceHash: hashNonce(nonce),
    userId: user.id,
    sessionVersion: user.sessionVersion,
    attemptsLeft: 1,
    expiresAt: new Date(at.getTime() + CHALLENGE_SECONDS * 1000),
  });
  return nonce;
}

/**
 * Takes the one code a live challenge allows, in one statement: of any number of parallel
 * requests with the same nonce, one gets the challenge, the others null — as does a nonce
 * that was never opened, is spent or has expired.
 */
export async function claimLoginChallenge(
  executor: Executor,
  nonce: string,
  at: Date,
): Promise<{ userId: number; sessionVersion: number } | null> {
  const [claimed] = await executor
    .update(loginChallenges)
    .set({ attemptsLeft: sql`${loginChallenges.attemptsLeft} - 1` })
    .where(
      and(
        eq(loginChallenges.nonceHash, hashNonce(nonce)),
        gt(loginChallenges.attemptsLeft, 0),
        gt(loginChallenges.expiresAt, at),
      ),
    )
    .returning({ userId: loginChallenges.userId, sessionVersion: loginChallenges.sessionVersion });
  return claimed ?? null;
}
