import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { now, today } from '@/lib/clock';
import { placementRefusal } from '@/lib/domain/accounts';
import { can } from '@/lib/domain/permissions';
import type { Role } from '@/lib/domain/roles';
import type { ServiceAccountCreateInput, ServiceTokenCreateInput } from '@/lib/validations/service-accounts';
import { db, type Transaction } from '../index';
import { apiTokens, organizations, users } from '../schema';
import { type NewEvent, recordEvent } from './events';
import { inForceSql } from './org-tree';
import { confirmPassword, insertToken, revokeTokensInForce, type TokenRow, tokensOf } from './tokens';
import type { Viewer } from './viewer';

/**
 * Service accounts: users of kind 'service', with no password (they never sign in, see
 * db/queries/auth.ts and viewer.ts), a unit (their scope is that unit) and a role other than
 * admin. An admin manages those whose unit lies in the admin's scope, as /admin/users does for
 * people; their tokens act as them through the same Viewer as a personal token.
 */
export type ServiceAccountRow = {
  id: number;
  login: string;
  name: string;
  description: string | null;
  role: Role;
  active: boolean;
  org: { code: string; nameVi: string; nameEn: string | null };
  createdAt: Date;
  tokensInForce: number;
  lastUsedAt: Date | null;
};

const mayManage = (viewer: Viewer) => can(actorOf(viewer), 'user.manage', { path: viewer.scope.path });

function managed(viewer: Viewer) {
  return and(eq(users.kind, 'service'), sql`${organizations.path} LIKE ${`${viewer.scope.path}%`}`);
}

const accountColumns = (at: Date) => ({
  id: users.id,
  login: users.login,
  name: users.displayName,
  description: users.description,
  role: users.role,
  active: users.active,
  org: { code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn },
  createdAt: users.createdAt,
  tokensInForce: sql<number>`(SELECT count(*)::int FROM ${apiTokens} WHERE ${apiTokens.userId} = ${users.id}
    AND ${apiTokens.revokedAt} IS NULL AND ${apiTokens.expiresAt} > ${at.toISOString()}::timestamptz)`,
  lastUsedAt: sql<Date | null>`(SELECT max(${apiTokens.lastUsedAt}) FROM ${apiTokens} WHERE ${apiTokens.userId} = ${users.id})`,
});

const toDate = (value: Date | string | null) => (value === null ? null : new Date(value));

export async function listServiceAccounts(viewer: Viewer, at: Date): Promise<ServiceAccountRow[]> {
  if (!mayManage(viewer)) return [];
  const rows = await db
    .select(accountColumns(at))
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(managed(viewer))
    .orderBy(desc(users.active), asc(organizations.path), asc(users.displayName), asc(users.id));
  return rows.map((row) => ({ ...row, lastUsedAt: toDate(row.lastUsedAt) }));
}

/** One service account of the admin's scope and its tokens (newest first), or null. */
export async function findServiceAccount(
  viewer: Viewer,
  login: string,
  at: Date,
): Promise<{ account: ServiceAccountRow; tokens: TokenRow[] } | null> {
  if (!mayManage(viewer)) return null;
  const [row] = await db
    .select(accountColumns(at))
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(managed(viewer), sql`lower(${users.login}) = lower(${login})`));
  if (!row) return null;
  const tokens = await tokensOf(row.id);
  return {
    account: { ...row, lastUsedAt: toDate(row.lastUsedAt) },
    tokens,
  };
}

export type ServiceAccountResult =
  | { ok: true; login: string }
  | { ok: false; reason: 'forbidden' | 'unknown_org' | 'scope_too_wide' };

/**
 * A new service account in a unit of the admin's scope (in force today). Its login is made
 * here (`svc.<unit code>.<6 random characters>`): nobody types it, it names the account in the
 * audit log and in URLs.
 */
