import 'server-only';
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorOf } from '@/lib/auth/actor';
import { checkPasswordPolicy, hashPassword, type PasswordProblem } from '@/lib/auth/password';
import { accountKey } from '@/lib/auth/throttle';
import { expiryClock, now, today } from '@/lib/clock';
import {
  type AccountRefusal,
  canManageAccount,
  changeRefusal,
  placementRefusal,
} from '@/lib/domain/accounts';
import { can } from '@/lib/domain/permissions';
import type { Role } from '@/lib/domain/roles';
import { db, type Transaction } from '../index';
import { organizations, users } from '../schema';
import { recordEvent } from './events';
import { inForceSql } from './org-tree';
import { clearThrottle } from './throttle';
import { revokeTokensInForce } from './tokens';
import { createUser, stampSql } from './users';
import type { Viewer } from './viewer';

/** Account changes by an admin. Each runs in one transaction with its event. */
export type AdminResult =
  | { ok: true }
  | {
      ok: false;
      reason:
        | 'not_found'
        | 'forbidden'
        | 'unknown_org'
        | 'login_taken'
        | 'conflict'
        | AccountRefusal
        | PasswordProblem;
    };

const scopeOrg = alias(organizations, 'scope_org');

/**
 * A unit an account may be placed in (its unit or its scope): in force today, or one the account
 * already has (an account of a unit retired since can still be renamed or moved out).
 */
async function orgByCode(tx: Transaction, code: string, keep: number[] = []) {
  const [org] = await tx
    .select({ id: organizations.id, path: organizations.path })
    .from(organizations)
    .where(
      and(
        eq(organizations.code, code),
        keep.length ? or(inForceSql(today()), inArray(organizations.id, keep)) : inForceSql(today()),
      ),
    );
  return org ?? null;
}

/**
 * The account to change, locked. The active admins are locked first, always in id order, so
 * that two admins demoting each other at once cannot both succeed (nor deadlock).
 */
async function lockTarget(tx: Transaction, viewer: Viewer, login: string) {
  await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true)))
    .orderBy(asc(users.id))
    .for('update');
  const [target] = await tx
    .select({
      id: users.id,
      login: users.login,
      role: users.role,
      active: users.active,
      organizationId: users.organizationId,
      scopeId: users.scopeId,
      displayName: users.displayName,
      stamp: stampSql,
      orgPath: organizations.path,
      scopePath: scopeOrg.path,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .innerJoin(scopeOrg, eq(scopeOrg.id, users.scopeId))
    .where(and(sql`lower(${users.login}) = lower(${login})`, eq(users.kind, 'person')))
    .for('update', { of: users });
  // a service account has no password, e-mail or second factor to reset: not found here
  if (!target || !canManageAccount(actorOf(viewer), target)) return null;
  return target;
}

async function otherActiveAdmins(tx: Transaction, id: number): Promise<number> {
  const [{ n }] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, id)));
  return n;
}

function event(viewer: Viewer, target: { id: number; login: string }, action: string, extra: object = {}) {
  return {
    actorId: viewer.id,
    organizationId: viewer.org.id,
    entityType: 'user',
    entityId: target.id,
    entityCode: target.login,
    action,
    ...extra,
  };
}

export async function adminCreateUser(
  viewer: Viewer,
  input: {
    login: string;
    displayName: string;
    role: Role;
    organization: string;
    scope: string;
    password: string;
  },
): Promise<AdminResult> {
  return db.transaction(async (tx) => {
    const [org, scope] = [await orgByCode(tx, input.organization), await orgByCode(tx, input.scope)];
    if (!org || !scope) return { ok: false, reason: 'unknown_org' } as const;
    if (!can(actorOf(viewer), 'user.manage', { path: viewer.scope.path }))
      return { ok: false, reason: 'forbidden' } as const;
    const refusal = placementRefusal(actorOf(viewer), org.path, scope.path);
    if (refusal) return { ok: false, reason: refusal } as const;
    const result = await createUser(tx, {
      ...input,
      organizationId: org.id,
      scopeId: scope.id,
      mustChangePassword: true,
      actorId: viewer.id,
      actorOrgId: viewer.org.id,
    });
    return result.ok ? ({ ok: true } as const) : result;
  });
}

/**
 * Name, role, unit and scope. A change of role, unit or scope ends the account's sessions.
 * `stamp` is what the form read: if someone changed the account since, nothing is written.
 */
