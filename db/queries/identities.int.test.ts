import { and, desc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { events, loginChallenges, userIdentities, users } from '@/db/schema';
import { viewerFor } from '@/tests/viewers';
import { linkIdentity, listIdentities, signInWithIdentity, unlinkIdentity } from './identities';
import { createServiceAccount } from './service-accounts';
import { setUserActive } from './user-admin';
import { loadViewer } from './viewer';

const ISSUER = 'https://id.example.gov.vn/realms/tinh';
const meta = { address: '198.51.100.7' };
const plain = { matchClaim: null, mfa: false };
const claims = (sub: string, extra: Record<string, unknown> = {}) => ({ iss: ISSUER, sub, ...extra });

const userRow = async (login: string) => (await db.select().from(users).where(eq(users.login, login)))[0];
const eventsOf = (action: string, subject: string) =>
  db
    .select()
    .from(events)
    .where(and(eq(events.action, action), sql`${events.data}->>'subject' = ${subject}`))
    .orderBy(desc(events.id));
const linksOf = (subject: string) =>
  db.select().from(userIdentities).where(eq(userIdentities.subject, subject));

let admin: Awaited<ReturnType<typeof viewerFor>>;
beforeAll(async () => {
  admin = await viewerFor('quantri');
});

describe('signing in through the provider', () => {
  it('refuses an identity linked to nobody, and writes the refusal', async () => {
    const outcome = await signInWithIdentity(claims('sub-nobody'), plain, meta);
    expect(outcome).toEqual({ kind: 'refused', reason: 'unlinked' });
    const [refusal] = await eventsOf('auth.login_failed', 'sub-nobody');
    expect(refusal.data).toMatchObject({ method: 'oidc', reason: 'unlinked', address: meta.address });
    expect(await linksOf('sub-nobody')).toEqual([]);
  });

  it('refuses a token without issuer or subject', async () => {
    expect(await signInWithIdentity({ iss: ISSUER }, plain, meta)).toEqual({
      kind: 'refused',
      reason: 'invalid_token',
    });
  });

  it('signs a linked identity in as its account, and writes the sign-in', async () => {
    expect(await linkIdentity(admin, { login: 'hp.danvan', subject: 'sub-danvan' }, ISSUER)).toEqual({
      ok: true,
    });
    const outcome = await signInWithIdentity(claims('sub-danvan'), plain, meta);
    const user = await userRow('hp.danvan');
    expect(outcome).toEqual({
      kind: 'signed_in',
      user: { id: user.id, displayName: user.displayName, sessionVersion: user.sessionVersion },
    });
    const [signIn] = await eventsOf('auth.login', 'sub-danvan');
    expect(signIn).toMatchObject({ actorId: user.id, entityCode: 'hp.danvan' });
    expect(signIn.data).toMatchObject({ method: 'oidc', issuer: ISSUER });
    const [linked] = await eventsOf('user.identity_linked', 'sub-danvan');
    expect(linked).toMatchObject({ actorId: admin.id, entityCode: 'hp.danvan' });
    expect((await linksOf('sub-danvan'))[0].lastSignInAt).not.toBeNull();
    // The same subject at another issuer is another identity: linked to nobody.
    expect(
      await signInWithIdentity({ iss: 'https://other.example', sub: 'sub-danvan' }, plain, meta),
    ).toEqual({
      kind: 'refused',
      reason: 'unlinked',
    });
  });

  it('keeps a deactivated account out whatever the provider says, and its sessions end', async () => {
    expect(await linkIdentity(admin, { login: 'hp.mttq', subject: 'sub-mttq' }, ISSUER)).toEqual({
      ok: true,
    });
    const first = await signInWithIdentity(
      claims('sub-mttq', { amr: ['mfa'] }),
      { ...plain, mfa: true },
      meta,
    );
    if (first.kind !== 'signed_in') throw new Error(first.kind);
    expect(await loadViewer(first.user.id, first.user.sessionVersion, 'sid-mttq')).not.toBeNull();
    expect(await setUserActive(admin, 'hp.mttq', false)).toEqual({ ok: true });
    expect(await loadViewer(first.user.id, first.user.sessionVersion, 'sid-mttq')).toBeNull();
    expect(await signInWithIdentity(claims('sub-mttq'), { ...plain, mfa: true }, meta)).toEqual({
      kind: 'refused',
      reason: 'inactive',
    });
    const [refusal] = await eventsOf('auth.login_failed', 'sub-mttq');
    expect(refusal).toMatchObject({ entityCode: 'hp.mttq' });
    expect(refusal.data).toMatchObject({ reason: 'inactive' });
    expect(await setUserActive(admin, 'hp.mttq', true)).toEqual({ ok: true });
  });

  it('asks the tracker’s own code of an account with two-factor sign-in, unless the provider asserted it', async () => {
    await db
      .update(users)
      .set({ totpEnabledAt: new Date(), totpSecret: 'x' })
      .where(eq(users.login, 'lanhdao'));
    expect(await linkIdentity(admin, { login: 'lanhdao', subject: 'sub-lanhdao' }, ISSUER)).toEqual({
      ok: true,
    });
    const asked = await signInWithIdentity(claims('sub-lanhdao'), plain, meta);
    expect(asked.kind).toBe('second_factor');
    const user = await userRow('lanhdao');
    expect(await db.select().from(loginChallenges).where(eq(loginChallenges.userId, user.id))).toHaveLength(
      1,
    );
    expect((await eventsOf('auth.provider_verified', 'sub-lanhdao')).length).toBe(1);
    expect((await eventsOf('auth.login', 'sub-lanhdao')).length).toBe(0);
    const trusted = await signInWithIdentity(
      claims('sub-lanhdao', { amr: ['pwd', 'mfa'] }),
      { ...plain, mfa: true },
      meta,
    );
    expect(trusted.kind).toBe('signed_in');
    const [signIn] = await eventsOf('auth.login', 'sub-lanhdao');
    expect(signIn.data).toMatchObject({ providerMfa: true });
  });
});

describe('linking by the matching claim (OIDC_MATCH_CLAIM)', () => {
  const match = { matchClaim: 'preferred_username', mfa: false };

  it('links an identity whose claim equals an active login, once, at the first sign-in', async () => {
    const outcome = await signInWithIdentity(claims('sub-bnv', { preferred_username: 'BNV' }), match, meta);
    expect(outcome.kind).toBe('signed_in');
    const [link] = await linksOf('sub-bnv');
    expect(link).toMatchObject({ userId: (await userRow('bnv')).id, linkedBy: null, issuer: ISSUER });
    const [event] = await eventsOf('user.identity_linked', 'sub-bnv');
    expect(event.data).toMatchObject({ automatic: true, claim: 'preferred_username' });
    // Later sign-ins go by the link (the claim may change at the provider).
    expect((await signInWithIdentity(claims('sub-bnv'), match, meta)).kind).toBe('signed_in');
    expect(await eventsOf('user.identity_linked', 'sub-bnv')).toHaveLength(1);
  });

  it('links nothing without the setting, for an unknown or deactivated login, or an account linked already', async () => {
    expect(
      await signInWithIdentity(claims('sub-x1', { preferred_username: 'dieuphoi' }), plain, meta),
    ).toEqual({
      kind: 'refused',
      reason: 'unlinked',
    });
    expect(
      await signInWithIdentity(claims('sub-x2', { preferred_username: 'khong.co' }), match, meta),
    ).toEqual({
      kind: 'refused',
      reason: 'unlinked',
    });
    await db.update(users).set({ active: false }).where(eq(users.login, 'hp.lanhdao'));
    expect(
      await signInWithIdentity(claims('sub-x3', { preferred_username: 'hp.lanhdao' }), match, meta),
    ).toEqual({
      kind: 'refused',
      reason: 'inactive',
    });
    await db.update(users).set({ active: true }).where(eq(users.login, 'hp.lanhdao'));
    // bnv has sub-bnv at this issuer: another subject claiming the same login is refused.
    expect(await signInWithIdentity(claims('sub-x4', { preferred_username: 'bnv' }), match, meta)).toEqual({
      kind: 'refused',
      reason: 'other_identity',
    });
    for (const sub of ['sub-x1', 'sub-x2', 'sub-x3', 'sub-x4']) expect(await linksOf(sub)).toEqual([]);
  });

  it('parallel first sign-ins of one identity link it once and all sign in', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () =>
        signInWithIdentity(claims('sub-hpdp', { preferred_username: 'hp.dieuphoi' }), match, meta),
      ),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(Array(10).fill('signed_in'));
    expect(await linksOf('sub-hpdp')).toHaveLength(1);
    expect(await eventsOf('user.identity_linked', 'sub-hpdp')).toHaveLength(1);
  });

  it('parallel first sign-ins of two identities claiming one login link one of them', async () => {
    await db.update(users).set({ active: true }).where(eq(users.login, 'hp.lanhdao'));
    const outcomes = await Promise.all(
      ['sub-a', 'sub-b', 'sub-c'].map((sub) =>
        signInWithIdentity(claims(sub, { preferred_username: 'hp.lanhdao' }), match, meta),
      ),
    );
    expect(outcomes.filter((o) => o.kind === 'signed_in')).toHaveLength(1);
    const user = await userRow('hp.lanhdao');
    expect(await db.select().from(userIdentities).where(eq(userIdentities.userId, user.id))).toHaveLength(1);
  });
});