export async function createServiceAccount(
  viewer: Viewer,
  input: ServiceAccountCreateInput,
): Promise<ServiceAccountResult> {
  if (!mayManage(viewer)) return { ok: false, reason: 'forbidden' };
  return db.transaction(async (tx): Promise<ServiceAccountResult> => {
    const [org] = await tx
      .select({ id: organizations.id, code: organizations.code, path: organizations.path })
      .from(organizations)
      .where(and(sql`upper(${organizations.code}) = upper(${input.organization})`, inForceSql(today())));
    if (!org) return { ok: false, reason: 'unknown_org' };
    if (placementRefusal(actorOf(viewer), org.path, org.path)) return { ok: false, reason: 'scope_too_wide' };
    const login = `svc.${org.code.toLowerCase()}.${randomBytes(4).toString('hex').slice(0, 6)}`;
    const [row] = await tx
      .insert(users)
      .values({
        login,
        displayName: input.name,
        description: input.description || null,
        passwordHash: null,
        kind: 'service',
        role: input.role,
        organizationId: org.id,
        scopeId: org.id,
        digest: 'off',
      })
      .returning({ id: users.id });
    await recordEvent(tx, {
      ...adminEvent(viewer, { id: row.id, login }, 'user.service_account_created'),
      toValue: input.role,
      data: { name: input.name, organization: org.code },
    });
    return { ok: true, login };
  });
}

function adminEvent(viewer: Viewer, target: { id: number; login: string }, action: string): NewEvent {
  return {
    actorId: viewer.id,
    organizationId: viewer.org.id,
    entityType: 'user',
    entityId: target.id,
    entityCode: target.login,
    action,
  };
}

/** The service account, locked for a change, if the admin manages it (and it is still active). */
async function lockAccount(tx: Transaction, viewer: Viewer, login: string) {
  const [row] = await tx
    .select({ id: users.id, login: users.login, active: users.active })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(managed(viewer), sql`lower(${users.login}) = lower(${login})`))
    .for('update', { of: users });
  return row?.active ? row : null;
}

export type ServiceTokenResult =
  | { ok: true; id: number; token: string; expiresAt: Date }
  | { ok: false; reason: 'not_found' | 'too_many' | 'wrong_password' | 'throttled' };

/**
 * A token for an active service account of the admin's scope, read-only or read-write, with an
 * expiry. The admin confirms their own password first (as for a personal token). The secret is
 * returned this once.
 */
export async function issueServiceToken(
  viewer: Viewer,
  input: ServiceTokenCreateInput,
  at: Date,
  meta: { address: string | null } = { address: null },
): Promise<ServiceTokenResult> {
  if (!mayManage(viewer)) return { ok: false, reason: 'not_found' };
  const confirmed = await confirmPassword(viewer, input.password, at, meta);
  if (!confirmed.ok) return confirmed;
  return db.transaction(async (tx): Promise<ServiceTokenResult> => {
    const account = await lockAccount(tx, viewer, input.account);
    if (!account) return { ok: false, reason: 'not_found' };
    const made = await insertToken(tx, account.id, input, at);
    if (!made.ok) return made;
    await recordEvent(tx, {
      ...adminEvent(viewer, account, 'user.token_issued'),
      data: {
        tokenId: made.id,
        name: input.name,
        scope: input.scope,
        prefix: made.prefix,
        expiresAt: made.expiresAt.toISOString(),
      },
    });
    return { ok: true, id: made.id, token: made.token, expiresAt: made.expiresAt };
  });
}

/** Deactivates a service account and revokes every token of it in force, in one transaction. */
export async function deactivateServiceAccount(
  viewer: Viewer,
  login: string,
  at: Date,
): Promise<{ ok: true; revoked: number } | { ok: false; reason: 'not_found' }> {
  if (!mayManage(viewer)) return { ok: false, reason: 'not_found' };
  return db.transaction(async (tx) => {
    const account = await lockAccount(tx, viewer, login);
    if (!account) return { ok: false as const, reason: 'not_found' as const };
    await tx
      .update(users)
      .set({ active: false, updatedAt: now(), sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, account.id));
    const event = adminEvent(viewer, account, 'user.deactivated');
    await recordEvent(tx, event);
    const revoked = await revokeTokensInForce(tx, account.id, at, event, 'service_account_deactivated');
    return { ok: true as const, revoked };
  });
}
