import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/index';
import { apiTokens, events, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { hashToken, isTokenShaped } from '@/lib/api/token-secret';
import { totpCode } from '@/lib/auth/totp';
import { expiryClock, now } from '@/lib/clock';
import { viewerFor } from '@/tests/viewers';
import { changeOwnPassword } from './account';
import {
  createToken,
  findTokenHolder,
  listOwnTokens,
  MAX_ACTIVE_TOKENS,
  noteTokenUse,
  revokeToken,
} from './tokens';
import { beginEnrolment, confirmEnrolment, twoFactorStatus } from './two-factor';
import { resetPassword, resetTwoFactor, signOutEverywhere } from './user-admin';

const DAY = 86_400_000;
const eventsOf = (userId: number, action: string) =>
  db
    .select({ data: events.data })
    .from(events)
    .where(and(eq(events.entityType, 'user'), eq(events.entityId, userId), eq(events.action, action)));

describe('personal access tokens', () => {
  it('are shown once, stored hashed, listed without their secret, and logged', async () => {
    const viewer = await viewerFor('hp.danvan');
    const at = now();
    const made = await createToken(
      viewer,
      { name: 'Hệ thống văn bản', scope: 'read', lifetime: 30, password: DEMO_PASSWORD },
      at,
    );
    if (!made.ok) throw new Error(made.reason);
    expect(isTokenShaped(made.token)).toBe(true);
    expect(made.expiresAt.getTime()).toBe(at.getTime() + 30 * DAY);

    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, made.id));
    expect(row.tokenHash).toBe(hashToken(made.token));
    expect(JSON.stringify(row)).not.toContain(made.token.slice(10));
    const listed = await listOwnTokens(viewer);
    expect(listed.find((t) => t.id === made.id)).toMatchObject({
      name: 'Hệ thống văn bản',
      scope: 'read',
      prefix: made.token.slice(0, 9),
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(made.token);
    const logged = await eventsOf(viewer.id, 'user.token_created');
    expect(logged.map((e) => e.data)).toContainEqual(
      expect.objectContaining({ tokenId: made.id, scope: 'read' }),
    );
    expect(JSON.stringify(logged)).not.toContain(made.token);
  });

  it('resolve to their user as the pages read them, until revoked, expired or the account is off', async () => {
    const viewer = await viewerFor('hp.mttq');
    const at = now();
    const made = await createToken(
      viewer,
      { name: 'Tích hợp', scope: 'write', lifetime: 30, password: DEMO_PASSWORD },
      at,
    );
    if (!made.ok) throw new Error(made.reason);
    const hash = hashToken(made.token);
    const holder = await findTokenHolder(hash, at);
    expect(holder?.viewer).toEqual(viewer);
    expect(holder?.token).toMatchObject({ id: made.id, scope: 'write' });

    expect(await findTokenHolder(hash, new Date(at.getTime() + 30 * DAY))).toBeNull();
    const altered = `${made.token.slice(0, -1)}${made.token.endsWith('A') ? 'B' : 'A'}`;
    expect(await findTokenHolder(hashToken(altered), at)).toBeNull();

    await db.update(users).set({ active: false }).where(eq(users.id, viewer.id));
    try {
      expect(await findTokenHolder(hash, at)).toBeNull();
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.id, viewer.id));
    }
    expect(await findTokenHolder(hash, at)).not.toBeNull();

    // someone else cannot revoke it (not found), its owner can, once
    expect(await revokeToken(await viewerFor('hp.dieuphoi'), made.id, at)).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await revokeToken(viewer, made.id, at)).toEqual({ ok: true });
    expect(await revokeToken(viewer, made.id, at)).toEqual({ ok: false, reason: 'not_found' });
    expect(await findTokenHolder(hash, at)).toBeNull();
    expect((await eventsOf(viewer.id, 'user.token_revoked')).map((e) => e.data)).toContainEqual(
      expect.objectContaining({ tokenId: made.id }),
    );
  });

  it('note their last use at most once a minute', async () => {
    const viewer = await viewerFor('hp.lanhdao');
    const at = now();
    const made = await createToken(
      viewer,
      { name: 'Báo cáo', scope: 'read', lifetime: 90, password: DEMO_PASSWORD },
      at,
    );
    if (!made.ok) throw new Error(made.reason);
    const lastUsed = async () =>
      (await db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, made.id)))[0].at;
    await noteTokenUse(made.id, at);
    expect(await lastUsed()).toEqual(at);
    await noteTokenUse(made.id, new Date(at.getTime() + 30_000));
    expect(await lastUsed()).toEqual(at);
    await noteTokenUse(made.id, new Date(at.getTime() + 61_000));
    expect(await lastUsed()).toEqual(new Date(at.getTime() + 61_000));
  });

  it(`keep at most ${MAX_ACTIVE_TOKENS} in force per user, however many are asked for at once`, async () => {
    const viewer = await viewerFor('lanhdao');
    const at = now();
    const input = (i: number) => ({
      name: `Mã ${i}`,
      scope: 'read' as const,
      lifetime: 30,
      password: DEMO_PASSWORD,
    });
    // each asks for the password, an attempt in the sign-in throttle (5 at once per account)
    for (let i = 0; i < MAX_ACTIVE_TOKENS - 2; i++)
      expect((await createToken(viewer, input(i), at)).ok).toBe(true);
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) => createToken(viewer, input(100 + i), at)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok)).toEqual(Array(2).fill({ ok: false, reason: 'too_many' }));
  });
});

