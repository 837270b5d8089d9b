import 'server-only';
import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { verifyPassword } from '@/lib/auth/password';
import { openText, sealText } from '@/lib/auth/secret-box';
import {
  hashRecoveryCode,
  looksLikeRecoveryCode,
  looksLikeTotp,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  normaliseCode,
  totpUri,
} from '@/lib/auth/totp';
import { expiryClock, now, wallClock } from '@/lib/clock';
import { adminTwoFactorRequired } from '@/lib/config';
import { db, type Executor } from '../index';
import { carriedSessions, users } from '../schema';
import { ownAccountEvent, recordEvent } from './events';
import { attemptKeys, attemptSucceeded, giveBack, noteFailure, takeAttempt } from './throttle';
import { revokeTokensInForce } from './tokens';
import type { Viewer } from './viewer';

/**
 * Two-factor sign-in of one's own account: set up with an authenticator app (the key is kept
 * sealed, see lib/auth/secret-box.ts), recovery codes, switching it off. Each change is written
 * with its event in one transaction.
 */
export type TwoFactorStatus = {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** Set up begun but not confirmed: the key to show again, with its QR address. */
  pending: { secret: string; uri: string } | null;
};

type Meta = { address: string | null };

export type SecondFactorMethod = 'totp' | 'recovery_code';

export type TwoFactorRefusal =
  | 'already_enabled'
  | 'not_pending'
  | 'not_enabled'
  | 'wrong_code'
  | 'wrong_proof'
  | 'throttled'
  | 'required';

export async function twoFactorStatus(viewer: Viewer): Promise<TwoFactorStatus> {
  const [row] = await db
    .select({
      secret: users.totpSecret,
      enabledAt: users.totpEnabledAt,
      left: sql<number>`cardinality(${users.recoveryCodeHashes})::int`,
    })
    .from(users)
    .where(eq(users.id, viewer.id));
  const enabled = !!row?.enabledAt;
  const secret = !enabled && row?.secret ? openText(row.secret, 'totp-secret') : null;
  return {
    enabled,
    enabledAt: row?.enabledAt ?? null,
    recoveryCodesLeft: enabled ? (row?.left ?? 0) : 0,
    pending: secret ? { secret, uri: totpUri(secret, viewer.login) } : null,
  };
}

/** A new key to scan, kept until a code from it confirms it; not in force before that. */
export async function beginEnrolment(
  viewer: Viewer,
): Promise<{ ok: true } | { ok: false; reason: TwoFactorRefusal }> {
  const sealed = sealText(newTotpSecret(), 'totp-secret');
  return db.transaction(async (tx) => {
    const started = await tx
      .update(users)
      .set({ totpSecret: sealed, totpLastStep: null, updatedAt: now() })
      .where(and(eq(users.id, viewer.id), isNull(users.totpEnabledAt)))
      .returning({ id: users.id });
    if (!started.length) return { ok: false, reason: 'already_enabled' } as const;
    await recordEvent(tx, ownAccountEvent(viewer, 'user.2fa_enrolment_started'));
    return { ok: true } as const;
  });
}

/**
 * A code from the app proves it holds the key: two-factor sign-in is on, recovery codes given
 * once, and the account's session version moves on (its other sessions end). The code is a
 * re-authentication step like the others: it takes an attempt in the sign-in throttle
 * (account and address) before it is checked, a wrong one counts towards the lock, a right
 * one ends the run of failures; a request that checks no code gives its attempt back.
 */
export async function confirmEnrolment(
  viewer: Viewer,
  code: string,
  session: { id: string; version: number },
  meta: Meta,
  at = wallClock(),
): Promise<
  { ok: true; recoveryCodes: string[]; sessionVersion: number } | { ok: false; reason: TwoFactorRefusal }
