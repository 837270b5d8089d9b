import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { afterFailure, isLocked, type ThrottleRule, type ThrottleState } from '@/lib/auth/throttle';
import type { Executor, Transaction } from '../index';
import { loginThrottles } from '../schema';

/** True when any of the keys is locked at that instant: checked before any password hashing. */
export async function anyLocked(executor: Executor, keys: string[], at: Date): Promise<boolean> {
  if (!keys.length) return false;
  const rows = await executor
    .select({
      failures: loginThrottles.failures,
      windowStart: loginThrottles.windowStart,
      lockedUntil: loginThrottles.lockedUntil,
    })
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, keys));
  return rows.some((row) => isLocked(row, at));
}

/**
 * Counts one failure against a key. The row is locked (FOR UPDATE) while the new count is
 * worked out, so that attempts on several application instances add up exactly.
 */
export async function countFailure(
  tx: Transaction,
  key: string,
  at: Date,
  rule: ThrottleRule,
): Promise<ThrottleState> {
  await tx.insert(loginThrottles).values({ key, failures: 0, windowStart: at }).onConflictDoNothing();
  const [row] = await tx
    .select({
      failures: loginThrottles.failures,
      windowStart: loginThrottles.windowStart,
      lockedUntil: loginThrottles.lockedUntil,
    })
    .from(loginThrottles)
    .where(eq(loginThrottles.key, key))
    .for('update');
  const next = afterFailure(row.failures === 0 && !row.lockedUntil ? null : row, at, rule);
  await tx.update(loginThrottles).set(next).where(eq(loginThrottles.key, key));
  return next;
}

/** A successful sign-in ends the run of failures of its account. */
export async function clearThrottle(tx: Executor, key: string): Promise<void> {
  await tx.delete(loginThrottles).where(eq(loginThrottles.key, key));
}
