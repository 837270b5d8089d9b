import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { apiTokens, events, users } from '@/db/schema';
import { hashToken, isTokenShaped } from '@/lib/api/token-secret';
import { now } from '@/lib/clock';
import { viewerFor } from '@/tests/viewers';
import {
  createToken,
  findTokenHolder,
  listOwnTokens,
  MAX_ACTIVE_TOKENS,
  noteTokenUse,
  revokeToken,
} from './tokens';

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
    const made = await createToken(viewer, { name: 'Hệ thống văn bản', scope: 'read', lifetime: 30 }, at);
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
    const made = await createToken(viewer, { name: 'Tích hợp', scope: 'write', lifetime: 30 }, at);
    if (!made.ok) throw new Error(made.reason);
    const hash = hashToken(made.token);
    const holder = await findTokenHolder(hash, at);
    expect(holder?.viewer).toEqual(viewer);
    expect(holder?.token).toMatchObject({ id: made.id, scope: 'write' });

    expect(await findTokenHolder(hash, new Date(at.getTime() + 30 * DAY))).toBeNull();
    expect(await findTokenHolder(hashToken(`${made.token.slice(0, -1)}A`), at)).toBeNull();

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
    const made = await createToken(viewer, { name: 'Báo cáo', scope: 'read', lifetime: 90 }, at);
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
    const results = await Promise.all(
      Array.from({ length: MAX_ACTIVE_TOKENS + 5 }, (_, i) =>
        createToken(viewer, { name: `Mã ${i}`, scope: 'read', lifetime: 30 }, at),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_ACTIVE_TOKENS);
    expect(results.filter((r) => !r.ok)).toEqual(Array(5).fill({ ok: false, reason: 'too_many' }));
  });
});
