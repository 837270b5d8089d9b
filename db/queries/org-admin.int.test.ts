import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/index';
import { events, organizations, users } from '@/db/schema';
import { today } from '@/lib/clock';
import type { UnitPurpose } from '@/lib/validations/unit-options';
import { viewerFor } from '@/tests/viewers';
import * as eventsModule from './events';
import { createOrganization, retireOrganization, updateOrganization } from './org-admin';
import { findManagedOrganization, organizationTree } from './org-tree';
import { createTask } from './task-edits';
import { getTask } from './tasks';
import { searchUnits } from './unit-options';
import { adminCreateUser } from './user-admin';
import type { Viewer } from './viewer';

/** Whether a unit picker of this purpose offers the unit (searched by its code). */
async function offers(viewer: Viewer, purpose: UnitPurpose, code: string, unit?: string) {
  const found = await searchUnits(viewer, { purpose, q: code, unit }, today());
  return !!found?.units.some((u) => u.code === code);
}

vi.mock('./events', async (original) => {
  const actual = await original<typeof import('./events')>();
  return { ...actual, recordEvent: vi.fn(actual.recordEvent) };
});

const orgRow = async (code: string) =>
  (await db.select().from(organizations).where(eq(organizations.code, code)))[0];
const eventsOf = (code: string) =>
  db
    .select()
    .from(events)
    .where(and(eq(events.entityType, 'organization'), eq(events.entityCode, code)));

const unit = (overrides: Partial<Parameters<typeof createOrganization>[1]> = {}) => ({
  parent: 'P31',
  code: 'HP-BTC',
  nameVi: 'Ban Tổ chức Thành ủy Hải Phòng',
  nameEn: null,
  kind: 'agency' as const,
  sector: 'party' as const,
  validFrom: null,
  ...overrides,
});

/** A province admin (P31), made for these tests by the national one. */
async function provinceAdmin() {
  const [existing] = await db.select().from(users).where(eq(users.login, 'hp.quantri'));
  if (!existing) {
    await adminCreateUser(await viewerFor('quantri'), {
      login: 'hp.quantri',
      displayName: 'Quản trị Hải Phòng',
      role: 'admin',
      organization: 'HP-VPTU',
      scope: 'P31',
      password: 'Bien-Do-Son-2026',
    });
  }
  return viewerFor('hp.quantri');
}

async function stampOf(code: string) {
  const found = await findManagedOrganization(await viewerFor('quantri'), code, today());
  return found!.stamp;
}

describe('creating a unit', () => {
  it('places it under its parent, in the province, with its event, and shows it in the tree', async () => {
    const admin = await provinceAdmin();
    expect(await createOrganization(admin, unit(), today())).toEqual({ ok: true, code: 'HP-BTC' });
    const [created, parent] = [await orgRow('HP-BTC'), await orgRow('P31')];
    expect(created).toMatchObject({
      parentId: parent.id,
      path: `${parent.path}${created.id}/`,
      provinceId: parent.id,
    });
    const [logged] = await eventsOf('HP-BTC');
    expect(logged).toMatchObject({ action: 'organization.created', actorId: admin.id, entityId: created.id });

    const found = await organizationTree(admin, { q: 'ban to chuc' }, today());
    expect(found.filter((n) => n.match).map((n) => n.code)).toEqual(['HP-BTC']);
    // its ancestors inside the scope come along, for context; nothing outside it
    expect(found.map((n) => n.code)).toEqual(['P31', 'HP-BTC']);
    expect((await organizationTree(admin, {}, today())).map((n) => n.code)).not.toContain('BNV');
  });

  it('refuses a taken code, a parent out of scope or retired, and anyone but an admin', async () => {
    const admin = await provinceAdmin();
    expect(await createOrganization(admin, unit({ code: 'HP-BDV' }), today())).toEqual({
      ok: false,
      reason: 'code_taken',
    });
    expect(await createOrganization(admin, unit({ code: 'BNV-X', parent: 'BNV' }), today())).toEqual({
      ok: false,
      reason: 'parent_invalid',
    });
    expect(await createOrganization(admin, unit({ code: 'HP-TN-X', parent: 'HP-TN' }), today())).toEqual({
      ok: false,
      reason: 'parent_invalid',
    });
    for (const login of ['hp.dieuphoi', 'dieuphoi', 'lanhdao', 'hp.danvan']) {
      expect(await createOrganization(await viewerFor(login), unit({ code: 'HP-NEW' }), today())).toEqual({
        ok: false,
        reason: 'forbidden',
      });
    }
    expect(await orgRow('HP-NEW')).toBeUndefined();
    expect(await orgRow('BNV-X')).toBeUndefined();
  });
});

