import { and, eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PATCH } from '@/app/api/v1/tasks/[code]/route';
import { GET as getList } from '@/app/api/v1/tasks/route';
import { db } from '@/db/index';
import { apiTokens, apiTokenUses, events, organizations, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { hashToken } from '@/lib/api/token-secret';
import { dayOf, setClock } from '@/lib/clock';
import { ServiceAccountCreateInput } from '@/lib/validations/service-accounts';
import { TEST_NOW } from '@/tests/setup/database';
import { viewerFor } from '@/tests/viewers';
import { signInWithPassword } from './auth';
import { audienceOf } from './notify';
import {
  createServiceAccount,
  deactivateServiceAccount,
  findServiceAccount,
  issueServiceToken,
  listServiceAccounts,
} from './service-accounts';
import { adminRevokeToken, findTokenUsage, listTokensInScope } from './token-admin';
import { createToken, findTokenHolder } from './tokens';
import { resetPassword, setUserActive } from './user-admin';
import { findManagedUser, listUsers } from './users';
import { loadViewer } from './viewer';

/**
 * Service accounts and the admin's view of tokens (issue 21): a non-human account that never
 * signs in, acts only through the tokens an admin issues, and whose tokens — like everyone's
 * in scope — an admin lists, reads the use of and revokes; a province's admin sees only theirs.
 */
const at = () => new Date(TEST_NOW);

/** An admin of one province (the seed has only the national one). */
async function provinceAdmin(login: string, province: string) {
  const [org] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.code, province));
  const [quantri] = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(eq(users.login, 'quantri'));
  await db
    .insert(users)
    .values({
      login,
      displayName: `Quản trị ${province}`,
      passwordHash: quantri.hash,
      role: 'admin',
      organizationId: org.id,
      scopeId: org.id,
    })
    .onConflictDoNothing();
  return viewerFor(login);
}

async function serviceAccount(
  adminLogin: string,
  province: string,
  role: 'official' | 'coordinator' | 'leader',
) {
  const admin = await provinceAdmin(adminLogin, province);
  const made = await createServiceAccount(admin, {
    name: `Hệ thống văn bản ${province}`,
    description: 'Đồng bộ nhiệm vụ',
    role,
    organization: province,
  });
  if (!made.ok) throw new Error(made.reason);
  const [row] = await db.select().from(users).where(eq(users.login, made.login));
  return { admin, login: made.login, row };
}

async function issue(
  admin: Awaited<ReturnType<typeof viewerFor>>,
  account: string,
  scope: 'read' | 'write' = 'read',
) {
  const made = await issueServiceToken(
    admin,
    { account, name: 'Tích hợp', scope, lifetime: 30, password: DEMO_PASSWORD },
    at(),
  );
  if (!made.ok) throw new Error(made.reason);
  return made;
}

function list(token: string, path = '/api/v1/tasks?limit=1000') {
  return getList(
    new Request(`http://tracker.test${path}`, { headers: { Authorization: `Bearer ${token}` } }),
  );
}

afterEach(() => {
  vi.unstubAllEnvs();
  setClock(TEST_NOW);
});

