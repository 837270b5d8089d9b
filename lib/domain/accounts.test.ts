import { describe, expect, it } from 'vitest';
import { type AccountChange, canManageAccount, changeRefusal, placementRefusal } from './accounts';
import type { Actor } from './permissions';

const VN = '/1/';
const P31 = '/1/2/';
const HP_BDV = '/1/2/3/';
const BNV = '/1/4/';
const provinceAdmin: Actor = { role: 'admin', orgPath: P31, scopePath: P31 };
const coordinator: Actor = { role: 'coordinator', orgPath: P31, scopePath: P31 };

describe('account administration', () => {
  it('lets an admin manage only accounts whose unit and scope are inside their scope', () => {
    expect(canManageAccount(provinceAdmin, { orgPath: HP_BDV, scopePath: P31 })).toBe(true);
    expect(canManageAccount(provinceAdmin, { orgPath: HP_BDV, scopePath: VN })).toBe(false);
    expect(canManageAccount(provinceAdmin, { orgPath: BNV, scopePath: BNV })).toBe(false);
    expect(canManageAccount(coordinator, { orgPath: HP_BDV, scopePath: HP_BDV })).toBe(false);
  });

  it('never grants a scope wider than the admin’s, nor a unit outside the account’s scope', () => {
    expect(placementRefusal(provinceAdmin, HP_BDV, VN)).toBe('scope_too_wide');
    expect(placementRefusal(provinceAdmin, BNV, BNV)).toBe('scope_too_wide');
    expect(placementRefusal(provinceAdmin, P31, HP_BDV)).toBe('org_outside_scope');
    expect(placementRefusal(provinceAdmin, HP_BDV, P31)).toBeNull();
  });

  const base: AccountChange = {
    self: false,
    fromRole: 'admin',
    toRole: 'admin',
    fromActive: true,
    toActive: true,
    otherActiveAdmins: 0,
  };

  it('refuses a change of one’s own role and deactivating oneself', () => {
    expect(changeRefusal({ ...base, self: true, toRole: 'leader', otherActiveAdmins: 3 })).toBe('own_role');
    expect(changeRefusal({ ...base, self: true, toActive: false, otherActiveAdmins: 3 })).toBe('own_account');
    expect(changeRefusal({ ...base, self: true })).toBeNull();
  });

  it('keeps the last active admin', () => {
    expect(changeRefusal({ ...base, toRole: 'official' })).toBe('last_admin');
    expect(changeRefusal({ ...base, toActive: false })).toBe('last_admin');
    expect(changeRefusal({ ...base, toActive: false, otherActiveAdmins: 1 })).toBeNull();
    expect(changeRefusal({ ...base, fromRole: 'official', toRole: 'official', toActive: false })).toBeNull();
  });
});