describe('editing a unit', () => {
  it('changes its code and names with an event; a stale form or a taken code changes nothing', async () => {
    const admin = await viewerFor('quantri');
    await createOrganization(admin, unit({ code: 'HP-EDIT', nameVi: 'Ban Cũ' }), today());
    const stamp = await stampOf('HP-EDIT');
    const edit = { unit: 'HP-EDIT', code: 'HP-EDITED', nameVi: 'Ban Mới', nameEn: 'New Board', stamp };
    expect(await updateOrganization(admin, edit)).toEqual({ ok: true, code: 'HP-EDITED' });
    expect(await orgRow('HP-EDITED')).toMatchObject({ nameVi: 'Ban Mới', nameEn: 'New Board' });
    const [logged] = await eventsOf('HP-EDITED');
    expect(logged).toMatchObject({ action: 'organization.updated' });
    expect(logged.data).toMatchObject({ code: { from: 'HP-EDIT', to: 'HP-EDITED' } });

    // the same form again: the unit changed since it was read
    expect(await updateOrganization(admin, { ...edit, unit: 'HP-EDITED', nameVi: 'Ban Khác' })).toEqual({
      ok: false,
      reason: 'conflict',
    });
    expect(
      await updateOrganization(admin, {
        ...edit,
        unit: 'HP-EDITED',
        code: 'HP-BDV',
        stamp: await stampOf('HP-EDITED'),
      }),
    ).toEqual({ ok: false, reason: 'code_taken' });
    expect(await orgRow('HP-EDITED')).toMatchObject({ nameVi: 'Ban Mới' });
    expect(await eventsOf('HP-EDITED')).toHaveLength(1);
  });

  it('treats a unit out of scope as not found, and refuses other roles', async () => {
    const admin = await provinceAdmin();
    const stamp = await stampOf('BNV');
    const edit = { unit: 'BNV', code: 'BNV', nameVi: 'Bộ X', nameEn: null, stamp };
    expect(await findManagedOrganization(admin, 'BNV', today())).toBeNull();
    expect(await updateOrganization(admin, edit)).toEqual({ ok: false, reason: 'not_found' });
    expect(await updateOrganization(await viewerFor('dieuphoi'), edit)).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await orgRow('BNV')).toMatchObject({ nameVi: 'Bộ Nội vụ' });
  });
});

