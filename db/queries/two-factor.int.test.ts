import { and, desc, eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/index';
import { events, loginChallenges, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { newNonce } from '@/lib/auth/login-challenge';
import { totpCode } from '@/lib/auth/totp';
import { TEST_NOW } from '@/tests/setup/database';
import { viewerFor } from '@/tests/viewers';
import { wrongCodes } from '@/tests/wrong-codes';
import { completeSecondFactor, signInWithPassword } from './auth';
import {
  beginEnrolment,
  confirmEnrolment,
  disableTwoFactor,
  regenerateRecoveryCodes,
  twoFactorStatus,
} from './two-factor';
import { resetTwoFactor } from './user-admin';
import { loadViewer } from './viewer';

beforeAll(() => {
  vi.stubEnv('AUTH_SECRET', 'integration-test-secret-integration-test');
});
afterEach(() => vi.unstubAllEnvs());

// Codes come from the real clock (a phone does not know the tests' fixed "now").
const codeAt = (secret: string, steps = 0) => totpCode(secret, new Date(Date.now() + steps * 30_000));
const userRow = async (login: string) => (await db.select().from(users).where(eq(users.login, login)))[0];
const lastEvent = async (login: string) =>
  (
    await db
      .select()
      .from(events)
      .where(
        and(
          eq(events.entityType, 'user'),
          sql`(${events.entityCode} = ${login} OR ${events.data}->>'login' = ${login})`,
        ),
      )
      .orderBy(desc(events.id))
      .limit(1)
  )[0];

/** Sets up two-factor sign-in for a demo account, as the account page does. */
async function enrol(login: string) {
  const viewer = await viewerFor(login);
  expect(await beginEnrolment(viewer)).toEqual({ ok: true });
  const secret = (await twoFactorStatus(viewer)).pending?.secret;
  if (!secret) throw new Error('no pending secret');
  const session = { id: `session-${login}`, version: (await userRow(login)).sessionVersion };
  // The instant of the confirming code: its step is spent, whichever step the clock is in later.
  const confirmedAt = new Date();
  const confirmed = await confirmEnrolment(viewer, totpCode(secret, confirmedAt), session, { address: null });
  if (!confirmed.ok) throw new Error(confirmed.reason);
  return { viewer, secret, confirmedAt, codes: confirmed.recoveryCodes };
}

/** The password step of an account with two-factor sign-in: the nonce of its challenge. */
async function passwordStep(login: string, password = DEMO_PASSWORD): Promise<string> {
  const outcome = await signInWithPassword(login, password, { address: null });
  if (outcome.kind !== 'second_factor') throw new Error(`expected a code step, got ${outcome.kind}`);
  return outcome.nonce;
}

describe('setting up two-factor sign-in', () => {
  it('keeps the key sealed and not in force until a code from it confirms it', async () => {
    const viewer = await viewerFor('hp.danvan');
    expect(await twoFactorStatus(viewer)).toMatchObject({ enabled: false, pending: null });
    await beginEnrolment(viewer);
    const status = await twoFactorStatus(viewer);
    const secret = status.pending?.secret ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(status.pending?.uri).toContain('otpauth://totp/NQ23%20Tracker:hp.danvan');
    const row = await userRow('hp.danvan');
    expect(row.totpSecret).not.toContain(secret);
    expect(row.totpEnabledAt).toBeNull();
    // Not in force yet: the password alone still signs in.
    expect((await signInWithPassword('hp.danvan', DEMO_PASSWORD, { address: null })).kind).toBe('signed_in');

    const session = { id: 'session-a', version: row.sessionVersion };
    expect(await confirmEnrolment(viewer, wrongCodes(secret)[0], session, { address: null })).toEqual({
      ok: false,
      reason: 'wrong_code',
    });
    const confirmed = await confirmEnrolment(viewer, codeAt(secret), session, { address: null });
    expect(confirmed.ok && confirmed.recoveryCodes).toHaveLength(10);
    expect(await twoFactorStatus(viewer)).toMatchObject({
      enabled: true,
      recoveryCodesLeft: 10,
      pending: null,
    });
    expect((await lastEvent('hp.danvan')).action).toBe('user.2fa_enabled');
    expect(await beginEnrolment(viewer)).toEqual({ ok: false, reason: 'already_enabled' });
    const row2 = await userRow('hp.danvan');
    expect((await loadViewer(row2.id, row2.sessionVersion))?.twoFactorEnabled).toBe(true);
  });
});

describe('signing in with a code', () => {
  it('asks for the code after the right password only, signs in only with both, never takes a code twice', async () => {
    const { secret, confirmedAt } = await enrol('hp.mttq');
    const before = await userRow('hp.mttq');

    const right = await passwordStep('hp.mttq');
    expect((await lastEvent('hp.mttq')).action).toBe('auth.password_verified');
    expect((await userRow('hp.mttq')).lastLoginAt).toEqual(before.lastLoginAt);
    // A wrong password is refused there and then, as for an unknown login: no challenge.
    expect(await signInWithPassword('hp.mttq', 'not-the-password', { address: null })).toEqual({
      kind: 'refused',
    });
    expect(await signInWithPassword('no.such.login', 'not-the-password', { address: null })).toEqual({
      kind: 'refused',
    });

    // The step used to confirm the set-up is spent already: refused, and the challenge with it.
    expect(await completeSecondFactor(right, totpCode(secret, confirmedAt), { address: null })).toBeNull();
    expect((await lastEvent('hp.mttq')).data).toMatchObject({ reason: 'wrong_code' });
    expect(await completeSecondFactor(right, codeAt(secret, 1), { address: null })).toBeNull();

    const again = await passwordStep('hp.mttq');
    const user = await completeSecondFactor(again, codeAt(secret, 1), { address: null });
    expect(user?.displayName).toBe('Cán bộ Ủy ban MTTQ thành phố');
    expect(await lastEvent('hp.mttq')).toMatchObject({
      action: 'auth.login',
      data: { secondFactor: 'totp' },
    });
    expect(await completeSecondFactor(again, codeAt(secret, 1), { address: null })).toBeNull();
  });

  it('refuses a challenge that was never opened, without checking or writing anything', async () => {
    const { secret } = await enrol('hp.dieuphoi');
    const [{ n: eventsBefore }] = await db.select({ n: sql<number>`count(*)::int` }).from(events);
    expect(await completeSecondFactor(newNonce(), codeAt(secret, 1), { address: null })).toBeNull();
    const [{ n: eventsAfter }] = await db.select({ n: sql<number>`count(*)::int` }).from(events);
    expect(eventsAfter).toBe(eventsBefore);
    // Nor one that has expired (five minutes).
    const nonce = await passwordStep('hp.dieuphoi');
    await db.update(loginChallenges).set({ expiresAt: new Date(Date.parse(TEST_NOW) - 1) });
    expect(await completeSecondFactor(nonce, codeAt(secret, 1), { address: null })).toBeNull();
  });

  it('takes each recovery code once', async () => {
    const { viewer, codes } = await enrol('bnv');
    expect(
      await completeSecondFactor(await passwordStep('bnv'), codes[0].toLowerCase(), { address: null }),
    ).not.toBeNull();
    expect(await lastEvent('bnv')).toMatchObject({ data: { secondFactor: 'recovery_code' } });
    expect((await twoFactorStatus(viewer)).recoveryCodesLeft).toBe(9);
    expect(await completeSecondFactor(await passwordStep('bnv'), codes[0], { address: null })).toBeNull();
    expect(
      await completeSecondFactor(await passwordStep('bnv'), codes[1].replace('-', ' '), { address: null }),
    ).not.toBeNull();
  });

  it('counts wrong codes in the sign-in lockout, and ends a challenge older than a password change', async () => {
    const { secret } = await enrol('hp.lanhdao');
    for (let i = 0; i < 5; i++) {
      const nonce = await passwordStep('hp.lanhdao');
      expect(await completeSecondFactor(nonce, '12345', { address: '192.0.2.5' })).toBeNull();
    }
    expect((await userRow('hp.lanhdao')).lockedUntil).not.toBeNull();
    expect((await signInWithPassword('hp.lanhdao', DEMO_PASSWORD, { address: null })).kind).toBe('refused');
    expect((await lastEvent('hp.lanhdao')).data).toMatchObject({ reason: 'throttled' });

    await db.update(users).set({ lockedUntil: null }).where(eq(users.login, 'hp.lanhdao'));
    await db.execute(sql`DELETE FROM login_throttles`);
    const stale = await passwordStep('hp.lanhdao');
    await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.login, 'hp.lanhdao'));
    expect(await completeSecondFactor(stale, codeAt(secret, 1), { address: null })).toBeNull();
    expect(
      await completeSecondFactor(await passwordStep('hp.lanhdao'), codeAt(secret, 1), { address: null }),
    ).not.toBeNull();
  });
});

