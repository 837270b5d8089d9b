import { and, eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/index';
import { events, loginThrottles, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { totpCode } from '@/lib/auth/totp';
import { setClock } from '@/lib/clock';
import { TEST_NOW } from '@/tests/setup/database';
import { viewerFor } from '@/tests/viewers';
import { changeOwnPassword } from './account';
import { authenticate, completeSecondFactor, recordRejectedLogin, signInWithPassword } from './auth';
import * as twoFactor from './two-factor';
import { beginEnrolment, confirmEnrolment, disableTwoFactor, twoFactorStatus } from './two-factor';
import { loadViewer } from './viewer';

/**
 * Sign-in under parallel requests: the attempt is taken (and the lock decided) in one
 * statement before anything is verified, so bursts verify no more than the limit, on PGlite
 * and on PostgreSQL (whose pool runs the requests on several connections at once).
 */
vi.mock('./two-factor', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./two-factor')>();
  return { ...actual, consumeSecondFactor: vi.fn(actual.consumeSecondFactor) };
});
const consumeSpy = vi.mocked(twoFactor.consumeSecondFactor);

beforeAll(() => {
  vi.stubEnv('AUTH_SECRET', 'integration-test-secret-integration-test');
});
afterEach(() => setClock(TEST_NOW));

const later = (ms: number) => setClock(new Date(Date.parse(TEST_NOW) + ms));
const FIFTEEN_MINUTES = 15 * 60_000;

/** The reasons of the failed sign-ins of a login, counted. */
async function failureReasons(login: string): Promise<Record<string, number>> {
  const rows = await db
    .select({ reason: sql<string>`${events.data}->>'reason'`, n: sql<number>`count(*)::int` })
    .from(events)
    .where(and(eq(events.action, 'auth.login_failed'), sql`lower(${events.data}->>'login') = ${login}`))
    .groupBy(sql`1`);
  return Object.fromEntries(rows.map((row) => [row.reason, row.n]));
}

async function enrol(login: string) {
  const viewer = await viewerFor(login);
  await beginEnrolment(viewer);
  const secret = (await twoFactorStatus(viewer)).pending?.secret ?? '';
  const [row] = await db.select().from(users).where(eq(users.login, login));
  const confirmed = await confirmEnrolment(
    viewer,
    totpCode(secret, new Date()),
    { id: `session-${login}`, version: row.sessionVersion },
    { address: null },
  );
  if (!confirmed.ok) throw new Error(confirmed.reason);
  return { viewer, secret, confirmed };
}

describe('a burst of parallel sign-ins', () => {
  it('100 wrong passwords for one account: at most 5 verified, the rest throttled; then locked for 15 minutes', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        authenticate('hp.mttq', `wrong-guess-${i}`, { address: `198.51.100.${i + 1}` }),
      ),
    );
    expect(outcomes.every((outcome) => outcome === null)).toBe(true);
    const reasons = await failureReasons('hp.mttq');
    expect(reasons.wrong_password).toBeGreaterThanOrEqual(1);
    expect(reasons.wrong_password).toBeLessThanOrEqual(5);
    // One refusal of the lock is written; the others are counted on it (throttle-log.int.test.ts).
    expect(reasons.throttled).toBe(1);
    const [locked] = await db.select().from(loginThrottles).where(eq(loginThrottles.key, 'login:hp.mttq'));
    expect(locked.refused).toBe(100 - reasons.wrong_password);

    // The right password is refused until the lock ends, whatever the address.
    expect(await authenticate('hp.mttq', DEMO_PASSWORD, { address: '203.0.113.1' })).toBeNull();
    later(FIFTEEN_MINUTES - 1000);
    expect(await authenticate('hp.mttq', DEMO_PASSWORD, { address: '203.0.113.2' })).toBeNull();
    expect((await failureReasons('hp.mttq')).wrong_password).toBe(reasons.wrong_password);
    later(FIFTEEN_MINUTES + 1000);
    expect(await authenticate('hp.mttq', DEMO_PASSWORD, { address: '203.0.113.3' })).not.toBeNull();
  });

  it('60 wrong passwords from one address over many logins: at most 30 verified', async () => {
    await Promise.all(
      Array.from({ length: 60 }, (_, i) => authenticate(`burst.${i}`, 'guess', { address: '192.0.2.99' })),
    );
    const [{ verified, throttled }] = await db
      .select({
        verified: sql<number>`count(*) FILTER (WHERE ${events.data}->>'reason' = 'unknown_login')::int`,
        throttled: sql<number>`count(*) FILTER (WHERE ${events.data}->>'reason' = 'throttled')::int`,
      })
      .from(events)
      .where(sql`${events.data}->>'address' = '192.0.2.99'`);
    expect(verified).toBeLessThanOrEqual(30);
    expect(throttled).toBe(1);
    const [address] = await db.select().from(loginThrottles).where(eq(loginThrottles.key, 'addr:192.0.2.99'));
    expect(verified + address.refused).toBe(60);
    expect(await authenticate('bnv', DEMO_PASSWORD, { address: '192.0.2.99' })).toBeNull();
    expect(await authenticate('bnv', DEMO_PASSWORD, { address: '192.0.2.100' })).not.toBeNull();
  });

  it('200 codes against one challenge: at most one is checked', async () => {
    const { secret } = await enrol('hp.danvan');
    const outcome = await signInWithPassword('hp.danvan', DEMO_PASSWORD, { address: null });
    if (outcome.kind !== 'second_factor') throw new Error(outcome.kind);
    consumeSpy.mockClear();
    const right = totpCode(secret, new Date(Date.now() + 30_000));
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        completeSecondFactor(outcome.nonce, i === 199 ? right : String(100000 + i), { address: null }),
      ),
    );
    expect(consumeSpy.mock.calls.length).toBeLessThanOrEqual(1);
    const checked = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(events)
      .where(
        sql`${events.data}->>'login' = 'hp.danvan' AND (${events.action} = 'auth.login' OR ${events.data}->>'reason' = 'wrong_code')`,
      );
    expect(checked[0].n).toBeLessThanOrEqual(1);
    expect(results.filter(Boolean).length).toBeLessThanOrEqual(1);
  });

  it('a right password of a two-factor account neither counts as a failure nor clears the run', async () => {
    const { secret } = await enrol('hp.lanhdao');
    for (let i = 0; i < 4; i++) await authenticate('hp.lanhdao', 'wrong', { address: null });
    const outcome = await signInWithPassword('hp.lanhdao', DEMO_PASSWORD, { address: null });
    expect(outcome.kind).toBe('second_factor');
    const [row] = await db.select().from(loginThrottles).where(eq(loginThrottles.key, 'login:hp.lanhdao'));
    expect(row).toMatchObject({ failures: 4, lockedUntil: null });
    if (outcome.kind !== 'second_factor') return;
    const code = totpCode(secret, new Date(Date.now() + 30_000));
    expect(await completeSecondFactor(outcome.nonce, code, { address: null })).not.toBeNull();
  });
});

