import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorOf } from '@/lib/auth/actor';
import { claimedLogin, type IdTokenClaims, identityOf } from '@/lib/auth/oidc';
import { expiryClock } from '@/lib/clock';
import { canManageAccount } from '@/lib/domain/accounts';
import { signInFailures } from '@/lib/metrics';
import { db, type Executor } from '../index';
import { organizations, userIdentities, users } from '../schema';
import type { AuthenticatedUser } from './auth';
import { type NewEvent, recordEvent } from './events';
import { openLoginChallenge } from './login-challenges';
import type { Viewer } from './viewer';

/**
 * Sign-in through the OpenID Connect provider, and the links between its identities (issuer,
 * subject) and accounts. No account is ever made from an identity: one signs in only when
 * linked to an existing active account, and every link, unlink, sign-in and refusal is an event.
 */

export type IdentityRefusal = 'invalid_token' | 'unlinked' | 'inactive' | 'other_identity';

export type IdentitySignIn =
  | { kind: 'signed_in'; user: AuthenticatedUser }
  | { kind: 'second_factor'; nonce: string }
  | { kind: 'refused'; reason: IdentityRefusal };

type Meta = { address: string | null };

const accountColumns = {
  id: users.id,
  login: users.login,
  displayName: users.displayName,
  active: users.active,
  kind: users.kind,
  sessionVersion: users.sessionVersion,
  organizationId: users.organizationId,
  totpEnabledAt: users.totpEnabledAt,
};

/**
 * The account of an identity, linking it first when `matchClaim` names the login of an active
 * account that has no identity at this issuer yet (the account's row is locked, so that two
 * first sign-ins at once link one identity, once). Then: a deactivated account is refused
 * whatever the provider says; an account with the tracker's own two-factor sign-in gets the
 * code step unless the provider asserted multi-factor sign-in (`mfa`); any other signs in.
 */
export async function signInWithIdentity(
  claims: IdTokenClaims,
  options: { matchClaim: string | null; mfa: boolean },
  meta: Meta,
): Promise<IdentitySignIn> {
  const at = expiryClock();
  const identity = identityOf(claims);
  const outcome = await db.transaction(async (tx): Promise<IdentitySignIn> => {
    const base = { entityType: 'user', data: { method: 'oidc', address: meta.address } };
    if (!identity) {
      await recordEvent(tx, {
        ...base,
        actorId: null,
        action: 'auth.login_failed',
        data: { ...base.data, reason: 'invalid_token' },
      });
      return { kind: 'refused', reason: 'invalid_token' };
    }
    const who = { issuer: identity.issuer, subject: identity.subject.slice(0, 255) };
    // Every path locks the account's row first (here, or below by the claim), then its identity:
    // one order, so that parallel sign-ins of one account wait for each other, never deadlock.
    const [linked] = await tx
      .select({ identityId: userIdentities.id, ...accountColumns })
      .from(userIdentities)
      .innerJoin(users, eq(users.id, userIdentities.userId))
      .where(and(eq(userIdentities.issuer, identity.issuer), eq(userIdentities.subject, identity.subject)))
      .for('update', { of: users });
    let account = linked ?? null;
    let refusal: IdentityRefusal | null = null;
    const login = linked ? null : claimedLogin(claims, options.matchClaim);
    if (!linked && login) {
      const [candidate] = await tx
        .select(accountColumns)
        .from(users)
        // a service account never signs in (db/queries/service-accounts.ts): no claim names one
        .where(and(sql`lower(${users.login}) = lower(${login})`, eq(users.kind, 'person')))
        .for('update');
      if (!candidate) refusal = 'unlinked';
      else if (!candidate.active) refusal = 'inactive';
      else {
        const [other] = await tx
          .select({ id: userIdentities.id, subject: userIdentities.subject })
          .from(userIdentities)
          .where(and(eq(userIdentities.userId, candidate.id), eq(userIdentities.issuer, identity.issuer)));
        const [inserted] = other
          ? []
          : await tx
              .insert(userIdentities)
              .values({ userId: candidate.id, ...identity, linkedAt: at, linkedBy: null })
              .onConflictDoNothing()
              .returning({ id: userIdentities.id });
        if (inserted) {
          await recordEvent(tx, {
            actorId: null,
            organizationId: candidate.organizationId,
            entityType: 'user',
            entityId: candidate.id,
            entityCode: candidate.login,
            action: 'user.identity_linked',
            data: { ...who, automatic: true, claim: options.matchClaim },
          });
          account = { identityId: inserted.id, ...candidate };
        } else if (other?.subject === identity.subject) {
          // A parallel first sign-in of the same identity linked it while this one waited.
          account = { identityId: other.id, ...candidate };
        } else refusal = other ? 'other_identity' : 'unlinked';
      }
    } else if (!linked) refusal = 'unlinked';

    if (account && !account.active) refusal = 'inactive';
    if (account && account.kind !== 'person') refusal = 'unlinked';
    if (!account || refusal) {
      await recordEvent(tx, {
        ...base,
        actorId: null,
        organizationId: account?.organizationId ?? null,
        entityId: account?.id ?? null,
        entityCode: account?.login ?? null,
        action: 'auth.login_failed',
        data: { ...base.data, ...who, reason: refusal ?? 'unlinked' },
      });
      return { kind: 'refused', reason: refusal ?? 'unlinked' };
    }
    const event: NewEvent = {
      ...base,
      actorId: account.id,
      organizationId: account.organizationId,
      entityId: account.id,
      entityCode: account.login,
      action: 'auth.login',
      data: { ...base.data, ...who, login: account.login, ...(options.mfa ? { providerMfa: true } : {}) },
    };
    await tx
      .update(userIdentities)
      .set({ lastSignInAt: at })
      .where(eq(userIdentities.id, account.identityId));
    if (account.totpEnabledAt && !options.mfa) {
      // As after a right password: the tracker's own code is asked next (lib/auth/login-challenge).
      const nonce = await openLoginChallenge(tx, account, at);
      await recordEvent(tx, { ...event, action: 'auth.provider_verified' });
      return { kind: 'second_factor', nonce };
    }
    await tx.update(users).set({ lastLoginAt: at }).where(eq(users.id, account.id));
    await recordEvent(tx, event);
    return {
      kind: 'signed_in',
      user: { id: account.id, displayName: account.displayName, sessionVersion: account.sessionVersion },
    };
  });
  if (outcome.kind === 'refused') signInFailures().inc({ reason: `oidc_${outcome.reason}` });
  return outcome;
}

