import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { verifyPassword } from '@/lib/auth/password';
import { now } from '@/lib/clock';
import { db } from '../index';
import { users } from '../schema';
import { recordEvent } from './events';

export type AuthenticatedUser = { id: number; displayName: string; sessionVersion: number };

/**
 * Checks a login and password. Unknown logins are verified against a dummy hash so that the
 * time taken does not tell which logins exist. Success and failure are both events.
 */
export async function authenticate(
  login: string,
  password: string,
  meta: { address: string | null },
): Promise<AuthenticatedUser | null> {
  const [user] = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      passwordHash: users.passwordHash,
      active: users.active,
      sessionVersion: users.sessionVersion,
      organizationId: users.organizationId,
    })
    .from(users)
    .where(sql`lower(${users.login}) = lower(${login})`);

  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  const ok = !!user && user.active && valid;
  await db.transaction(async (tx) => {
    if (ok)
      await tx.update(users).set({ lastLoginAt: now(), failedLoginCount: 0 }).where(eq(users.id, user.id));
    else if (user)
      await tx
        .update(users)
        .set({ failedLoginCount: sql`${users.failedLoginCount} + 1` })
        .where(eq(users.id, user.id));
    await recordEvent(tx, {
      actorId: ok ? user.id : null,
      organizationId: user?.organizationId ?? null,
      entityType: 'user',
      entityId: user?.id ?? null,
      action: ok ? 'auth.login' : 'auth.login_failed',
      data: {
        login: login.slice(0, 64),
        address: meta.address,
        ...(ok ? {} : { reason: !user ? 'unknown_login' : !user.active ? 'inactive' : 'wrong_password' }),
      },
    });
  });
  return ok ? { id: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion } : null;
}

export async function recordLogout(userId: number, organizationId: number): Promise<void> {
  await recordEvent(db, {
    actorId: userId,
    organizationId,
    entityType: 'user',
    entityId: userId,
    action: 'auth.logout',
  });
}

/** A login refused before any lookup (an oversized field): still a failure event. */
export async function recordRejectedLogin(login: string): Promise<void> {
  await recordEvent(db, {
    actorId: null,
    entityType: 'user',
    action: 'auth.login_failed',
    data: { login: login.slice(0, 64), reason: 'invalid_input' },
  });
}
