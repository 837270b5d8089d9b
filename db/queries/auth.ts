import 'server-only';
import { eq, lt, sql } from 'drizzle-orm';
import type { LoginChallenge } from '@/lib/auth/login-challenge';
import { hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import { ABSOLUTE_LIFETIME_SECONDS } from '@/lib/auth/session-rules';
import { ACCOUNT_RULE, ADDRESS_RULE, accountKey, addressKey, isLocked } from '@/lib/auth/throttle';
import { now } from '@/lib/clock';
import { db } from '../index';
import { endedSessions, users } from '../schema';
import { recordEvent } from './events';
import { anyLocked, clearThrottle, countFailure } from './throttle';
import { consumeSecondFactor } from './two-factor';

export type AuthenticatedUser = { id: number; displayName: string; sessionVersion: number };

/**
 * The answer to a login and password: signed in, refused, or — for an account with two-factor
 * sign-in — a code to ask for, whether or not the password was right (the challenge carries
 * that, sealed), so that the password alone never tells.
 */
export type PasswordOutcome =
  | { kind: 'signed_in'; user: AuthenticatedUser }
  | { kind: 'refused' }
  | { kind: 'second_factor'; challenge: LoginChallenge };

type FailureReason = 'unknown_login' | 'inactive' | 'wrong_password' | 'throttled' | 'wrong_code';

/**
 * Checks a login and password. The throttle (per account and per client address, kept in
 * PostgreSQL for every instance) is read first: a locked key is refused before any hashing.
 * Unknown logins are verified against a dummy hash and counted like real ones, so that neither
 * the time taken nor a lock tells which logins exist. Success and failure are both events.
 * A right password of an account with two-factor sign-in signs nobody in and clears no
 * failure count: that waits for the code (completeSecondFactor).
 */
export async function signInWithPassword(
  login: string,
  password: string,
  meta: { address: string | null },
): Promise<PasswordOutcome> {
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
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(sql`lower(${users.login}) = lower(${login})`);

  const throttled = (!!user?.lockedUntil && user.lockedUntil > at) || (await anyLocked(db, keys, at));
  const valid = !throttled && (await verifyPassword(user?.passwordHash ?? null, password));
  const ok = !!user && user.active && valid;
  const secondFactor = !!user?.totpEnabledAt;
  const signedIn = ok && !secondFactor;
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
    if (signedIn) {
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
    } else if (ok) {
      if (newHash) await tx.update(users).set({ passwordHash: newHash }).where(eq(users.id, user.id));
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
      action: signedIn ? 'auth.login' : ok ? 'auth.password_verified' : 'auth.login_failed',
      data: {
        login: login.slice(0, 64),
        address: meta.address,
        ...(reason ? { reason } : {}),
        ...(locked ? { locked: true } : {}),
        ...(newHash ? { rehashed: true } : {}),
      },
    });
  });
  if (signedIn) {
    return {
      kind: 'signed_in',
      user: { id: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion },
    };
  }
  if (user && secondFactor) {
    return {
      kind: 'second_factor',
      challenge: { userId: user.id, sessionVersion: user.sessionVersion, passwordOk: ok },
    };
  }
  return { kind: 'refused' };
}

/** The password step, as a user or null: a code still to give counts as not signed in. */
export async function authenticate(
  login: string,
  password: string,
  meta: { address: string | null },
): Promise<AuthenticatedUser | null> {
  const outcome = await signInWithPassword(login, password, meta);
  return outcome.kind === 'signed_in' ? outcome.user : null;
}

/**
 * The second step: the code (or a recovery code) for a challenge. A challenge whose password
 * was wrong is refused without a look at the code (that failure was counted at the password);
 * a wrong code counts as a failed sign-in, in the same throttle and lockout as a password.
 */
export async function completeSecondFactor(
  challenge: LoginChallenge,
  code: string,
  meta: { address: string | null },
): Promise<AuthenticatedUser | null> {
  if (!challenge.passwordOk) return null;
  const at = now();
  const [user] = await db
    .select({
      id: users.id,
      login: users.login,
      displayName: users.displayName,
      active: users.active,
      sessionVersion: users.sessionVersion,
      organizationId: users.organizationId,
      lockedUntil: users.lockedUntil,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(eq(users.id, challenge.userId));
  if (!user) return null;
  const keys = [accountKey(user.login), ...(meta.address ? [addressKey(meta.address)] : [])];
  const throttled = (!!user.lockedUntil && user.lockedUntil > at) || (await anyLocked(db, keys, at));
  // A password changed, a reset or a deactivation since the password step ends the challenge.
  const current = user.active && !!user.totpEnabledAt && user.sessionVersion === challenge.sessionVersion;

  return db.transaction(async (tx) => {
    const method = !throttled && current ? await consumeSecondFactor(tx, user, code) : null;
    const reason: FailureReason | null = method
      ? null
      : throttled
        ? 'throttled'
        : !user.active
          ? 'inactive'
          : 'wrong_code';
    let locked = false;
    if (method) {
      await tx
        .update(users)
        .set({ lastLoginAt: at, failedLoginCount: 0, lockedUntil: null })
        .where(eq(users.id, user.id));
      await clearThrottle(tx, keys[0]);
    } else if (!throttled) {
      const account = await countFailure(tx, keys[0], at, ACCOUNT_RULE);
      if (keys[1]) await countFailure(tx, keys[1], at, ADDRESS_RULE);
      locked = isLocked(account, at);
      await tx
        .update(users)
        .set({
          failedLoginCount: sql`${users.failedLoginCount} + 1`,
          ...(locked ? { lockedUntil: account.lockedUntil } : {}),
        })
        .where(eq(users.id, user.id));
    }
    await recordEvent(tx, {
      actorId: method ? user.id : null,
      organizationId: user.organizationId,
      entityType: 'user',
      entityId: user.id,
      action: method ? 'auth.login' : 'auth.login_failed',
      data: {
        login: user.login,
        address: meta.address,
        ...(method ? { secondFactor: method } : { reason }),
        ...(locked ? { locked: true } : {}),
      },
    });
    return method
      ? { id: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion }
      : null;
  });
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
