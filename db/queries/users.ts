import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { checkPasswordPolicy, hashPassword, type PasswordProblem } from '@/lib/auth/password';
import type { Role } from '@/lib/domain/roles';
import { likePattern, SQL_FOLD_FROM, SQL_FOLD_TO } from '@/lib/domain/text';
import { db, type Executor } from '../index';
import { organizations, users } from '../schema';
import { recordEvent } from './events';
import type { Viewer } from './viewer';

export const USERS_PAGE_SIZE = 50;

export type NewAccount = {
  login: string;
  displayName: string;
  password: string;
  role: Role;
  organizationId: number;
  scopeId: number;
  /** true when someone other than the user chose the password */
  mustChangePassword: boolean;
  /** who creates it: null from the command line */
  actorId: number | null;
  actorOrgId?: number | null;
};

export type CreateUserResult =
  | { ok: true; id: number }
  | { ok: false; reason: 'login_taken' | PasswordProblem };

/**
 * Creates an account inside the caller's transaction, with its event: used by /admin/users
 * and by the `user:create` command. The password meets the policy and is hashed with argon2id.
 * Placement rules (scope not wider than the admin's) are the caller's to check.
 */
export async function createUser(tx: Executor, account: NewAccount): Promise<CreateUserResult> {
  const problem = checkPasswordPolicy(account.password, account.login);
  if (problem) return { ok: false, reason: problem };
  const passwordHash = await hashPassword(account.password);
  const [row] = await tx
    .insert(users)
    .values({
      login: account.login,
      displayName: account.displayName,
      passwordHash,
      role: account.role,
      organizationId: account.organizationId,
      scopeId: account.scopeId,
      mustChangePassword: account.mustChangePassword,
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (!row) return { ok: false, reason: 'login_taken' };
  await recordEvent(tx, {
    actorId: account.actorId,
    organizationId: account.actorOrgId ?? account.organizationId,
    entityType: 'user',
    entityId: row.id,
    entityCode: account.login,
    action: 'user.created',
    toValue: account.role,
    data: { organizationId: account.organizationId, scopeId: account.scopeId },
  });
  return { ok: true, id: row.id };
}

const scopeOrg = alias(organizations, 'scope_org');

export type UserRow = {
  id: number;
  login: string;
  displayName: string;
  role: Role;
  active: boolean;
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
  lockedUntil: Date | null;
  lastLoginAt: Date | null;
  /** the confirmed e-mail address (an admin's is confirmed) */
  email: string | null;
  org: { code: string; nameVi: string; nameEn: string | null };
  scope: { code: string; nameVi: string; nameEn: string | null };
  /** what the edit form read, sent back with it: see stampSql */
  stamp: string;
};

/**
 * A digest of what an admin can change on an account. The edit form carries the one it read;
 * if the account changed since (another admin), the two differ and nothing is written. Not a
 * timestamp: the clock may be fixed (demos, tests) and a Date keeps only milliseconds.
 */
export const stampSql = sql<string>`md5(concat_ws('|', ${users.displayName}, ${users.role}, ${users.organizationId}, ${users.scopeId}, ${users.active}))`;

/**
 * The accounts an admin manages here: people whose unit and scope lie inside the admin's scope
 * (service accounts are managed at /admin/service-accounts: db/queries/service-accounts.ts).
 */
function managedBy(viewer: Viewer) {
  const prefix = `${viewer.scope.path}%`;
  return and(
    sql`${organizations.path} LIKE ${prefix}`,
    sql`${scopeOrg.path} LIKE ${prefix}`,
    eq(users.kind, 'person'),
  );
}

const userColumns = {
  id: users.id,
  login: users.login,
  displayName: users.displayName,
  role: users.role,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  twoFactorEnabled: sql<boolean>`${users.totpEnabledAt} IS NOT NULL`,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  email: users.email,
  stamp: stampSql,
  org: { code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn },
  scope: { code: scopeOrg.code, nameVi: scopeOrg.nameVi, nameEn: scopeOrg.nameEn },
};

export async function listUsers(
  viewer: Viewer,
  params: { q?: string; page?: number },
): Promise<{ rows: UserRow[]; total: number }> {
  const search = params.q
    ? sql`lower(translate(${users.login} || ' ' || ${users.displayName}, ${SQL_FOLD_FROM}, ${SQL_FOLD_TO})) LIKE ${likePattern(params.q)}`
    : undefined;
  const where = and(managedBy(viewer), search);
  const page = params.page ?? 1;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(userColumns)
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .innerJoin(scopeOrg, eq(scopeOrg.id, users.scopeId))
      .where(where)
      .orderBy(asc(users.login))
      .limit(USERS_PAGE_SIZE)
      .offset((page - 1) * USERS_PAGE_SIZE),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .innerJoin(scopeOrg, eq(scopeOrg.id, users.scopeId))
      .where(where),
  ]);
  return { rows, total };
}

/** One managed account by login, or null when it is out of the admin's reach. */
export async function findManagedUser(viewer: Viewer, login: string): Promise<UserRow | null> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .innerJoin(scopeOrg, eq(scopeOrg.id, users.scopeId))
    .where(and(managedBy(viewer), sql`lower(${users.login}) = lower(${login})`));
  return row ?? null;
}
