import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { checkPasswordPolicy, hashPassword, type PasswordProblem, verifyPassword } from '@/lib/auth/password';
import { now } from '@/lib/clock';
import { db } from '../index';
import { users } from '../schema';
import { recordEvent } from './events';
import type { Viewer } from './viewer';

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; reason: 'wrong_current' | 'same_as_current' | PasswordProblem | 'conflict' };

/**
 * A user changes their own password: the current one is checked, the new one meets the policy
 * and differs from it. The session version moves on, so every session — this one included —
 * ends; the user signs in again with the new password.
 */
export async function changeOwnPassword(
  viewer: Viewer,
  current: string,
  next: string,
): Promise<ChangePasswordResult> {
  const [user] = await db
    .select({ hash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, viewer.id));
  if (!user || !(await verifyPassword(user.hash, current))) {
    await recordEvent(db, {
      actorId: viewer.id,
      organizationId: viewer.org.id,
      entityType: 'user',
      entityId: viewer.id,
      entityCode: viewer.login,
      action: 'user.password_change_failed',
    });
    return { ok: false, reason: 'wrong_current' };
  }
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
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: viewer.org.id,
      entityType: 'user',
      entityId: viewer.id,
      entityCode: viewer.login,
      action: 'user.password_changed',
    });
    return { ok: true } as const;
  });
}
