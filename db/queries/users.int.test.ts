import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, organizations, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { viewerFor } from '@/tests/viewers';
import { changeOwnPassword } from './account';
import { authenticate } from './auth';
import { adminCreateUser, resetPassword, setUserActive, signOutEverywhere, updateUser } from './user-admin';
import { createUser, findManagedUser, listUsers } from './users';
import { loadViewer } from './viewer';

const eventsFor = (login: string) =>
  db
    .select()
    .from(events)
    .where(and(eq(events.entityType, 'user'), eq(events.entityCode, login)))
    .orderBy(desc(events.id));
const userRow = async (login: string) => (await db.select().from(users).where(eq(users.login, login)))[0];
const orgId = async (code: string) =>
  (await db.select().from(organizations).where(eq(organizations.code, code)))[0].id;

/** A province admin (P31), made for these tests by the national one. */
async function provinceAdmin() {
  const quantri = await viewerFor('quantri');
  await adminCreateUser(quantri, {
    login: 'hp.quantri',
    displayName: 'Quản trị Hải Phòng',
    role: 'admin',
    organization: 'HP-VPTU',
    scope: 'P31',
    password: 'Bien-Do-Son-2026',
  });
  await db.update(users).set({ mustChangePassword: false }).where(eq(users.login, 'hp.quantri'));
  return viewerFor('hp.quantri');
}