describe('tokens end with the sessions of their account', () => {
  afterEach(() => vi.unstubAllEnvs());

  const inForce = async (login: string) => {
    const viewer = await viewerFor(login);
    const made = await createToken(
      viewer,
      { name: 'Tích hợp', scope: 'write', lifetime: 30, password: DEMO_PASSWORD },
      expiryClock(),
    );
    if (!made.ok) throw new Error(made.reason);
    expect(await findTokenHolder(hashToken(made.token), expiryClock())).not.toBeNull();
    return { viewer, made };
  };

  const cases: [string, (login: string) => Promise<unknown>][] = [
    ['signing out everywhere', async (login) => signOutEverywhere(await viewerFor('quantri'), login)],
    [
      'a password reset by an administrator',
      async (login) => resetPassword(await viewerFor('quantri'), login, 'Tam-Thoi-Mat-Khau-2026'),
    ],
    [
      'a two-factor reset by an administrator',
      async (login) => resetTwoFactor(await viewerFor('quantri'), login),
    ],
    [
      'the user changing their own password',
      async (login) =>
        changeOwnPassword(await viewerFor(login), DEMO_PASSWORD, 'Mat-Khau-Moi-Rat-Dai-2026', {
          address: null,
        }),
    ],
    [
      'the user switching two-factor sign-in on',
      async (login) => {
        vi.stubEnv('AUTH_SECRET', 'integration-test-secret-integration-test');
        const viewer = await viewerFor(login);
        expect(await beginEnrolment(viewer)).toEqual({ ok: true });
        const secret = (await twoFactorStatus(viewer)).pending?.secret;
        if (!secret) throw new Error('no pending secret');
        const [{ sv }] = await db
          .select({ sv: users.sessionVersion })
          .from(users)
          .where(eq(users.id, viewer.id));
        return confirmEnrolment(
          viewer,
          totpCode(secret, new Date()),
          { id: 's', version: sv },
          { address: null },
        );
      },
    ],
  ];

  const logins = ['hp.dieuphoi', 'hp.mttq', 'dieuphoi', 'bnv', 'hp.lanhdao'];
  it.each(cases.map(([what, end], i) => [what, end, logins[i]] as const))(
    'are revoked by %s, in the same change, with an event',
    async (_, end, login) => {
      const { viewer, made } = await inForce(login);
      expect(await end(login)).toMatchObject({ ok: true });
      expect(await findTokenHolder(hashToken(made.token), expiryClock())).toBeNull();
      const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, made.id));
      expect(row.revokedAt).not.toBeNull();
      const logged = await eventsOf(viewer.id, 'user.tokens_revoked');
      expect(logged.map((e) => e.data)).toContainEqual(
        expect.objectContaining({
          tokens: expect.arrayContaining([{ tokenId: made.id, prefix: made.token.slice(0, 9) }]),
        }),
      );
    },
  );

  it('need the current password: a wrong one makes none and counts as a failed sign-in', async () => {
    const viewer = await viewerFor('quantri');
    const result = await createToken(
      viewer,
      { name: 'Kẻ lạ', scope: 'write', lifetime: 365, password: 'mat-khau-sai' },
      expiryClock(),
      { address: '203.0.113.9' },
    );
    expect(result).toEqual({ ok: false, reason: 'wrong_password' });
    expect(await listOwnTokens(viewer)).toEqual([]);
    const [user] = await db.select().from(users).where(eq(users.id, viewer.id));
    expect(user.failedLoginCount).toBe(1);
    expect(await eventsOf(viewer.id, 'user.token_create_failed')).toEqual([
      { data: { address: '203.0.113.9', reason: 'wrong_password' } },
    ]);
  });
});
