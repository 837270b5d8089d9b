import { type Actor, can } from './permissions';
import type { Role } from './roles';
import { isWithin } from './scope';

/**
 * Account administration rules (DESIGN.md, "Users"): an admin manages the accounts whose unit
 * and scope lie inside their own scope, never grants a scope wider than their own, never
 * changes their own role or deactivates themselves, and never removes the last active admin.
 */
export type AccountRefusal =
  | 'scope_too_wide'
  | 'org_outside_scope'
  | 'own_role'
  | 'own_account'
  | 'last_admin';

/** May this actor touch this account at all? (No: the account is "not found" to them.) */
export function canManageAccount(actor: Actor, account: { orgPath: string; scopePath: string }): boolean {
  return can(actor, 'user.manage', { path: account.orgPath }) && isWithin(account.scopePath, actor.scopePath);
}

/** Where an account is placed: its scope inside the admin's, its unit inside its scope. */
export function placementRefusal(actor: Actor, orgPath: string, scopePath: string): AccountRefusal | null {
  if (!isWithin(scopePath, actor.scopePath)) return 'scope_too_wide';
  if (!isWithin(orgPath, scopePath)) return 'org_outside_scope';
  return null;
}

export type AccountChange = {
  self: boolean;
  fromRole: Role;
  toRole: Role;
  fromActive: boolean;
  toActive: boolean;
  /** active admins other than this account */
  otherActiveAdmins: number;
};

export function changeRefusal(change: AccountChange): AccountRefusal | null {
  if (change.self && change.toRole !== change.fromRole) return 'own_role';
  if (change.self && !change.toActive) return 'own_account';
  const removesAdmin =
    change.fromRole === 'admin' && change.fromActive && (change.toRole !== 'admin' || !change.toActive);
  if (removesAdmin && change.otherActiveAdmins === 0) return 'last_admin';
  return null;
}