describe('account administration', () => {
  it('creates an account that must change its password, with an event, and lists it in scope only', async () => {
    const admin = await provinceAdmin();
    const result = await adminCreateUser(admin, {
      login: 'hp.moi',
      displayName: 'Cán bộ mới',
      role: 'official',
      organization: 'HP-BDV',
      scope: 'HP-BDV',
      password: 'Cau-Rong-Vang-7',
    });
    expect(result).toEqual({ ok: true });
    expect(await userRow('hp.moi')).toMatchObject({ mustChangePassword: true, role: 'official' });
    const [created] = await eventsFor('hp.moi');
    expect(created).toMatchObject({ action: 'user.created', actorId: admin.id, toValue: 'official' });

    const listed = await listUsers(admin, { q: 'moi' });
    expect(listed.rows.map((u) => u.login)).toEqual(['hp.moi']);
    const all = await listUsers(admin, {});
    expect(all.rows.map((u) => u.login)).not.toContain('bnv');
    expect(all.rows.map((u) => u.login)).not.toContain('quantri');
    expect(await findManagedUser(admin, 'bnv')).toBeNull();

    expect(
      await adminCreateUser(admin, {
        login: 'HP.MOI',
        displayName: 'x',
        role: 'official',
        organization: 'HP-BDV',
        scope: 'HP-BDV',
        password: 'Cau-Rong-Vang-7',
      }),
    ).toEqual({ ok: false, reason: 'login_taken' });
    expect(
      await adminCreateUser(admin, {
        login: 'hp.yeu',
        displayName: 'x',
        role: 'official',
        organization: 'HP-BDV',
        scope: 'HP-BDV',
        password: 'password123',
      }),
    ).toEqual({ ok: false, reason: 'common' });
  });

  it('refuses a scope wider than the admin’s own, and any account management by a non-admin', async () => {
    const admin = await provinceAdmin();
    const wide = {
      login: 'hp.rong',
      displayName: 'x',
      role: 'leader' as const,
      organization: 'HP-VPTU',
      scope: 'VN',
      password: 'Cau-Rong-Vang-7',
    };
    expect(await adminCreateUser(admin, wide)).toEqual({ ok: false, reason: 'scope_too_wide' });
    expect(await adminCreateUser(admin, { ...wide, organization: 'BNV', scope: 'BNV' })).toEqual({
      ok: false,
      reason: 'scope_too_wide',
    });
    expect(
      await updateUser(admin, {
        login: 'hp.danvan',
        displayName: 'x',
        role: 'official',
        organization: 'HP-BDV',
        scope: 'VN',
      }),
    ).toEqual({ ok: false, reason: 'scope_too_wide' });
    // Accounts outside their scope are not found; a coordinator manages no account.
    expect(await setUserActive(admin, 'bnv', false)).toEqual({ ok: false, reason: 'not_found' });
    const coordinator = await viewerFor('hp.dieuphoi');
    expect(await setUserActive(coordinator, 'hp.danvan', false)).toEqual({ ok: false, reason: 'not_found' });
    expect(await adminCreateUser(coordinator, { ...wide, scope: 'P31' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(await db.select().from(users).where(eq(users.login, 'hp.rong'))).toHaveLength(0);
  });

  it('places no account in a unit that is not in force, but keeps the one an account already has', async () => {
    const quantri = await viewerFor('quantri');
    const account = {
      login: 'hp.nghi',
      displayName: 'Cán bộ',
      role: 'official' as const,
      organization: 'HP-BDV',
      scope: 'HP-BDV',
      password: 'Cau-Rong-Vang-7',
    };
    expect(await adminCreateUser(quantri, account)).toEqual({ ok: true });
    // HP-BDV retires (its last day is in the past), and HP-BTG starts only next year.
    await db.update(organizations).set({ validTo: '2026-01-01' }).where(eq(organizations.code, 'HP-BDV'));
    await db.update(organizations).set({ validFrom: '2027-06-01' }).where(eq(organizations.code, 'HP-BTG'));
    expect(await adminCreateUser(quantri, { ...account, login: 'hp.nghi2' })).toEqual({
      ok: false,
      reason: 'unknown_org',
    });
    const move = { login: 'hp.nghi', displayName: 'Cán bộ', role: 'official' as const };
    expect(await updateUser(quantri, { ...move, organization: 'HP-BTG', scope: 'HP-BTG' })).toEqual({
      ok: false,
      reason: 'unknown_org',
    });
    // the account's own unit, retired since, still holds it while it is renamed or moved out
    expect(
      await updateUser(quantri, {
        ...move,
        displayName: 'Cán bộ Dân vận',
        organization: 'HP-BDV',
        scope: 'HP-BDV',
      }),
    ).toEqual({ ok: true });
    expect(await updateUser(quantri, { ...move, organization: 'HP-VPTU', scope: 'HP-VPTU' })).toEqual({
      ok: true,
    });
    expect((await userRow('hp.nghi')).organizationId).toBe(await orgId('HP-VPTU'));
    expect(await db.select().from(users).where(eq(users.login, 'hp.nghi2'))).toHaveLength(0);
    await db.update(organizations).set({ validTo: null }).where(eq(organizations.code, 'HP-BDV'));
    await db.update(organizations).set({ validFrom: null }).where(eq(organizations.code, 'HP-BTG'));
  });

  it('refuses an edit made on a stale form: someone changed the account since it was read', async () => {
    const quantri = await viewerFor('quantri');
    const read = await findManagedUser(quantri, 'hp.mttq');
    const edit = {
      login: 'hp.mttq',
      role: 'official' as const,
      organization: 'HP-MTTQ',
      scope: 'HP-MTTQ',
      stamp: read?.stamp,
    };
    expect(await updateUser(quantri, { ...edit, displayName: 'Người thứ nhất' })).toEqual({ ok: true });
    expect(await updateUser(quantri, { ...edit, displayName: 'Người thứ hai' })).toEqual({
      ok: false,
      reason: 'conflict',
    });
    expect((await userRow('hp.mttq')).displayName).toBe('Người thứ nhất');
    const again = await findManagedUser(quantri, 'hp.mttq');
    expect(again?.stamp).not.toBe(read?.stamp);
    expect(await updateUser(quantri, { ...edit, displayName: 'Người thứ hai', stamp: again?.stamp })).toEqual(
      {
        ok: true,
      },
    );
  });

  it('refuses a change of one’s own role, and protects the last active admin', async () => {
    const quantri = await viewerFor('quantri');
    expect(
      await updateUser(quantri, {
        login: 'quantri',
        displayName: 'Quản trị',
        role: 'leader',
        organization: quantri.org.code,
        scope: 'VN',
      }),
    ).toEqual({ ok: false, reason: 'own_role' });
    expect(await setUserActive(quantri, 'quantri', false)).toEqual({ ok: false, reason: 'own_account' });
    const admin = await provinceAdmin();
    expect(await setUserActive(admin, 'hp.quantri', false)).toEqual({ ok: false, reason: 'own_account' });
    // Two admins removing each other at the same moment: one succeeds, the last one stays.
    expect(await setUserActive(quantri, 'hp.quantri', false)).toEqual({ ok: true });
    await adminCreateUser(quantri, {
      login: 'quantri2',
      displayName: 'Quản trị 2',
      role: 'admin',
      organization: quantri.org.code,
      scope: 'VN',
      password: 'Hai-Quan-Tri-2026',
    });
    const second = await viewerFor('quantri2');
    const results = await Promise.all([
      setUserActive(quantri, 'quantri2', false),
      updateUser(second, {
        login: 'quantri',
        displayName: 'Quản trị',
        role: 'leader',
        organization: quantri.org.code,
        scope: 'VN',
      }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'last_admin' }]);
    const activeAdmins = await db
      .select()
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true)));
    expect(activeAdmins).toHaveLength(1);
  });

  it('deactivation, role change, reset and sign-out everywhere end the account’s sessions', async () => {
    // The previous test leaves one national admin active, quantri or quantri2 (whichever won the race).
    const [active] = await db
      .select({ login: users.login })
      .from(users)
      .where(and(eq(users.role, 'admin'), eq(users.active, true)));
    const quantri = await viewerFor(active.login);
    const before = await userRow('hp.mttq');
    expect(await signOutEverywhere(quantri, 'hp.mttq')).toEqual({ ok: true });
    expect(await loadViewer(before.id, before.sessionVersion)).toBeNull();

    const v2 = (await userRow('hp.mttq')).sessionVersion;
    expect(
      await updateUser(quantri, {
        login: 'hp.mttq',
        displayName: 'MTTQ',
        role: 'leader',
        organization: 'HP-MTTQ',
        scope: 'HP-MTTQ',
      }),
    ).toEqual({ ok: true });
    expect(await loadViewer(before.id, v2)).toBeNull();

    const v3 = (await userRow('hp.mttq')).sessionVersion;
    expect(await resetPassword(quantri, 'hp.mttq', 'Tam-Thoi-2026!')).toEqual({ ok: true });
    expect(await loadViewer(before.id, v3)).toBeNull();
    expect(await userRow('hp.mttq')).toMatchObject({ mustChangePassword: true });
    expect(await authenticate('hp.mttq', DEMO_PASSWORD, { address: null })).toBeNull();
    const signedIn = await authenticate('hp.mttq', 'Tam-Thoi-2026!', { address: null });
    expect(signedIn).not.toBeNull();

    const v4 = (await userRow('hp.mttq')).sessionVersion;
    expect(await setUserActive(quantri, 'hp.mttq', false)).toEqual({ ok: true });
    expect(await loadViewer(before.id, v4)).toBeNull();
    expect(await authenticate('hp.mttq', 'Tam-Thoi-2026!', { address: null })).toBeNull();

    const actions = (await eventsFor('hp.mttq')).map((e) => e.action);
    for (const action of ['user.signed_out', 'user.updated', 'user.password_reset', 'user.deactivated']) {
      expect(actions).toContain(action);
    }
  });

  it('a user changes their own password: policy checked, must-change cleared, sessions ended', async () => {
    const viewer = await viewerFor('hp.danvan');
    await db.update(users).set({ mustChangePassword: true }).where(eq(users.id, viewer.id));
    expect(await changeOwnPassword(viewer, 'wrong', 'Mot-Cau-Dai-2026', { address: null })).toEqual({
      ok: false,
      reason: 'wrong_current',
    });
    expect(await changeOwnPassword(viewer, DEMO_PASSWORD, 'qwerty123', { address: null })).toEqual({
      ok: false,
      reason: 'common',
    });
    expect(await changeOwnPassword(viewer, DEMO_PASSWORD, DEMO_PASSWORD, { address: null })).toEqual({
      ok: false,
      reason: 'same_as_current',
    });
    const before = await userRow('hp.danvan');
    expect(await changeOwnPassword(viewer, DEMO_PASSWORD, 'Mot-Cau-Dai-2026', { address: null })).toEqual({
      ok: true,
    });
    expect(await userRow('hp.danvan')).toMatchObject({ mustChangePassword: false });
    expect(await loadViewer(viewer.id, before.sessionVersion)).toBeNull();
    expect(await authenticate('hp.danvan', 'Mot-Cau-Dai-2026', { address: null })).not.toBeNull();
    expect((await eventsFor('hp.danvan')).map((e) => e.action)).toContain('user.password_changed');
  });

  it('createUser (used by the command line) refuses a weak password and records who made the account', async () => {
    const org = await orgId('BNV');
    expect(
      await createUser(db, {
        login: 'bnv2',
        displayName: 'x',
        password: '12345678',
        role: 'official',
        organizationId: org,
        scopeId: org,
        mustChangePassword: false,
        actorId: null,
      }),
    ).toEqual({ ok: false, reason: 'common' });
    const made = await createUser(db, {
      login: 'bnv2',
      displayName: 'Bộ Nội vụ 2',
      password: 'Ha-Noi-Mua-Thu-1',
      role: 'official',
      organizationId: org,
      scopeId: org,
      mustChangePassword: false,
      actorId: null,
    });
    expect(made.ok).toBe(true);
    expect((await eventsFor('bnv2'))[0]).toMatchObject({ action: 'user.created', actorId: null });
  });
});