> {
  const keys = attemptKeys(viewer.login, meta.address);
  const attempt = await takeAttempt(db, keys, expiryClock());
  const failed = (executor: Executor, reason: 'wrong_code' | 'throttled') =>
    recordEvent(
      executor,
      ownAccountEvent(viewer, 'user.2fa_enrolment_failed', {
        address: meta.address,
        reason,
        ...(attempt.locked ? { locked: true } : {}),
      }),
    );
  if (!attempt.taken) {
    // Of the attempts a lock refuses, only the first is written (db/queries/throttle.ts).
    if (attempt.logRefusal) await failed(db, 'throttled');
    return { ok: false, reason: 'throttled' };
  }
  const result = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt })
      .from(users)
      .where(eq(users.id, viewer.id))
      .for('update');
    if (row?.enabledAt) return { ok: false, reason: 'already_enabled' } as const;
    const secret = row?.secret ? openText(row.secret, 'totp-secret') : null;
    if (!secret) return { ok: false, reason: 'not_pending' } as const;
    const step = matchTotp(secret, code, at);
    if (step === null) {
      await noteFailure(tx, viewer.id, attempt);
      await failed(tx, 'wrong_code');
      return { ok: false, reason: 'wrong_code' } as const;
    }
    await attemptSucceeded(tx, attempt, viewer.id);
    const { codes, hashes } = newRecoveryCodes();
    // Every other session of the account ends: one opened with the password alone (by whoever
    // else knew it) must not outlive the second factor. This one is carried over.
    const [enabled] = await tx
      .update(users)
      .set({
        totpEnabledAt: now(),
        totpLastStep: step,
        recoveryCodeHashes: hashes,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: now(),
      })
      .where(eq(users.id, viewer.id))
      .returning({ sessionVersion: users.sessionVersion });
    await carrySession(tx, viewer.id, session, enabled.sessionVersion);
    await revokeTokensInForce(tx, viewer.id, expiryClock(), ownAccountEvent(viewer, ''), '2fa_enabled');
    await recordEvent(tx, ownAccountEvent(viewer, 'user.2fa_enabled'));
    return { ok: true, recoveryCodes: codes, sessionVersion: enabled.sessionVersion } as const;
  });
  if (!result.ok && result.reason !== 'wrong_code') for (const key of keys) await giveBack(db, attempt, key);
  return result;
}

/**
 * Keeps one session valid over a move of its account's session version (see carriedSessions
 * in db/schema.ts); the account's earlier carried sessions were valid only at the old version.
 */
async function carrySession(
  tx: Executor,
  userId: number,
  session: { id: string; version: number },
  toVersion: number,
): Promise<void> {
  await tx.delete(carriedSessions).where(eq(carriedSessions.userId, userId));
  if (!session.id || !Number.isInteger(session.version)) return;
  await tx
    .insert(carriedSessions)
    .values({ sid: session.id, userId, fromVersion: session.version, toVersion })
    .onConflictDoNothing();
}

type SecondFactorHolder = { id: number; totpSecret: string | null };

/**
 * Uses a one-time code or a recovery code of an account, in the caller's transaction: a
 * code's step must come after the last one accepted (a code seen twice is refused), and a
 * recovery code is removed as it is used. Each check is one conditional UPDATE, so that two
 * requests racing with the same code cannot both succeed.
 */
export async function consumeSecondFactor(
  tx: Executor,
  user: SecondFactorHolder,
  input: string,
  at = wallClock(),
): Promise<SecondFactorMethod | null> {
  const code = normaliseCode(input);
  if (looksLikeTotp(code)) {
    const secret = user.totpSecret ? openText(user.totpSecret, 'totp-secret') : null;
    const step = secret ? matchTotp(secret, code, at) : null;
    if (step === null) return null;
    const used = await tx
      .update(users)
      .set({ totpLastStep: step })
      .where(
        and(
          eq(users.id, user.id),
          isNotNull(users.totpEnabledAt),
          or(isNull(users.totpLastStep), lt(users.totpLastStep, step)),
        ),
      )
      .returning({ id: users.id });
    return used.length ? 'totp' : null;
  }
  if (looksLikeRecoveryCode(code)) {
    const hash = hashRecoveryCode(code);
    const used = await tx
      .update(users)
      .set({ recoveryCodeHashes: sql`array_remove(${users.recoveryCodeHashes}, ${hash})` })
      .where(
        and(
          eq(users.id, user.id),
          isNotNull(users.totpEnabledAt),
          sql`${hash} = ANY(${users.recoveryCodeHashes})`,
        ),
      )
      .returning({ id: users.id });
    return used.length ? 'recovery_code' : null;
  }
  return null;
}