describe('changing a running set-up', () => {
  it('regenerates recovery codes and switches off only with proof of the owner', async () => {
    const { viewer, secret, codes } = await enrol('dieuphoi');
    expect(await regenerateRecoveryCodes(viewer, 'wrong-password', { address: null })).toEqual({
      ok: false,
      reason: 'wrong_proof',
    });
    expect((await lastEvent('dieuphoi')).action).toBe('user.2fa_proof_failed');
    const regenerated = await regenerateRecoveryCodes(viewer, codeAt(secret, 1), { address: null });
    expect(regenerated.ok).toBe(true);
    // The old codes are gone.
    expect(
      await completeSecondFactor(await passwordStep('dieuphoi'), codes[0], { address: null }),
    ).toBeNull();
    expect(await disableTwoFactor(viewer, wrongCodes(secret)[0], { address: null })).toEqual({
      ok: false,
      reason: 'wrong_proof',
    });
    expect(await disableTwoFactor(viewer, DEMO_PASSWORD, { address: null })).toEqual({ ok: true });
    expect(await userRow('dieuphoi')).toMatchObject({
      totpSecret: null,
      totpEnabledAt: null,
      recoveryCodeHashes: [],
    });
    expect((await lastEvent('dieuphoi')).action).toBe('user.2fa_disabled');
    expect((await signInWithPassword('dieuphoi', DEMO_PASSWORD, { address: null })).kind).toBe('signed_in');
  });

  it('keeps an administrator from switching it off when it is required', async () => {
    vi.stubEnv('REQUIRE_ADMIN_2FA', '1');
    const { viewer } = await enrol('quantri');
    expect(await disableTwoFactor(viewer, DEMO_PASSWORD, { address: null })).toEqual({
      ok: false,
      reason: 'required',
    });
    expect((await twoFactorStatus(viewer)).enabled).toBe(true);
  });

  it('lets an administrator reset it for a user who lost their phone, ending their sessions', async () => {
    await enrol('lanhdao');
    const before = await userRow('lanhdao');
    const admin = await viewerFor('quantri');
    expect(await resetTwoFactor(admin, 'lanhdao')).toEqual({ ok: true });
    const after = await userRow('lanhdao');
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, recoveryCodeHashes: [] });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await loadViewer(before.id, before.sessionVersion)).toBeNull();
    expect(await lastEvent('lanhdao')).toMatchObject({ action: 'user.2fa_reset', actorId: admin.id });
    const official = await viewerFor('hp.danvan');
    expect(await resetTwoFactor(official, 'lanhdao')).toEqual({ ok: false, reason: 'not_found' });
  });
});
