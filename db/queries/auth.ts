import 'server-only';
import { eq, lt, sql } from 'drizzle-orm';
import { hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import { ABSOLUTE_LIFETIME_SECONDS } from '@/lib/auth/session-rules';
import { expiryClock } from '@/lib/clock';
import { signInFailures } from '@/lib/metrics';
import { db } from '../index';
import { endedSessions, users } from '../schema';
import { recordEvent } from './events';
import { claimLoginChallenge, openLoginChallenge } from './login-challenges';
import { attemptKeys, attemptSucceeded, giveBack, noteFailure, takeAttempt } from './throttle';
import { consumeSecondFactor } from './two-factor';

export type AuthenticatedUser = { id: number; displayName: string; sessionVersion: number };

/**
 * The answer to a login and password: signed in, refused, or — for a right password of an
 * account with two-factor sign-in — the nonce of a challenge that waits for the code.
 * A wrong password is `refused` whatever the account, so that the password step tells an
 * unknown login, a known one and a known one with two-factor sign-in apart only to whoever
 * already has the right password.
 */
export type PasswordOutcome =
  | { kind: 'signed_in'; user: AuthenticatedUser }
  | { kind: 'refused' }
  | { kind: 'second_factor'; nonce: string };

type FailureReason =
  | 'unknown_login'
  | 'inactive'
  | 'service_account'
  | 'wrong_password'
  | 'throttled'
  | 'wrong_code'
  | 'invalid_input';

type Meta = { address: string | null };

async function refusedAsThrottled(login: string, meta: Meta, user?: { id: number; organizationId: number }) {
  await recordEvent(db, {
    actorId: null,
    organizationId: user?.organizationId ?? null,
    entityType: 'user',
    entityId: user?.id ?? null,
    action: 'auth.login_failed',
    data: { login: login.slice(0, 64), address: meta.address, reason: 'throttled' },
  });
}

/**
 * Checks a login and password. The attempt is taken first (db/queries/throttle.ts: counted
 * against the account and the client's address in one statement, which also decides the lock),
 * so a locked key is refused before any hashing and a burst of parallel attempts verifies no
 * more than the limit. Only the first attempt a lock refuses is written (`throttled`); the
 * others are counted on the lock and reported in one `auth.lock_refusals` event after it. Unknown logins are verified against a dummy hash and counted like real
 * ones, so that neither the time taken nor a lock tells which logins exist. Success and failure
 * are both events. A right password of an account with two-factor sign-in opens a challenge,
 * gets its attempt back and signs nobody in: the account's run of failures ends only with the code.
 */
export async function signInWithPassword(
  login: string,
  password: string,
  meta: Meta,
): Promise<PasswordOutcome> {
  const at = expiryClock();
  const keys = attemptKeys(login, meta.address);
  const [user] = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      passwordHash: users.passwordHash,
      active: users.active,
      sessionVersion: users.sessionVersion,
      organizationId: users.organizationId,
      totpEnabledAt: users.totpEnabledAt,
      kind: users.kind,
    })
    .from(users)
    .where(sql`lower(${users.login}) = lower(${login})`);

  const attempt = await takeAttempt(db, keys, at);
  if (!attempt.taken) {
    if (attempt.logRefusal) await refusedAsThrottled(login, meta, user);
    return { kind: 'refused' };
  }
  // A service account has no password (null: verified against the dummy hash, as an unknown
  // login is) and never signs in, whatever is typed.
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  const ok = !!user && user.active && user.kind === 'person' && valid;
  const secondFactor = ok && !!user.totpEnabledAt;
  const reason: FailureReason | null = ok
    ? null
    : !user
      ? 'unknown_login'
      : user.kind !== 'person'
        ? 'service_account'
        : !user.active
          ? 'inactive'
          : 'wrong_password';
  // Only a correct password is re-hashed: it is the one moment the password is known.
  const newHash =
    ok && user.passwordHash && needsRehash(user.passwordHash) ? await hashPassword(password) : null;

  const outcome = await db.transaction(async (tx) => {
    let nonce: string | null = null;
    if (ok) {
      if (newHash) await tx.update(users).set({ passwordHash: newHash }).where(eq(users.id, user.id));
      if (secondFactor) {
        // Neutral until the code: the attempt is given back, the run of failures goes on.
        nonce = await openLoginChallenge(tx, user, at);
        for (const key of keys) await giveBack(tx, attempt, key);
      } else {
        await attemptSucceeded(tx, attempt, user.id);
        await tx.update(users).set({ lastLoginAt: at }).where(eq(users.id, user.id));
      }
    } else if (user) {
      await noteFailure(tx, user.id, attempt);
    }
    await recordEvent(tx, {
      actorId: ok ? user.id : null,
      organizationId: user?.organizationId ?? null,
      entityType: 'user',
      entityId: user?.id ?? null,
      action: !ok ? 'auth.login_failed' : secondFactor ? 'auth.password_verified' : 'auth.login',
      data: {
        login: login.slice(0, 64),
        address: meta.address,
        ...(reason ? { reason } : {}),
        ...(!ok && attempt.locked ? { locked: true } : {}),
        ...(newHash ? { rehashed: true } : {}),
      },
    });
    if (!ok) return { kind: 'refused' } as const;
    if (nonce) return { kind: 'second_factor', nonce } as const;
    return {
      kind: 'signed_in',
      user: { id: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion },
    } as const;
  });
  if (reason) signInFailures().inc({ reason });
  return outcome;
}

