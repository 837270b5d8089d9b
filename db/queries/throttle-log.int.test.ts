import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/index';
import { events, loginThrottles, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { totpCode } from '@/lib/auth/totp';
import { setClock } from '@/lib/clock';
import { TEST_NOW } from '@/tests/setup/database';
import { viewerFor } from '@/tests/viewers';
import { wrongCodes } from '@/tests/wrong-codes';
import { changeOwnPassword } from './account';
import { authenticate, recordRejectedLogin } from './auth';
import { beginEnrolment, confirmEnrolment, disableTwoFactor, twoFactorStatus } from './two-factor';

/**
 * A locked key writes one `throttled` event per lock however many attempts it refuses, in
 * parallel too; the refusals are counted on the lock and reported in one event after it.
 */
beforeAll(() => {
  vi.stubEnv('AUTH_SECRET', 'integration-test-secret-integration-test');
});
afterEach(() => setClock(TEST_NOW));

const later = (ms: number) => setClock(new Date(Date.parse(TEST_NOW) + ms));
const AFTER_LOCK = 15 * 60_000 + 1000;

async function countEvents(action: string, reason: string, login: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(events)
    .where(
      and(
        eq(events.action, action),
        sql`${events.data}->>'reason' = ${reason}`,
        sql`(lower(${events.data}->>'login') = ${login} OR ${events.entityCode} = ${login})`,
      ),
    );
  return row.n;
}

const throttleRow = async (key: string) =>
  (await db.select().from(loginThrottles).where(eq(loginThrottles.key, key)))[0];

const lockRefusals = (key: string) =>
  db
    .select({ refused: sql<number>`(${events.data}->>'refused')::int` })
    .from(events)
    .where(and(eq(events.action, 'auth.lock_refusals'), sql`${events.data}->>'key' = ${key}`));

async function lockAccount(login: string) {
  for (let i = 0; i < 5; i++) await authenticate(login, `wrong-${i}`, { address: null });
  expect((await throttleRow(`login:${login}`)).lockedUntil).not.toBeNull();
}

describe('the log of a locked key stays bounded', () => {
  it('300 parallel attempts against a locked account: one throttled event, 300 refusals counted and reported once', async () => {
    await lockAccount('hp.mttq');
    const outcomes = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        authenticate('hp.mttq', i % 2 ? DEMO_PASSWORD : `guess-${i}`, {
          address: `198.51.${Math.floor(i / 250)}.${(i % 250) + 1}`,
        }),
      ),
    );
    expect(outcomes.every((outcome) => outcome === null)).toBe(true);
    expect(await countEvents('auth.login_failed', 'throttled', 'hp.mttq')).toBe(1);
    // What an operator reads while the lock lasts.
    expect((await throttleRow('login:hp.mttq')).refused).toBe(300);

    // The first attempt after the lock reports the count, once, and starts a fresh one.
    later(AFTER_LOCK);
    expect(await authenticate('hp.mttq', 'wrong-again', { address: null })).toBeNull();
    expect(await authenticate('hp.mttq', DEMO_PASSWORD, { address: null })).not.toBeNull();
    expect(await lockRefusals('login:hp.mttq')).toEqual([{ refused: 300 }]);
    expect(await countEvents('auth.login_failed', 'throttled', 'hp.mttq')).toBe(1);

    // A second lock gets its own first event and its own count.
    await lockAccount('hp.mttq');
    for (let i = 0; i < 3; i++) await authenticate('hp.mttq', DEMO_PASSWORD, { address: null });
    expect(await countEvents('auth.login_failed', 'throttled', 'hp.mttq')).toBe(2);
    later(2 * AFTER_LOCK);
    expect(await authenticate('hp.mttq', DEMO_PASSWORD, { address: null })).not.toBeNull();
    expect((await lockRefusals('login:hp.mttq')).map((row) => row.refused).sort()).toEqual([3, 300]);
  });

  it('a locked address: one event however many logins it tries', async () => {
    for (let i = 0; i < 30; i++) await authenticate(`nobody.${i}`, 'guess', { address: '192.0.2.44' });
    await Promise.all(
      Array.from({ length: 100 }, (_, i) => authenticate(`other.${i}`, 'guess', { address: '192.0.2.44' })),
    );
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(events)
      .where(sql`${events.data}->>'address' = '192.0.2.44' AND ${events.data}->>'reason' = 'throttled'`);
    expect(row.n).toBe(1);
    expect((await throttleRow('addr:192.0.2.44')).refused).toBe(100);
  });

  it('oversized fields against a locked key: one event', async () => {
    const login = `z${'q'.repeat(200)}`;
    await Promise.all(Array.from({ length: 200 }, () => recordRejectedLogin(login, { address: null })));
    const key = `login:${login.slice(0, 64)}`;
    const recorded = await countEvents('auth.login_failed', 'invalid_input', login.slice(0, 64));
    expect(recorded).toBeLessThanOrEqual(5);
    expect(await countEvents('auth.login_failed', 'throttled', login.slice(0, 64))).toBe(1);
    expect((await throttleRow(key)).refused).toBe(200 - recorded);
  });

  it('re-authentication refused by a lock: one event', async () => {
    const viewer = await viewerFor('dieuphoi');
    await lockAccount('dieuphoi');
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        changeOwnPassword(viewer, DEMO_PASSWORD, 'Mot-Cau-Dai-2026', { address: null }),
      ),
    );
    expect(results.every((result) => !result.ok && result.reason === 'throttled')).toBe(true);
    expect(await countEvents('user.password_change_failed', 'throttled', 'dieuphoi')).toBe(1);
    expect((await throttleRow('login:dieuphoi')).refused).toBe(100);
  });
});

