import 'server-only';
import { eq, lt, sql } from 'drizzle-orm';
import { hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import { ABSOLUTE_LIFETIME_SECONDS } from '@/lib/auth/session-rules';
import { ACCOUNT_RULE, ADDRESS_RULE, accountKey, addressKey, isLocked } from '@/lib/auth/throttle';
import { now } from '@/lib/clock';
import { db } from '../index';
import { endedSessions, users } from '../schema';
import { recordEvent } from './events';
import { anyLocked, clearThrottle, countFailure } from './throttle';

export type AuthenticatedUser = { id: number; displayName: string; sessionVersion: number };

type FailureReason = 'unknown_login' | 'inactive' | 'wrong_password' | 'throttled';

/**
 * Checks a login and password. The throttle (per account and per client address, kept in
 * PostgreSQL for every instance) is read first: a locked key is refused before any hashing.
 * Unknown logins are verified against a dummy hash and counted like real ones, so that neither
 * the time taken nor a lock tells which logins exist. Success and failure are both events.
 */
export async function authenticate(
  login: string,
  password: string,
  meta: { address: string | null },
): Promise<AuthenticatedUser | null> {
  const at = now();
  const keys = [accountKey(login), ...(meta.address ? [addressKey(meta.address)] : [])];
  const [user] = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      passwordHash: users.passwordHash,
      active: users.active,
      sessionVersion: users.sessionVersion,
      organizationId: users.organizationId,
      lockedUntil: users.lockedUntil,
    })
    .from(users)
    .where(sql`lower(${users.login}) = lower(${login})`);

  const throttled = (!!user?.lockedUntil && user.lockedUntil > at) || (await anyLocked(db, keys, at));
  const valid = !throttled && (await verifyPassword(user?.passwordHash ?? null, password));
  const ok = !!user && user.active && valid;
  const reason: FailureReason | null = ok
    ? null
    : throttled
      ? 'throttled'
      : !user
        ? 'unknown_login'
        : !user.active
          ? 'inactive'
          : 'wrong_password';
  // Only a correct password is re-hashed: it is the one moment the password is known.
  const newHash = ok && needsRehash(user.passwordHash) ? await hashPassword(password) : null;

  await db.transaction(async (tx) => {
    let locked = false;
    if (ok) {
      await tx
        .update(users)
        .set({
          lastLoginAt: at,
          failedLoginCount: 0,
          lockedUntil: null,
          ...(newHash ? { passwordHash: newHash } : {}),
        })
        .where(eq(users.id, user.id));
      await clearThrottle(tx, keys[0]);
    } else if (reason !== 'throttled') {
      const account = await countFailure(tx, keys[0], at, ACCOUNT_RULE);
      if (keys[1]) await countFailure(tx, keys[1], at, ADDRESS_RULE);
      locked = isLocked(account, at);
      if (user)
        await tx
          .update(users)
          .set({
            failedLoginCount: sql`${users.failedLoginCount} + 1`,
            ...(locked ? { lockedUntil: account.lockedUntil } : {}),
          })
          .where(eq(users.id, user.id));
    }
    await recordEvent(tx, {
      actorId: ok ? user.id : null,
      organizationId: user?.organizationId ?? null,
      entityType: 'user',
      entityId: user?.id ?? null,
      action: ok ? 'auth.login' : 'auth.login_failed',
      data: {
        login: login.slice(0, 64),
        address: meta.address,
        ...(reason ? { reason } : {}),
        ...(locked ? { locked: true } : {}),
        ...(newHash ? { rehashed: true } : {}),
      },
    });
  });
  return ok ? { id: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion } : null;
}

/**
 * Signing out ends this session on the server too: its id is kept until the token would have
 * expired anyway (older ids are dropped on the way), and the event is written with it.
 */
export async function endSession(userId: number, organizationId: number, sessionId: string): Promise<void> {
  const expired = new Date(now().getTime() - ABSOLUTE_LIFETIME_SECONDS * 1000);
  await db.transaction(async (tx) => {
    await tx.delete(endedSessions).where(lt(endedSessions.endedAt, expired));
    await tx.insert(endedSessions).values({ sid: sessionId, userId }).onConflictDoNothing();
    await recordEvent(tx, {
      actorId: userId,
      organizationId,
      entityType: 'user',
      entityId: userId,
      action: 'auth.logout',
    });
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