/** The password step, as a user or null: a code still to give counts as not signed in. */
export async function authenticate(
  login: string,
  password: string,
  meta: Meta,
): Promise<AuthenticatedUser | null> {
  const outcome = await signInWithPassword(login, password, meta);
  return outcome.kind === 'signed_in' ? outcome.user : null;
}

/**
 * The second step: the code (or a recovery code) for the challenge named by a nonce. The
 * challenge is claimed first, in one statement, so that it allows one code however many
 * requests carry it; a nonce without a live challenge (never opened, spent, expired) is refused
 * at once, with nothing verified and nothing written. The code then takes an attempt in the
 * same throttle as passwords before it is checked, and a wrong one counts in the lockout.
 */
export async function completeSecondFactor(
  nonce: string,
  code: string,
  meta: Meta,
): Promise<AuthenticatedUser | null> {
  const at = expiryClock();
  const challenge = await claimLoginChallenge(db, nonce, at);
  if (!challenge) return null;
  const [user] = await db
    .select({
      id: users.id,
      login: users.login,
      displayName: users.displayName,
      active: users.active,
      sessionVersion: users.sessionVersion,
      organizationId: users.organizationId,
      totpSecret: users.totpSecret,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(eq(users.id, challenge.userId));
  if (!user) return null;
  const keys = attemptKeys(user.login, meta.address);
  const attempt = await takeAttempt(db, keys, at);
  if (!attempt.taken) {
    if (attempt.logRefusal) await refusedAsThrottled(user.login, meta, user);
    return null;
  }
  // A password changed, a reset or a deactivation since the password step ends the challenge.
  const current = user.active && !!user.totpEnabledAt && user.sessionVersion === challenge.sessionVersion;

  const signedIn = await db.transaction(async (tx) => {
    const method = current ? await consumeSecondFactor(tx, user, code) : null;
    const reason: FailureReason | null = method ? null : !user.active ? 'inactive' : 'wrong_code';
    if (method) {
      await attemptSucceeded(tx, attempt, user.id);
      await tx.update(users).set({ lastLoginAt: at }).where(eq(users.id, user.id));
    } else {
      await noteFailure(tx, user.id, attempt);
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
        ...(!method && attempt.locked ? { locked: true } : {}),
      },
    });
    return method
      ? { id: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion }
      : null;
  });
  if (!signedIn) signInFailures().inc({ reason: user.active ? 'wrong_code' : 'inactive' });
  return signedIn;
}

/**
 * Signing out ends this session on the server too: its id is kept until the token would have
 * expired anyway (older ids are dropped on the way), and the event is written with it.
 */
export async function endSession(userId: number, organizationId: number, sessionId: string): Promise<void> {
  const expired = new Date(expiryClock().getTime() - ABSOLUTE_LIFETIME_SECONDS * 1000);
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

/**
 * A login refused before any lookup (an oversized or empty field). It takes an attempt in the
 * same throttle as a wrong password, so that such requests cannot write events without limit:
 * past the limit they are `throttled` like any other, and only the first of a lock is written.
 */
export async function recordRejectedLogin(login: string, meta: Meta): Promise<void> {
  const attempt = await takeAttempt(db, attemptKeys(login, meta.address), expiryClock());
  if (!attempt.taken && !attempt.logRefusal) return;
  await recordEvent(db, {
    actorId: null,
    entityType: 'user',
    action: 'auth.login_failed',
    data: {
      login: login.slice(0, 64),
      address: meta.address,
      reason: attempt.taken ? 'invalid_input' : 'throttled',
      ...(attempt.locked ? { locked: true } : {}),
    },
  });
}