describe('a service account', () => {
  it('is made by an admin in their scope, with no password, never as an admin, and logged', async () => {
    const { admin, login, row } = await serviceAccount('qt.p31', 'P31', 'coordinator');
    expect(login).toMatch(/^svc\.p31\.[0-9a-f]{6}$/);
    expect(row).toMatchObject({ kind: 'service', passwordHash: null, role: 'coordinator', active: true });
    expect(row.scopeId).toBe(row.organizationId);
    const [logged] = await db
      .select()
      .from(events)
      .where(and(eq(events.entityId, row.id), eq(events.action, 'user.service_account_created')));
    expect(logged).toMatchObject({ actorId: admin.id, entityCode: login, toValue: 'coordinator' });
    expect((await listServiceAccounts(admin, at())).map((a) => a.login)).toContain(login);

    // outside the admin's scope, or a unit that does not exist: nothing is made
    const before = await db.$count(users);
    expect(
      await createServiceAccount(admin, {
        name: 'X',
        description: '',
        role: 'official',
        organization: 'P01',
      }),
    ).toEqual({ ok: false, reason: 'scope_too_wide' });
    expect(
      await createServiceAccount(admin, {
        name: 'X',
        description: '',
        role: 'official',
        organization: 'NOPE',
      }),
    ).toEqual({ ok: false, reason: 'unknown_org' });
    expect(
      await createServiceAccount(await viewerFor('hp.dieuphoi'), {
        name: 'X',
        description: '',
        role: 'official',
        organization: 'P31',
      }),
    ).toEqual({ ok: false, reason: 'forbidden' });
    expect(await db.$count(users)).toBe(before);

    // the form refuses an admin role; the database refuses one, and a password, whatever the code does
    expect(
      ServiceAccountCreateInput.safeParse({ name: 'X', description: '', role: 'admin', organization: 'P31' })
        .success,
    ).toBe(false);
    await expect(db.update(users).set({ role: 'admin' }).where(eq(users.id, row.id))).rejects.toThrow();
    await expect(db.update(users).set({ passwordHash: 'x' }).where(eq(users.id, row.id))).rejects.toThrow();
  });

  it('cannot sign in: the password step refuses it, no session is ever its, the user pages do not reach it', async () => {
    const { admin, login, row } = await serviceAccount('qt.p31b', 'P31', 'official');
    for (const password of ['x', DEMO_PASSWORD, 'anything-at-all'])
      expect(await signInWithPassword(login, password, { address: null })).toEqual({ kind: 'refused' });
    const [refused] = await db
      .select({ data: events.data })
      .from(events)
      .where(and(eq(events.entityId, row.id), eq(events.action, 'auth.login_failed')));
    expect(refused.data).toMatchObject({ reason: 'service_account' });
    // a session naming it (a forged or stale cookie) is no viewer
    expect(await loadViewer(row.id, row.sessionVersion, 'any-session')).toBeNull();
    // /admin/users neither lists it nor gives it a password
    expect(await findManagedUser(admin, login)).toBeNull();
    expect((await listUsers(admin, { q: login })).total).toBe(0);
    expect(await resetPassword(admin, login, 'Mật-khẩu-mới-2026')).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await setUserActive(admin, login, false)).toEqual({ ok: false, reason: 'not_found' });
    const [after] = await db.select().from(users).where(eq(users.id, row.id));
    expect(after).toMatchObject({ passwordHash: null, active: true });
  });

  it('acts through its token as itself: the same viewer and the same list as a person of that scope', async () => {
    const { admin, login, row } = await serviceAccount('qt.p31c', 'P31', 'coordinator');
    // the admin's own password is asked first
    expect(
      await issueServiceToken(
        admin,
        { account: login, name: 'Tích hợp', scope: 'read', lifetime: 30, password: 'wrong' },
        at(),
      ),
    ).toEqual({ ok: false, reason: 'wrong_password' });
    const made = await issue(admin, login);
    const holder = await findTokenHolder(hashToken(made.token), at());
    expect(holder?.viewer).toMatchObject({ id: row.id, login, role: 'coordinator' });
    expect(holder?.viewer.scope.code).toBe('P31');
    const [issued] = await db
      .select()
      .from(events)
      .where(and(eq(events.entityId, row.id), eq(events.action, 'user.token_issued')));
    expect(issued).toMatchObject({ actorId: admin.id });
    expect(JSON.stringify(issued)).not.toContain(made.token);

    // the list of tasks is the one a person of the same role and scope gets
    const person = await createToken(
      await viewerFor('hp.dieuphoi'),
      { name: 'Người', scope: 'read', lifetime: 30, password: DEMO_PASSWORD },
      at(),
    );
    if (!person.ok) throw new Error(person.reason);
    const [mine, theirs] = await Promise.all([list(made.token), list(person.token)]);
    expect(mine.status).toBe(200);
    const codes = (body: { data: { code: string }[] }) => body.data.map((task) => task.code);
    const listed = codes(await mine.json());
    expect(listed.length).toBeGreaterThan(0);
    expect(listed).toEqual(codes(await theirs.json()));

    const found = await findServiceAccount(admin, login, at());
    expect(found?.tokens.map((t) => t.id)).toEqual([made.id]);
    expect(found?.account.tokensInForce).toBe(1);
  });

  it('once deactivated, has every token revoked: its tokens answer 401', async () => {
    const { admin, login, row } = await serviceAccount('qt.p31d', 'P31', 'leader');
    const first = await issue(admin, login);
    const second = await issue(admin, login, 'write');
    expect((await list(first.token)).status).toBe(200);

    expect(await deactivateServiceAccount(admin, login, at())).toEqual({ ok: true, revoked: 2 });
    for (const token of [first.token, second.token]) {
      const response = await list(token);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    const tokens = await db
      .select()
      .from(apiTokens)
      .where(inArray(apiTokens.id, [first.id, second.id]));
    expect(tokens.every((t) => t.revokedAt !== null)).toBe(true);
    const actions = (
      await db.select({ action: events.action }).from(events).where(eq(events.entityId, row.id))
    ).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.deactivated', 'user.tokens_revoked']));
    // no new token for it, and a second deactivation finds nothing to do
    expect(
      await issueServiceToken(
        admin,
        { account: login, name: 'Lại', scope: 'read', lifetime: 30, password: DEMO_PASSWORD },
        at(),
      ),
    ).toEqual({ ok: false, reason: 'not_found' });
    expect(await deactivateServiceAccount(admin, login, at())).toEqual({ ok: false, reason: 'not_found' });
  });
});

describe('a service account is nobody to notify', () => {
  it("is not in a unit's audience, even where it is the unit's only official", async () => {
    const [unit] = await db.select().from(organizations).where(eq(organizations.code, 'HP-BDV'));
    const before = (await audienceOf(db, 'unit', unit.id)).sort();
    expect(before.length).toBeGreaterThan(0);
    const admin = await provinceAdmin('qt.p31g', 'P31');
    const made = await createServiceAccount(admin, {
      name: 'Văn bản',
      description: '',
      role: 'official',
      organization: 'HP-BDV',
    });
    if (!made.ok) throw new Error(made.reason);
    expect((await audienceOf(db, 'unit', unit.id)).sort()).toEqual(before);
    expect((await audienceOf(db, 'officials', unit.id)).sort()).toEqual(before);
  });
});