describe('everything that checks a password counts in the same throttle', () => {
  it('oversized fields: at most 5 recorded as such per login, then throttled like any failure', async () => {
    const login = `x${'y'.repeat(300)}`;
    await Promise.all(Array.from({ length: 40 }, () => recordRejectedLogin(login, { address: null })));
    const reasons = await failureReasons(login.slice(0, 64));
    expect(reasons.invalid_input).toBeLessThanOrEqual(5);
    expect(reasons.throttled).toBe(1);
    // Locked like any account key: a right password for that key would be refused too.
    const [row] = await db.select().from(loginThrottles).where(sql`${loginThrottles.key} LIKE 'login:xyyy%'`);
    expect(row.lockedUntil).not.toBeNull();
    expect(row.refused).toBe(40 - reasons.invalid_input);
  });

  it('re-authentication: wrong current passwords lock the account, for sign-in too', async () => {
    const viewer = await viewerFor('dieuphoi');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        changeOwnPassword(viewer, `wrong-${i}`, 'Mot-Cau-Dai-2026', { address: null }),
      ),
    );
    const reasons = results.map((result) => (result.ok ? 'ok' : result.reason));
    expect(reasons.filter((reason) => reason === 'wrong_current').length).toBeLessThanOrEqual(5);
    expect(reasons.filter((reason) => reason === 'throttled').length).toBeGreaterThanOrEqual(15);
    expect(await changeOwnPassword(viewer, DEMO_PASSWORD, 'Mot-Cau-Dai-2026', { address: null })).toEqual({
      ok: false,
      reason: 'throttled',
    });
    expect(await authenticate('dieuphoi', DEMO_PASSWORD, { address: null })).toBeNull();
  });

  it('re-authentication: the proof to turn off two-factor sign-in is throttled too', async () => {
    const { viewer } = await enrol('lanhdao');
    const results = await Promise.all(
      Array.from({ length: 12 }, () => disableTwoFactor(viewer, 'not-the-password', { address: null })),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'wrong_proof').length).toBeLessThanOrEqual(5);
    expect(await disableTwoFactor(viewer, DEMO_PASSWORD, { address: null })).toEqual({
      ok: false,
      reason: 'throttled',
    });
    expect((await twoFactorStatus(viewer)).enabled).toBe(true);
  });

  it('a right proof ends the run of failures', async () => {
    const viewer = await viewerFor('hp.dieuphoi');
    for (let i = 0; i < 4; i++)
      await changeOwnPassword(viewer, 'wrong', 'Mot-Cau-Dai-2026', { address: null });
    expect(await changeOwnPassword(viewer, DEMO_PASSWORD, 'Mot-Cau-Dai-2026', { address: null })).toEqual({
      ok: true,
    });
    expect(await db.select().from(loginThrottles).where(eq(loginThrottles.key, 'login:hp.dieuphoi'))).toEqual(
      [],
    );
  });
});

describe('turning on two-factor sign-in', () => {
  it("ends the account's other sessions and carries over the one that turned it on", async () => {
    const [before] = await db.select().from(users).where(eq(users.login, 'quantri'));
    const sv = before.sessionVersion;
    expect(await loadViewer(before.id, sv, 'session-elsewhere')).not.toBeNull();
    const { confirmed } = await enrol('quantri');
    expect(confirmed.ok && confirmed.sessionVersion).toBe(sv + 1);
    expect(await loadViewer(before.id, sv, 'session-elsewhere')).toBeNull();
    expect(await loadViewer(before.id, sv, 'session-quantri')).not.toBeNull();
    // Carried over one move only: the next one (a sign-out everywhere, a password change) ends it.
    await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, before.id));
    expect(await loadViewer(before.id, sv, 'session-quantri')).toBeNull();
  });
});