describe('retiring a unit', () => {
  it('ends it and its subtree, names the successor, keeps its history and takes it out of new assignments', async () => {
    const admin = await viewerFor('quantri');
    await createOrganization(
      admin,
      unit({ code: 'HP-SNV-1', parent: 'HP-SNV', nameVi: 'Phòng Một' }),
      today(),
    );
    const stamp = await stampOf('HP-SNV');
    const result = await retireOrganization(
      admin,
      { unit: 'HP-SNV', validTo: '2026-11-10', successor: 'HP-VPTU', stamp },
      today(),
    );
    expect(result).toEqual({ ok: true, code: 'HP-SNV' });
    const successor = await orgRow('HP-VPTU');
    expect(await orgRow('HP-SNV')).toMatchObject({ validTo: '2026-11-10', successorId: successor.id });
    expect(await orgRow('HP-SNV-1')).toMatchObject({ validTo: '2026-11-10', successorId: null });
    const [logged] = await eventsOf('HP-SNV');
    expect(logged).toMatchObject({ action: 'organization.retired', toValue: '2026-11-10' });
    expect(logged.data).toMatchObject({ successor: 'HP-VPTU', alsoRetired: ['HP-SNV-1'] });

    // history stays readable: its task still names it
    const task = await getTask(admin, 'NV-HP-07', today());
    expect(task).toMatchObject({ assigneeCode: 'HP-SNV', assigneeNameVi: (await orgRow('HP-SNV')).nameVi });
    // …but it receives nothing new
    const coordinator = await viewerFor('dieuphoi');
    expect(await offers(coordinator, 'assign', 'HP-SNV')).toBe(false);
    expect(await offers(coordinator, 'assign', 'HP-SNV-1')).toBe(false);
    expect(await offers(admin, 'account', 'HP-SNV')).toBe(false);
    const refused = await createTask(
      await viewerFor('dieuphoi'),
      {
        code: null,
        review: 'TK20-NQ23',
        title: 'Việc mới',
        description: null,
        assignee: 'HP-SNV',
        dueOn: '2026-12-31',
        session: null,
        recommendations: [],
      },
      today(),
    );
    expect(refused.ok).toBe(false);

    const tree = await organizationTree(admin, { current: '1' }, today());
    expect(tree.map((n) => n.code)).not.toContain('HP-SNV');
    const marked = (await organizationTree(admin, {}, today())).find((n) => n.code === 'HP-SNV');
    expect(marked).toMatchObject({ retired: true, validTo: '2026-11-10', successor: { code: 'HP-VPTU' } });
    const detail = await findManagedOrganization(admin, 'HP-VPTU', today());
    expect(detail?.predecessors.map((p) => p.code)).toContain('HP-SNV');

    expect(
      await retireOrganization(
        admin,
        { unit: 'HP-SNV', validTo: '2026-11-12', successor: null, stamp: await stampOf('HP-SNV') },
        today(),
      ),
    ).toEqual({ ok: false, reason: 'already_retired' });
  });

  it('refuses a successor that is a group, retired, out of scope or inside the retired subtree', async () => {
    const admin = await viewerFor('quantri');
    await createOrganization(admin, unit({ code: 'HP-R1', nameVi: 'Đơn vị R1' }), today());
    await createOrganization(admin, unit({ code: 'HP-R1-A', parent: 'HP-R1', nameVi: 'Phòng A' }), today());
    const retire = async (successor: string, viewer = admin) =>
      retireOrganization(
        viewer,
        { unit: 'HP-R1', validTo: '2026-11-10', successor, stamp: await stampOf('HP-R1') },
        today(),
      );
    for (const successor of ['TW', 'HP-TN', 'HP-R1-A', 'HP-R1', 'NOPE']) {
      expect(await retire(successor)).toEqual({ ok: false, reason: 'successor_invalid' });
    }
    expect(await retire('BNV', await provinceAdmin())).toEqual({ ok: false, reason: 'successor_invalid' });
    for (const code of ['HP-R1-A', 'TW', 'HP-TN'])
      expect(await offers(admin, 'successor', code, 'HP-R1')).toBe(false);
    expect(await offers(admin, 'successor', 'HP-BDV', 'HP-R1')).toBe(true);
    expect(await orgRow('HP-R1')).toMatchObject({ validTo: null });
    expect(await eventsOf('HP-R1')).toHaveLength(1);
  });

  it('refuses while an active account works in the subtree, a stale form, a date before the start, and other roles', async () => {
    const admin = await viewerFor('quantri');
    const result = await retireOrganization(
      admin,
      { unit: 'HP-BDV', validTo: '2026-11-10', successor: 'HP-VPTU', stamp: await stampOf('HP-BDV') },
      today(),
    );
    expect(result).toEqual({ ok: false, reason: 'active_accounts', count: 1 });

    await createOrganization(
      admin,
      unit({ code: 'HP-R2', nameVi: 'Đơn vị R2', validFrom: '2026-01-01' }),
      today(),
    );
    const stale = await stampOf('HP-R2');
    await updateOrganization(admin, {
      unit: 'HP-R2',
      code: 'HP-R2',
      nameVi: 'Đơn vị R2 mới',
      nameEn: null,
      stamp: stale,
    });
    const retire = { unit: 'HP-R2', validTo: '2026-11-10', successor: null };
    expect(await retireOrganization(admin, { ...retire, stamp: stale }, today())).toEqual({
      ok: false,
      reason: 'conflict',
    });
    const stamp = await stampOf('HP-R2');
    expect(await retireOrganization(admin, { ...retire, validTo: '2025-12-31', stamp }, today())).toEqual({
      ok: false,
      reason: 'retire_before_start',
    });
    expect(await retireOrganization(await viewerFor('dieuphoi'), { ...retire, stamp }, today())).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await orgRow('HP-R2')).toMatchObject({ validTo: null });
  });

  it('writes the change and its event in one transaction: if the event fails, nothing changed', async () => {
    const admin = await viewerFor('quantri');
    await createOrganization(admin, unit({ code: 'HP-R3', nameVi: 'Đơn vị R3' }), today());
    vi.mocked(eventsModule.recordEvent).mockRejectedValueOnce(new Error('event store down'));
    await expect(
      retireOrganization(
        admin,
        { unit: 'HP-R3', validTo: '2026-11-10', successor: 'HP-VPTU', stamp: await stampOf('HP-R3') },
        today(),
      ),
    ).rejects.toThrow('event store down');
    expect(await orgRow('HP-R3')).toMatchObject({ validTo: null, successorId: null });
    vi.mocked(eventsModule.recordEvent).mockRejectedValueOnce(new Error('event store down'));
    await expect(createOrganization(admin, unit({ code: 'HP-R4' }), today())).rejects.toThrow();
    expect(await orgRow('HP-R4')).toBeUndefined();
  });
});