export async function updateUser(
  viewer: Viewer,
  input: {
    login: string;
    displayName: string;
    role: Role;
    organization: string;
    scope: string;
    stamp?: string;
  },
): Promise<AdminResult> {
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, viewer, input.login);
    if (!target) return { ok: false, reason: 'not_found' } as const;
    if (input.stamp !== undefined && input.stamp !== target.stamp)
      return { ok: false, reason: 'conflict' } as const;
    const kept = [target.organizationId, target.scopeId];
    const [org, scope] = [
      await orgByCode(tx, input.organization, kept),
      await orgByCode(tx, input.scope, kept),
    ];
    if (!org || !scope) return { ok: false, reason: 'unknown_org' } as const;
    const refusal =
      placementRefusal(actorOf(viewer), org.path, scope.path) ??
      changeRefusal({
        self: target.id === viewer.id,
        fromRole: target.role,
        toRole: input.role,
        fromActive: target.active,
        toActive: target.active,
        otherActiveAdmins: await otherActiveAdmins(tx, target.id),
      });
    if (refusal) return { ok: false, reason: refusal } as const;
    const moved =
      target.role !== input.role || target.organizationId !== org.id || target.scopeId !== scope.id;
    await tx
      .update(users)
      .set({
        displayName: input.displayName,
        role: input.role,
        organizationId: org.id,
        scopeId: scope.id,
        updatedAt: now(),
        ...(moved ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
      })
      .where(eq(users.id, target.id));
    await recordEvent(
      tx,
      event(viewer, target, 'user.updated', {
        fromValue: target.role,
        toValue: input.role,
        data: {
          displayName: input.displayName !== target.displayName ? input.displayName : undefined,
          organization: target.organizationId !== org.id ? input.organization : undefined,
          scope: target.scopeId !== scope.id ? input.scope : undefined,
        },
      }),
    );
    return { ok: true } as const;
  });
}

/** Deactivation ends every session of the account at its next request. */
export async function setUserActive(viewer: Viewer, login: string, active: boolean): Promise<AdminResult> {
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, viewer, login);
    if (!target) return { ok: false, reason: 'not_found' } as const;
    const refusal = changeRefusal({
      self: target.id === viewer.id,
      fromRole: target.role,
      toRole: target.role,
      fromActive: target.active,
      toActive: active,
      otherActiveAdmins: await otherActiveAdmins(tx, target.id),
    });
    if (refusal) return { ok: false, reason: refusal } as const;
    if (target.active === active) return { ok: true } as const;
    await tx
      .update(users)
      .set({
        active,
        updatedAt: now(),
        ...(active ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }),
      })
      .where(eq(users.id, target.id));
    await recordEvent(tx, event(viewer, target, active ? 'user.reactivated' : 'user.deactivated'));
    return { ok: true } as const;
  });
}

/** A temporary password chosen by the admin: the user must change it, and is signed out everywhere. */
export async function resetPassword(viewer: Viewer, login: string, password: string): Promise<AdminResult> {
  const problem = checkPasswordPolicy(password, login);
  if (problem) return { ok: false, reason: problem };
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, viewer, login);
    if (!target) return { ok: false, reason: 'not_found' } as const;
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: now(),
      })
      .where(eq(users.id, target.id));
    await clearThrottle(tx, accountKey(target.login));
    await revokeTokensInForce(tx, target.id, expiryClock(), event(viewer, target, ''), 'password_reset');
    await recordEvent(tx, event(viewer, target, 'user.password_reset'));
    return { ok: true } as const;
  });
}

export async function signOutEverywhere(viewer: Viewer, login: string): Promise<AdminResult> {
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, viewer, login);
    if (!target) return { ok: false, reason: 'not_found' } as const;
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now() })
      .where(eq(users.id, target.id));
    await revokeTokensInForce(tx, target.id, expiryClock(), event(viewer, target, ''), 'signed_out');
    await recordEvent(tx, event(viewer, target, 'user.signed_out'));
    return { ok: true } as const;
  });
}

/**
 * A lost phone and lost recovery codes: the admin switches the account's two-factor sign-in
 * off (its key and codes are deleted) and its sessions end. The user signs in with the password
 * and sets it up again — at once if they are an administrator and it is required.
 */
export async function resetTwoFactor(viewer: Viewer, login: string): Promise<AdminResult> {
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, viewer, login);
    if (!target) return { ok: false, reason: 'not_found' } as const;
    await tx
      .update(users)
      .set({
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        recoveryCodeHashes: sql`'{}'::text[]`,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        updatedAt: now(),
      })
      .where(eq(users.id, target.id));
    await revokeTokensInForce(tx, target.id, expiryClock(), event(viewer, target, ''), '2fa_reset');
    await recordEvent(tx, event(viewer, target, 'user.2fa_reset'));
    return { ok: true } as const;
  });
}

/**
 * An address recorded by an admin counts as confirmed (the admin vouches for it); empty removes
 * it. Any pending change of the user's is dropped with it.
 */
export async function adminSetEmail(
  viewer: Viewer,
  login: string,
  email: string | null,
): Promise<AdminResult> {
  return db.transaction(async (tx) => {
    const target = await lockTarget(tx, viewer, login);
    if (!target) return { ok: false, reason: 'not_found' } as const;
    await tx
      .update(users)
      .set({
        email,
        pendingEmail: null,
        pendingEmailTokenHash: null,
        pendingEmailExpiresAt: null,
        updatedAt: now(),
      })
      .where(eq(users.id, target.id));
    await recordEvent(tx, event(viewer, target, email ? 'user.email_set' : 'user.email_removed'));
    return { ok: true } as const;
  });
}