async function startEnrolment(login: string) {
  const viewer = await viewerFor(login);
  await beginEnrolment(viewer);
  const secret = (await twoFactorStatus(viewer)).pending?.secret ?? '';
  const [row] = await db.select().from(users).where(eq(users.login, login));
  return { viewer, secret, session: { id: `session-${login}`, version: row.sessionVersion } };
}

describe('confirming two-factor set-up counts in the re-authentication throttle', () => {
  it('wrong codes lock the account (sign-in too); a right code is then refused until the lock ends', async () => {
    const { viewer, secret, session } = await startEnrolment('hp.danvan');
    const results = await Promise.all(
      wrongCodes(secret, 20).map((code) =>
        confirmEnrolment(viewer, code, session, { address: '203.0.113.50' }),
      ),
    );
    const reasons = results.map((result) => (result.ok ? 'ok' : result.reason));
    expect(reasons.filter((reason) => reason === 'wrong_code').length).toBeLessThanOrEqual(5);
    expect(reasons.filter((reason) => reason === 'throttled').length).toBeGreaterThanOrEqual(15);
    expect(await countEvents('user.2fa_enrolment_failed', 'wrong_code', 'hp.danvan')).toBeLessThanOrEqual(5);
    expect(await countEvents('user.2fa_enrolment_failed', 'throttled', 'hp.danvan')).toBe(1);
    const [user] = await db.select().from(users).where(eq(users.login, 'hp.danvan'));
    expect(user.lockedUntil).not.toBeNull();

    expect(await confirmEnrolment(viewer, totpCode(secret, new Date()), session, { address: null })).toEqual({
      ok: false,
      reason: 'throttled',
    });
    expect((await twoFactorStatus(viewer)).enabled).toBe(false);
    expect(await authenticate('hp.danvan', DEMO_PASSWORD, { address: null })).toBeNull();

    later(AFTER_LOCK);
    const confirmed = await confirmEnrolment(viewer, totpCode(secret, new Date()), session, {
      address: null,
    });
    expect(confirmed.ok).toBe(true);
    // A right code ends the run of failures, like a right password.
    expect(await throttleRow('login:hp.danvan')).toBeUndefined();
  });

  it('a wrong code counts as a failure; a request that checks no code does not', async () => {
    const { viewer, secret, session } = await startEnrolment('bnv');
    for (const wrong of wrongCodes(secret, 4))
      await confirmEnrolment(viewer, wrong, session, { address: null });
    expect((await throttleRow('login:bnv')).failures).toBe(4);
    const code = totpCode(secret, new Date());
    expect((await confirmEnrolment(viewer, code, session, { address: null })).ok).toBe(true);
    // Already on: nothing is checked, nothing counted.
    for (let i = 0; i < 6; i++) {
      expect(await confirmEnrolment(viewer, '000000', session, { address: null })).toEqual({
        ok: false,
        reason: 'already_enabled',
      });
    }
    expect((await throttleRow('login:bnv'))?.failures ?? 0).toBe(0);
    expect((await disableTwoFactor(viewer, DEMO_PASSWORD, { address: null })).ok).toBe(true);
  });
});