/**
 * Changes to a running two-factor set-up need proof that it is its owner at the keyboard, not
 * someone at an unlocked screen: a current code, a recovery code or the password. The caller
 * has taken an attempt in the sign-in throttle first (see withProof).
 */
async function proveOwner(tx: Executor, viewer: Viewer, proof: string, at: Date): Promise<boolean> {
  const [row] = await tx
    .select({ id: users.id, totpSecret: users.totpSecret, hash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, viewer.id), isNotNull(users.totpEnabledAt)))
    .for('update');
  if (!row) return false;
  const code = normaliseCode(proof);
  if (looksLikeTotp(code) || looksLikeRecoveryCode(code)) {
    if (await consumeSecondFactor(tx, row, proof, at)) return true;
  }
  return verifyPassword(row.hash, proof);
}

async function isEnabled(viewer: Viewer): Promise<boolean> {
  const [row] = await db
    .select({ enabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, viewer.id));
  return !!row?.enabledAt;
}

/**
 * Runs a change that needs proof of the owner: the proof takes an attempt in the sign-in
 * throttle (account and address) before it is checked, like a password at sign-in; a right
 * one ends the account's run of failures, a wrong one counts towards its lock.
 */
async function withProof<T>(
  viewer: Viewer,
  proof: string,
  meta: Meta,
  at: Date,
  change: string,
  apply: (tx: Executor) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; reason: 'wrong_proof' | 'throttled' }> {
  const lockAt = expiryClock();
  const keys = attemptKeys(viewer.login, meta.address);
  const attempt = await takeAttempt(db, keys, lockAt);
  const result = attempt.taken
    ? await db.transaction(async (tx) => {
        if (!(await proveOwner(tx, viewer, proof, at))) return null;
        await attemptSucceeded(tx, attempt, viewer.id);
        return { value: await apply(tx) };
      })
    : null;
  if (result) return { ok: true, value: result.value };
  // Of the attempts a lock refuses, only the first is written (db/queries/throttle.ts).
  if (!attempt.taken && !attempt.logRefusal) return { ok: false, reason: 'throttled' };
  await db.transaction(async (tx) => {
    if (attempt.taken) await noteFailure(tx, viewer.id, attempt);
    await recordEvent(
      tx,
      ownAccountEvent(viewer, 'user.2fa_proof_failed', {
        change,
        address: meta.address,
        reason: attempt.taken ? 'wrong_proof' : 'throttled',
        ...(attempt.locked ? { locked: true } : {}),
      }),
    );
  });
  return { ok: false, reason: attempt.taken ? 'wrong_proof' : 'throttled' };
}

/** Switches two-factor sign-in off (not for an administrator when it is required of them). */
export async function disableTwoFactor(
  viewer: Viewer,
  proof: string,
  meta: Meta,
  at = wallClock(),
): Promise<{ ok: true } | { ok: false; reason: TwoFactorRefusal }> {
  if (viewer.role === 'admin' && adminTwoFactorRequired()) return { ok: false, reason: 'required' };
  if (!(await isEnabled(viewer))) return { ok: false, reason: 'not_enabled' };
  const result = await withProof(viewer, proof, meta, at, 'disable', async (tx) => {
    await tx
      .update(users)
      .set({
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        recoveryCodeHashes: sql`'{}'::text[]`,
        updatedAt: now(),
      })
      .where(eq(users.id, viewer.id));
    await recordEvent(tx, ownAccountEvent(viewer, 'user.2fa_disabled'));
  });
  return result.ok ? { ok: true } : result;
}

/** Ten new recovery codes; the old ones stop working. */
export async function regenerateRecoveryCodes(
  viewer: Viewer,
  proof: string,
  meta: Meta,
  at = wallClock(),
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; reason: TwoFactorRefusal }> {
  if (!(await isEnabled(viewer))) return { ok: false, reason: 'not_enabled' };
  const result = await withProof(viewer, proof, meta, at, 'recovery_codes', async (tx) => {
    const { codes, hashes } = newRecoveryCodes();
    await tx
      .update(users)
      .set({ recoveryCodeHashes: hashes, updatedAt: now() })
      .where(eq(users.id, viewer.id));
    await recordEvent(tx, ownAccountEvent(viewer, 'user.2fa_recovery_codes_regenerated'));
    return codes;
  });
  return result.ok ? { ok: true, recoveryCodes: result.value } : result;
}