describe("the admin's view of tokens", () => {
  it("of province A neither sees nor revokes province B's tokens; B's admin and the national one do", async () => {
    const { admin: adminA } = await serviceAccount('qt.p01', 'P01', 'official');
    const { admin: adminB, login } = await serviceAccount('qt.p31e', 'P31', 'official');
    const service = await issue(adminB, login);
    const personal = await createToken(
      await viewerFor('hp.mttq'),
      { name: 'Cá nhân', scope: 'read', lifetime: 30, password: DEMO_PASSWORD },
      at(),
    );
    if (!personal.ok) throw new Error(personal.reason);

    const idsOf = async (viewer: typeof adminA) =>
      (await listTokensInScope(viewer, {}, at())).rows.map((r) => r.id);
    expect(await idsOf(adminA)).not.toContain(service.id);
    expect(await idsOf(adminA)).not.toContain(personal.id);
    expect(await idsOf(adminB)).toEqual(expect.arrayContaining([service.id, personal.id]));
    expect(await idsOf(await viewerFor('quantri'))).toEqual(
      expect.arrayContaining([service.id, personal.id]),
    );
    expect(await findTokenUsage(adminA, service.id, at())).toBeNull();
    expect(await findServiceAccount(adminA, login, at())).toBeNull();
    expect(
      await issueServiceToken(
        adminA,
        { account: login, name: 'X', scope: 'read', lifetime: 30, password: DEMO_PASSWORD },
        at(),
      ),
    ).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await deactivateServiceAccount(adminA, login, at())).toEqual({ ok: false, reason: 'not_found' });
    // a coordinator is no admin
    expect(await adminRevokeToken(await viewerFor('hp.dieuphoi'), personal.id, at())).toEqual({
      ok: false,
      reason: 'not_found',
    });

    // A's admin, twice at once: not found, and both tokens still work
    const refused = await Promise.all([
      adminRevokeToken(adminA, service.id, at()),
      adminRevokeToken(adminA, personal.id, at()),
    ]);
    expect(refused).toEqual([
      { ok: false, reason: 'not_found' },
      { ok: false, reason: 'not_found' },
    ]);
    expect((await list(service.token)).status).toBe(200);
    expect((await list(personal.token)).status).toBe(200);

    // B's admin revokes each once, however many times asked at once, with one event each
    const revoked = await Promise.all([
      adminRevokeToken(adminB, personal.id, at()),
      adminRevokeToken(adminB, personal.id, at()),
      adminRevokeToken(adminB, service.id, at()),
    ]);
    expect(revoked.filter((r) => r.ok)).toHaveLength(2);
    expect((await list(personal.token)).status).toBe(401);
    expect((await list(service.token)).status).toBe(401);
    const logged = await db
      .select({ actorId: events.actorId, data: events.data })
      .from(events)
      .where(eq(events.action, 'user.token_revoked'));
    const byAdmin = logged.filter((e) =>
      [service.id, personal.id].includes((e.data as { tokenId: number }).tokenId),
    );
    expect(byAdmin).toHaveLength(2);
    expect(byAdmin.every((e) => e.actorId === adminB.id)).toBe(true);
  });

  it('reads every use of a token by day: requests, writes and those the rate limit refused, counted in parallel', async () => {
    vi.stubEnv('API_RATE_PER_MINUTE', '8');
    const { admin, login } = await serviceAccount('qt.p31f', 'P31', 'coordinator');
    const made = await issue(admin, login, 'read');
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => list(made.token, '/api/v1/tasks?limit=1')),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([...Array(8).fill(200), 429, 429]);

    setClock(new Date(new Date(TEST_NOW).getTime() + 61_000));
    // a read-only token's write is refused, and counted as a write
    const patch = await PATCH(
      new Request('http://tracker.test/api/v1/tasks/NV-HP-01', {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${made.token}`,
          'Content-Type': 'application/json',
          'If-Match': '"1"',
        },
        body: JSON.stringify({ progress: 10 }),
      }),
      { params: Promise.resolve({ code: 'NV-HP-01' }) },
    );
    expect(patch.status).toBe(403);

    const [day] = await db.select().from(apiTokenUses).where(eq(apiTokenUses.tokenId, made.id));
    expect(day).toMatchObject({ day: dayOf(at()), requests: 11, writes: 1, limited: 2 });
    const usage = await findTokenUsage(admin, made.id, at());
    expect(usage?.days).toEqual([expect.objectContaining({ requests: 11, writes: 1, limited: 2 })]);
    expect(usage?.token).toMatchObject({ recentRequests: 11, owner: { login, kind: 'service' } });
    expect(usage?.token.lastUsedAt).not.toBeNull();
  });
});
