import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/db/index';
import { events, organizations, surveySessions, users } from '@/db/schema';
import { today } from '@/lib/clock';
import { NewRecommendationInput } from '@/lib/validations/recommendations';
import { SessionCreateInput, SessionEditInput } from '@/lib/validations/sessions';
import { TaskCreateInput } from '@/lib/validations/tasks';
import type { UnitPurpose } from '@/lib/validations/unit-options';
import { draft } from '@/tests/recommendations';
import { viewerFor } from '@/tests/viewers';
import * as eventsModule from './events';
import { createOrganization, retireOrganization, updateOrganization } from './org-admin';
import { findManagedOrganization, organizationTree } from './org-tree';
import { createRecommendation } from './recommendation-writes';
import { createSession, editSession } from './sessions';
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
  it('changes its names with an event, never its code; a stale form changes nothing', async () => {
    const admin = await viewerFor('quantri');
    await createOrganization(admin, unit({ code: 'HP-EDIT', nameVi: 'Ban Cũ' }), today());
    const stamp = await stampOf('HP-EDIT');
    const edit = { unit: 'HP-EDIT', code: 'HP-EDIT', nameVi: 'Ban Mới', nameEn: 'New Board', stamp };

    // another code, free or taken, is refused: addresses, bookmarks, events and exports name the unit by it
    for (const code of ['HP-EDITED', 'HP-BDV']) {
      expect(await updateOrganization(admin, { ...edit, code })).toEqual({
        ok: false,
        reason: 'code_immutable',
      });
    }
    expect(await orgRow('HP-EDIT')).toMatchObject({ nameVi: 'Ban Cũ' });
    expect(await orgRow('HP-EDITED')).toBeUndefined();
    expect(await eventsOf('HP-EDIT')).toHaveLength(1); // its creation only

    expect(await updateOrganization(admin, edit)).toEqual({ ok: true, code: 'HP-EDIT' });
    expect(await orgRow('HP-EDIT')).toMatchObject({ nameVi: 'Ban Mới', nameEn: 'New Board' });
    const logged = (await eventsOf('HP-EDIT')).find((e) => e.action === 'organization.updated');
    expect(logged?.data).toMatchObject({ nameVi: { from: 'Ban Cũ', to: 'Ban Mới' } });

    // the same form again: the unit changed since it was read
    expect(await updateOrganization(admin, { ...edit, nameVi: 'Ban Khác' })).toEqual({
      ok: false,
      reason: 'conflict',
    });
    expect(await orgRow('HP-EDIT')).toMatchObject({ nameVi: 'Ban Mới' });
    expect(await eventsOf('HP-EDIT')).toHaveLength(2);
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
    // a merger's new unit, which starts after the retiring one's last day: the picker and the
    // write agree that it may succeed it
    await createOrganization(admin, unit({ code: 'HP-MOI', nameVi: 'Đơn vị mới' }), today());
    await db.update(organizations).set({ validFrom: '2027-01-01' }).where(eq(organizations.code, 'HP-MOI'));
    expect(await offers(admin, 'successor', 'HP-MOI', 'HP-R1')).toBe(true);
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

describe('in force: one definition for assignment, addressees and sessions', () => {
  it('a unit before its first day takes no task, no recommendation and no session', async () => {
    const admin = await viewerFor('quantri');
    expect(
      await createOrganization(
        admin,
        unit({ code: 'HP-SAP', nameVi: 'Ban sắp lập', validFrom: '2027-01-01' }),
        today(),
      ),
    ).toEqual({ ok: true, code: 'HP-SAP' });
    const coordinator = await viewerFor('hp.dieuphoi');
    const task = TaskCreateInput.parse({
      code: '',
      review: 'TK20-NQ23',
      title: 'Việc cho đơn vị chưa lập',
      description: '',
      assignee: 'HP-SAP',
      dueOn: '2027-03-31',
      session: '',
      recommendations: [],
    });
    expect(await createTask(coordinator, task, today())).toMatchObject({
      fieldErrors: { assignee: ['tasks.errors.assigneeInvalid'] },
    });
    expect(await offers(coordinator, 'assign', 'HP-SAP')).toBe(false);
    expect(
      await createRecommendation(
        coordinator,
        NewRecommendationInput.parse({ ...draft, addressees: ['HP-SAP'] }),
      ),
    ).toMatchObject({ ok: false, field: 'addressees' });
    expect(await createSession(coordinator, session('KS-HP-SAP', 'HP-SAP', '2026-11-10'))).toMatchObject({
      fieldErrors: { organization: ['sessions.errors.organizationInvalid'] },
    });
    // from its first day on, it does
    expect(await createSession(coordinator, session('KS-HP-SAP', 'HP-SAP', '2027-01-01'))).toEqual({
      ok: true,
      code: 'KS-HP-SAP',
    });
  });

  it('a session visits a unit in force on the day it was held: not after the unit was retired', async () => {
    const coordinator = await viewerFor('hp.dieuphoi');
    // HP-TN: its last day was 2025-06-30
    expect(await createSession(coordinator, session('KS-HP-TN-2', 'HP-TN', '2025-07-01'))).toMatchObject({
      fieldErrors: { organization: ['sessions.errors.organizationInvalid'] },
    });
    expect(await createSession(coordinator, session('KS-HP-TN-2', 'HP-TN', '2025-06-30'))).toEqual({
      ok: true,
      code: 'KS-HP-TN-2',
    });
    // the session it already has can still be corrected, held on no day (today) as it is
    const [kept] = await db.select().from(surveySessions).where(eq(surveySessions.code, 'KS-HP-TN'));
    const edit = SessionEditInput.parse({
      ...sessionFields('KS-HP-TN', 'HP-TN', ''),
      title: 'Khảo sát Thủy Nguyên (sửa)',
      version: String(kept.version),
    });
    expect(await editSession(coordinator, edit)).toEqual({ ok: true, code: 'KS-HP-TN' });
  });
});

function sessionFields(code: string, organization: string, heldOn: string) {
  return {
    code,
    review: 'TK20-NQ23',
    title: 'Đoàn khảo sát',
    heldOn,
    organization,
    delegation: '',
    participants: '',
    source: '',
  };
}

const session = (code: string, organization: string, heldOn: string) =>
  SessionCreateInput.parse(sessionFields(code, organization, heldOn));