describe('linking and unlinking by an admin', () => {
  it('refuses an identity linked to another account, and a second identity at the issuer', async () => {
    expect(await linkIdentity(admin, { login: 'dieuphoi', subject: 'sub-danvan' }, ISSUER)).toEqual({
      ok: false,
      reason: 'identity_taken',
    });
    expect(await linkIdentity(admin, { login: 'hp.danvan', subject: 'sub-other' }, ISSUER)).toEqual({
      ok: false,
      reason: 'already_linked',
    });
    expect(await linkIdentity(admin, { login: 'dieuphoi', subject: 'sub-z' }, null)).toEqual({
      ok: false,
      reason: 'not_configured',
    });
  });

  it('lets only an admin who manages the account link, list or unlink', async () => {
    const coordinator = await viewerFor('dieuphoi');
    expect(await linkIdentity(coordinator, { login: 'hp.danvan', subject: 'sub-y' }, ISSUER)).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await listIdentities(coordinator, 'hp.danvan')).toEqual([]);
    const [identity] = await listIdentities(admin, 'hp.danvan');
    expect(identity).toMatchObject({ issuer: ISSUER, subject: 'sub-danvan', linkedBy: 'quantri' });
    expect(await unlinkIdentity(coordinator, { login: 'hp.danvan', identity: identity.id })).toEqual({
      ok: false,
      reason: 'not_found',
    });
    // An identity of another account is not found through this one.
    expect(await unlinkIdentity(admin, { login: 'dieuphoi', identity: identity.id })).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await linksOf('sub-danvan')).toHaveLength(1);
  });

  it('an unlinked identity signs in no more; the unlink is written', async () => {
    const [identity] = await listIdentities(admin, 'hp.danvan');
    expect(await unlinkIdentity(admin, { login: 'hp.danvan', identity: identity.id })).toEqual({ ok: true });
    const [event] = await eventsOf('user.identity_unlinked', 'sub-danvan');
    expect(event).toMatchObject({ actorId: admin.id, entityCode: 'hp.danvan' });
    expect(await signInWithIdentity(claims('sub-danvan'), plain, meta)).toEqual({
      kind: 'refused',
      reason: 'unlinked',
    });
  });
});

