import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { checkPasswordPolicy, hashPassword, type PasswordProblem } from '@/lib/auth/password';
import type { Role } from '@/lib/domain/roles';
import { isWithin } from '@/lib/domain/scope';
import type { Executor } from '../index';
import { organizations, users } from '../schema';
import { recordEvent } from './events';

export type NewAccount = {
  login: string;
  displayName: string;
  role: Role;
  orgCode: string;
  scopeCode: string;
  password: string;
  mustChangePassword?: boolean;
};

export type CreateUserResult =
  | { ok: true; id: number }
  | {
      ok: false;
      reason: 'login_taken' | 'unknown_org' | 'unknown_scope' | 'scope_not_ancestor' | PasswordProblem;
    };

/** Creates an account and its event in the caller's transaction; `actorId` null for the CLI. */
export async function createUser(
  tx: Executor,
  account: NewAccount,
  actorId: number | null,
): Promise<CreateUserResult> {
  const problem = checkPasswordPolicy(account.password, account.login);
  if (problem) return { ok: false, reason: problem };
  const [taken] = await tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.login}) = lower(${account.login})`);
  if (taken) return { ok: false, reason: 'login_taken' };
  const [org] = await tx.select().from(organizations).where(eq(organizations.code, account.orgCode));
  if (!org) return { ok: false, reason: 'unknown_org' };
  const [scope] = await tx.select().from(organizations).where(eq(organizations.code, account.scopeCode));
  if (!scope) return { ok: false, reason: 'unknown_scope' };
  if (!isWithin(org.path, scope.path)) return { ok: false, reason: 'scope_not_ancestor' };

  const [row] = await tx
    .insert(users)
    .values({
      login: account.login,
      displayName: account.displayName,
      passwordHash: await hashPassword(account.password),
      role: account.role,
      organizationId: org.id,
      scopeId: scope.id,
      mustChangePassword: account.mustChangePassword ?? false,
    })
    .returning({ id: users.id });
  await recordEvent(tx, {
    actorId,
    organizationId: org.id,
    entityType: 'user',
    entityId: row.id,
    entityCode: account.login,
    action: 'user.create',
    data: { role: account.role, org: org.code, scope: scope.code },
  });
  return { ok: true, id: row.id };
}
