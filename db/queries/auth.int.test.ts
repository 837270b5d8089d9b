import { and, desc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { authenticate, endSession } from './auth';
import { loadViewer } from './viewer';

const lastEvent = async () => {
  const [event] = await db
    .select()
    .from(events)
    .where(sql`${events.action} LIKE 'auth.%'`)
    .orderBy(desc(events.id))
    .limit(1);
  return event;
};

describe('authenticate', () => {
  it('accepts the right password, case-insensitively on the login, and records the login', async () => {
    const user = await authenticate('HP.DanVan', DEMO_PASSWORD, { address: '127.0.0.1' });
    expect(user?.displayName).toBe('Cán bộ Ban Dân vận Thành ủy');
    const event = await lastEvent();
    expect(event.action).toBe('auth.login');
    expect(event.actorId).toBe(user?.id);
  });

  it('refuses a wrong password and an unknown login alike, and records both failures', async () => {
    expect(await authenticate('hp.danvan', 'wrong-password', { address: null })).toBeNull();
    expect((await lastEvent()).data).toMatchObject({ reason: 'wrong_password' });
    expect(await authenticate("x' OR 1=1 --", DEMO_PASSWORD, { address: null })).toBeNull();
    expect((await lastEvent()).data).toMatchObject({ reason: 'unknown_login', login: "x' OR 1=1 --" });
  });

  it('refuses a deactivated account even with the right password', async () => {
    await db.update(users).set({ active: false }).where(eq(users.login, 'hp.mttq'));
    expect(await authenticate('hp.mttq', DEMO_PASSWORD, { address: null })).toBeNull();
    expect((await lastEvent()).data).toMatchObject({ reason: 'inactive' });
  });
});

describe('loadViewer', () => {
  it('returns the user with their unit and scope, and nothing once the session version moves on', async () => {
    const [user] = await db.select().from(users).where(eq(users.login, 'hp.dieuphoi'));
    const viewer = await loadViewer(user.id, user.sessionVersion);
    expect(viewer).toMatchObject({ role: 'coordinator', org: { code: 'HP-VPTU' }, scope: { code: 'P31' } });
    await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, user.id)));
    expect(await loadViewer(user.id, user.sessionVersion)).toBeNull();
  });

  it('refuses a signed-out session, and only that one, and writes the logout event with it', async () => {
    const [user] = await db.select().from(users).where(eq(users.login, 'hp.lanhdao'));
    expect(await loadViewer(user.id, user.sessionVersion, 'session-a')).not.toBeNull();
    await endSession(user.id, user.organizationId, 'session-a');
    await endSession(user.id, user.organizationId, 'session-a');
    expect(await loadViewer(user.id, user.sessionVersion, 'session-a')).toBeNull();
    expect(await loadViewer(user.id, user.sessionVersion, 'session-b')).not.toBeNull();
    expect(await lastEvent()).toMatchObject({ action: 'auth.logout', entityId: user.id });
  });
});