describe('service accounts', () => {
  it('are never linked nor signed in through the provider, by an admin or by the claim', async () => {
    const made = await createServiceAccount(admin, {
      name: 'Hệ thống văn bản OIDC',
      description: '',
      role: 'official',
      organization: 'P01',
    });
    if (!made.ok) throw new Error(made.reason);
    expect(await linkIdentity(admin, { login: made.login, subject: 'sub-service' }, ISSUER)).toEqual({
      ok: false,
      reason: 'not_found',
    });
    const byClaim = await signInWithIdentity(
      claims('sub-service-claim', { preferred_username: made.login }),
      { matchClaim: 'preferred_username', mfa: true },
      meta,
    );
    expect(byClaim).toEqual({ kind: 'refused', reason: 'unlinked' });
    expect(await linksOf('sub-service')).toEqual([]);
    expect(await linksOf('sub-service-claim')).toEqual([]);

    // even a link written past the admin page (a restore, a hand edit) opens nothing
    const [row] = await db.select().from(users).where(eq(users.login, made.login));
    await db
      .insert(userIdentities)
      .values({ userId: row.id, issuer: ISSUER, subject: 'sub-service-row', linkedAt: new Date() });
    expect(await signInWithIdentity(claims('sub-service-row'), plain, meta)).toEqual({
      kind: 'refused',
      reason: 'unlinked',
    });
  });
});