export type IdentityResult =
  | { ok: true }
  | { ok: false; reason: 'not_found' | 'not_configured' | 'identity_taken' | 'already_linked' };

export type LinkedIdentity = {
  id: number;
  issuer: string;
  subject: string;
  linkedAt: Date;
  linkedBy: string | null;
  lastSignInAt: Date | null;
};

const scopeOrg = alias(organizations, 'identity_scope_org');

/** The account an admin manages (null: out of reach or unknown, "not found" either way). */
async function managedAccount(executor: Executor, viewer: Viewer, login: string) {
  const [target] = await executor
    .select({
      id: users.id,
      login: users.login,
      orgPath: organizations.path,
      scopePath: scopeOrg.path,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .innerJoin(scopeOrg, eq(scopeOrg.id, users.scopeId))
    // people only: a service account has no sign-in to link an identity to
    .where(and(sql`lower(${users.login}) = lower(${login})`, eq(users.kind, 'person')));
  return target && canManageAccount(actorOf(viewer), target) ? target : null;
}

const adminEvent = (
  viewer: Viewer,
  target: { id: number; login: string },
  action: string,
  data: Record<string, unknown>,
): NewEvent => ({
  actorId: viewer.id,
  organizationId: viewer.org.id,
  entityType: 'user',
  entityId: target.id,
  entityCode: target.login,
  action,
  data,
});

/** The identities linked to an account the admin manages, oldest first. */
export async function listIdentities(viewer: Viewer, login: string): Promise<LinkedIdentity[]> {
  const target = await managedAccount(db, viewer, login);
  if (!target) return [];
  const linker = alias(users, 'linker');
  return db
    .select({
      id: userIdentities.id,
      issuer: userIdentities.issuer,
      subject: userIdentities.subject,
      linkedAt: userIdentities.linkedAt,
      linkedBy: linker.login,
      lastSignInAt: userIdentities.lastSignInAt,
    })
    .from(userIdentities)
    .leftJoin(linker, eq(linker.id, userIdentities.linkedBy))
    .where(eq(userIdentities.userId, target.id))
    .orderBy(asc(userIdentities.id));
}

/**
 * An admin links the provider's identity `subject` (at the configured issuer) to an account in
 * their reach. An identity links to one account only; an account has one identity per issuer.
 */
export async function linkIdentity(
  viewer: Viewer,
  input: { login: string; subject: string },
  issuer: string | null,
): Promise<IdentityResult> {
  if (!issuer) return { ok: false, reason: 'not_configured' };
  return db.transaction(async (tx) => {
    const target = await managedAccount(tx, viewer, input.login);
    if (!target) return { ok: false, reason: 'not_found' } as const;
    // The account's row is locked: two links at once cannot give it two identities at one issuer.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, target.id)).for('update');
    const existing = await tx
      .select({ subject: userIdentities.subject })
      .from(userIdentities)
      .where(
        and(
          eq(userIdentities.issuer, issuer),
          sql`(${userIdentities.subject} = ${input.subject} OR ${userIdentities.userId} = ${target.id})`,
        ),
      );
    if (existing.some((row) => row.subject === input.subject))
      return { ok: false, reason: 'identity_taken' } as const;
    if (existing.length) return { ok: false, reason: 'already_linked' } as const;
    const [inserted] = await tx
      .insert(userIdentities)
      .values({
        userId: target.id,
        issuer,
        subject: input.subject,
        linkedAt: expiryClock(),
        linkedBy: viewer.id,
      })
      .onConflictDoNothing()
      .returning({ id: userIdentities.id });
    if (!inserted) return { ok: false, reason: 'identity_taken' } as const;
    await recordEvent(
      tx,
      adminEvent(viewer, target, 'user.identity_linked', { issuer, subject: input.subject }),
    );
    return { ok: true } as const;
  });
}

/** An admin removes a link: the identity signs in no more (sessions open stay until they end). */
export async function unlinkIdentity(
  viewer: Viewer,
  input: { login: string; identity: number },
): Promise<IdentityResult> {
  return db.transaction(async (tx) => {
    const target = await managedAccount(tx, viewer, input.login);
    if (!target) return { ok: false, reason: 'not_found' } as const;
    const [removed] = await tx
      .delete(userIdentities)
      .where(and(eq(userIdentities.id, input.identity), eq(userIdentities.userId, target.id)))
      .returning({ issuer: userIdentities.issuer, subject: userIdentities.subject });
    if (!removed) return { ok: false, reason: 'not_found' } as const;
    await recordEvent(tx, adminEvent(viewer, target, 'user.identity_unlinked', removed));
    return { ok: true } as const;
  });
}
