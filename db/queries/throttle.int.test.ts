import { hash } from '@node-rs/argon2';
import { desc, eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/index';
import { events, loginThrottles, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import * as password from '@/lib/auth/password';
import { ARGON2_OPTIONS } from '@/lib/auth/password';
import { ACCOUNT_RULE, ADDRESS_RULE } from '@/lib/auth/throttle';
import { setClock } from '@/lib/clock';
import { TEST_NOW } from '@/tests/setup/database';
import { authenticate } from './auth';
import { attemptKeys, takeAttempt } from './throttle';

vi.mock('@/lib/auth/password', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/auth/password')>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const verifySpy = vi.mocked(password.verifyPassword);

const lastFailure = async () => {
  const [event] = await db
    .select()
    .from(events)
    .where(eq(events.action, 'auth.login_failed'))
    .orderBy(desc(events.id))
    .limit(1);
  return event;
};

afterEach(() => setClock(TEST_NOW));

describe('sign-in throttling', () => {
  it('locks an account after 5 failures in a row and refuses even the right password without hashing', async () => {
    for (let i = 0; i < 5; i++)
      expect(await authenticate('hp.mttq', 'wrong-guess', { address: '10.0.0.1' })).toBeNull();
    expect((await lastFailure()).data).toMatchObject({ reason: 'wrong_password', locked: true });
    const [user] = await db.select().from(users).where(eq(users.login, 'hp.mttq'));
    expect(user.failedLoginCount).toBe(5);
    expect(user.lockedUntil?.getTime()).toBe(new Date(TEST_NOW).getTime() + 15 * 60_000);

    verifySpy.mockClear();
    expect(await authenticate('HP.MTTQ', DEMO_PASSWORD, { address: '10.0.0.2' })).toBeNull();
    expect(verifySpy).not.toHaveBeenCalled();
    expect((await lastFailure()).data).toMatchObject({ reason: 'throttled', login: 'HP.MTTQ' });

    // Fifteen minutes later the right password works again, and clears the count.
    setClock(new Date(new Date(TEST_NOW).getTime() + 15 * 60_000 + 1000));
    expect(await authenticate('hp.mttq', DEMO_PASSWORD, { address: '10.0.0.2' })).not.toBeNull();
    const [after] = await db.select().from(users).where(eq(users.login, 'hp.mttq'));
    expect(after).toMatchObject({ failedLoginCount: 0, lockedUntil: null });
  });

  it('locks unknown logins the same way, so a lock tells nothing about which logins exist', async () => {
    for (let i = 0; i < 5; i++) await authenticate('no.such.user', 'guess', { address: null });
    verifySpy.mockClear();
    await authenticate('no.such.user', 'guess', { address: null });
    expect(verifySpy).not.toHaveBeenCalled();
    expect((await lastFailure()).data).toMatchObject({ reason: 'throttled' });
  });

  it('limits one client address across many accounts', async () => {
    // 29 logins tried once each (none of them reaches its own limit), then a thirtieth.
    for (let i = 0; i < 29; i++) await authenticate(`someone.${i}`, 'guess', { address: '203.0.113.9' });
    await authenticate('lanhdao', 'guess', { address: '203.0.113.9' });
    const [row] = await db.select().from(loginThrottles).where(eq(loginThrottles.key, 'addr:203.0.113.9'));
    expect(row.lockedUntil).not.toBeNull();
    verifySpy.mockClear();
    expect(await authenticate('lanhdao', DEMO_PASSWORD, { address: '203.0.113.9' })).toBeNull();
    expect(verifySpy).not.toHaveBeenCalled();
    // The same account from another address is not locked by it.
    expect(await authenticate('lanhdao', DEMO_PASSWORD, { address: '198.51.100.7' })).not.toBeNull();
  });

  it('a success ends the run of failures: 4 wrong, 1 right, 4 wrong leaves the account open', async () => {
    for (let i = 0; i < 4; i++) await authenticate('bnv', 'wrong', { address: null });
    expect(await authenticate('bnv', DEMO_PASSWORD, { address: null })).not.toBeNull();
    for (let i = 0; i < 4; i++) await authenticate('bnv', 'wrong', { address: null });
    expect(await authenticate('bnv', DEMO_PASSWORD, { address: null })).not.toBeNull();
  });
});

describe('the throttle rules, as the one statement applies them', () => {
  const minute = (m: number) => new Date(Date.parse(TEST_NOW) + m * 60_000);
  const account = (login: string) => attemptKeys(login, null);
  const address = (ip: string) => [{ key: `addr:${ip}`, rule: ADDRESS_RULE }];
  const row = async (key: string) =>
    (await db.select().from(loginThrottles).where(eq(loginThrottles.key, key)))[0];

  it('locks an account for 15 minutes on the fifth attempt, not before; the fifth is still verified', async () => {
    for (let i = 0; i < 4; i++)
      expect(await takeAttempt(db, account('rule.a'), minute(0))).toMatchObject({
        taken: true,
        locked: false,
      });
    expect(await takeAttempt(db, account('rule.a'), minute(1))).toMatchObject({ taken: true, locked: true });
    expect((await takeAttempt(db, account('rule.a'), minute(15))).taken).toBe(false);
    expect((await row('login:rule.a')).lockedUntil).toEqual(minute(16));
    // A refused attempt does not move the lock on.
    expect((await takeAttempt(db, account('rule.a'), minute(16))).taken).toBe(true);
  });

  it('needs another full run of failures to lock again after a lock has passed', async () => {
    for (let i = 0; i < 5; i++) await takeAttempt(db, account('rule.b'), minute(0));
    expect(await takeAttempt(db, account('rule.b'), minute(20))).toMatchObject({
      taken: true,
      locked: false,
    });
    expect((await row('login:rule.b')).failures).toBe(1);
  });

  it('starts the address count again when its window has run out', async () => {
    for (let i = 0; i < 29; i++) await takeAttempt(db, address('192.0.2.77'), minute(0));
    expect((await row('addr:192.0.2.77')).failures).toBe(29);
    expect(await takeAttempt(db, address('192.0.2.77'), minute(16))).toMatchObject({
      taken: true,
      locked: false,
    });
    expect((await row('addr:192.0.2.77')).failures).toBe(1);
    for (let i = 0; i < 29; i++) await takeAttempt(db, address('192.0.2.78'), minute(0));
    expect((await takeAttempt(db, address('192.0.2.78'), minute(10))).taken).toBe(true);
    expect((await row('addr:192.0.2.78')).lockedUntil).toEqual(minute(25));
  });

  it('takes nothing from the account when the address is locked', async () => {
    for (let i = 0; i < 30; i++) await takeAttempt(db, address('192.0.2.79'), minute(0));
    expect((await takeAttempt(db, attemptKeys('rule.c', '192.0.2.79'), minute(1))).taken).toBe(false);
    expect(await row('login:rule.c')).toBeUndefined();
    expect(ACCOUNT_RULE.maxFailures).toBe(5);
  });
});

describe('argon2id upgrade on sign-in', () => {
  it('re-hashes a weaker hash with the policy parameters on a successful sign-in', async () => {
    const weak = await hash(DEMO_PASSWORD, { ...ARGON2_OPTIONS, memoryCost: 4096, timeCost: 1 });
    await db.update(users).set({ passwordHash: weak }).where(eq(users.login, 'hp.lanhdao'));
    expect(await authenticate('hp.lanhdao', DEMO_PASSWORD, { address: null })).not.toBeNull();
    const [user] = await db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.login, 'hp.lanhdao'));
    expect(user.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const [event] = await db
      .select()
      .from(events)
      .where(sql`${events.action} = 'auth.login'`)
      .orderBy(desc(events.id))
      .limit(1);
    expect(event.data).toMatchObject({ rehashed: true });
    expect(await authenticate('hp.lanhdao', DEMO_PASSWORD, { address: null })).not.toBeNull();
  });
});
