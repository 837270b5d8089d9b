import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { checkPasswordPolicy, hashPassword, type PasswordProblem, verifyPassword } from '@/lib/auth/password';
import { expiryClock, now } from '@/lib/clock';
import { db } from '../index';
import { users } from '../schema';
import { ownAccountEvent, recordEvent } from './events';
import { attemptKeys, attemptSucceeded, noteFailure, takeAttempt } from './throttle';
import { revokeTokensInForce } from './tokens';
import type { Viewer } from './viewer';

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; reason: 'wrong_current' | 'throttled' | 'same_as_current' | PasswordProblem | 'conflict' };

/**
 * A user changes their own password: the current one is checked, the new one meets the policy
 * and differs from it. Checking the current password is a sign-in attempt like any other: it
 * takes an attempt in the same throttle first (account and address), so a session left open
 * is no way round the lockout. The session version moves on, so every session — this one
 * included — ends; the user signs in again with the new password.
 */
export async function changeOwnPassword(
  viewer: Viewer,
  current: string,
  next: string,
  meta: { address: string | null },
): Promise<ChangePasswordResult> {
  const at = expiryClock();
  const keys = attemptKeys(viewer.login, meta.address);
  const attempt = await takeAttempt(db, keys, at);
  const [user] = attempt.taken
    ? await db
        .select({ hash: users.passwordHash, sessionVersion: users.sessionVersion })
        .from(users)
        .where(eq(users.id, viewer.id))
    : [];
  if (!attempt.taken || !user || !(await verifyPassword(user.hash, current))) {
    // Of the attempts a lock refuses, only the first is written (db/queries/throttle.ts).
    if (!attempt.taken && !attempt.logRefusal) return { ok: false, reason: 'throttled' };
    await db.transaction(async (tx) => {
      if (attempt.taken) await noteFailure(tx, viewer.id, attempt);
      await recordEvent(
        tx,
        ownAccountEvent(viewer, 'user.password_change_failed', {
          address: meta.address,
          reason: attempt.taken ? 'wrong_password' : 'throttled',
          ...(attempt.locked ? { locked: true } : {}),
        }),
      );
    });
    return { ok: false, reason: attempt.taken ? 'wrong_current' : 'throttled' };
  }
  await attemptSucceeded(db, attempt, viewer.id);
  if (next === current) return { ok: false, reason: 'same_as_current' };
  const problem = checkPasswordPolicy(next, viewer.login);
  if (problem) return { ok: false, reason: problem };
  const passwordHash = await hashPassword(next);
  return db.transaction(async (tx) => {
    const changed = await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: now(),
      })
      .where(and(eq(users.id, viewer.id), eq(users.sessionVersion, user.sessionVersion)))
      .returning({ id: users.id });
    if (!changed.length) return { ok: false, reason: 'conflict' } as const;
    await revokeTokensInForce(tx, viewer.id, at, ownAccountEvent(viewer, ''), 'password_changed');
    await recordEvent(tx, ownAccountEvent(viewer, 'user.password_changed'));
    return { ok: true } as const;
  });
}
