import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { now } from '@/lib/clock';
import { childPath } from '@/lib/domain/scope';
import type {
  OrganizationCreateInput,
  OrganizationRetireInput,
  OrganizationUpdateInput,
} from '@/lib/validations/organizations';
import { db, type Transaction } from '../index';
import { organizations } from '../schema';
import { recordEvent } from './events';
import {
  activeAccountsIn,
  inForceSql,
  inSubtree,
  mayManage,
  organizationStampSql,
  successorSql,
} from './org-tree';
import type { Viewer } from './viewer';

/**
 * The organization tree as an admin manages it (DESIGN.md, "Users": an admin manages the
 * organizations of their scope). Every change runs in one transaction with its event.
 * A unit is never deleted: it is retired (`valid_to`, a successor), so its tasks and
 * recommendations keep their name and history.
 */
export type OrgAdminResult =
  | { ok: true; code: string }
  | {
      ok: false;
      reason:
        | 'not_found'
        | 'forbidden'
        | 'conflict'
        | 'code_taken'
        | 'code_immutable'
        | 'parent_invalid'
        | 'successor_invalid'
        | 'already_retired'
        | 'retire_before_start';
    }
  | { ok: false; reason: 'active_accounts'; count: number };

async function lockUnit(tx: Transaction, viewer: Viewer, code: string) {
  const [unit] = await tx
    .select({
      id: organizations.id,
      code: organizations.code,
      nameVi: organizations.nameVi,
      nameEn: organizations.nameEn,
      path: organizations.path,
      validFrom: organizations.validFrom,
      validTo: organizations.validTo,
      stamp: organizationStampSql,
    })
    .from(organizations)
    .where(and(eq(organizations.code, code), inSubtree(viewer.scope.path)))
    .for('update');
  if (!unit || !mayManage(viewer, unit.path)) return null;
  return unit;
}

const event = (viewer: Viewer, unit: { id: number; code: string }, action: string, extra: object = {}) => ({
  actorId: viewer.id,
  // the unit itself: its province's admins and coordinators find the change in their audit log
  organizationId: unit.id,
  entityType: 'organization',
  entityId: unit.id,
  entityCode: unit.code,
  action,
  ...extra,
});

/** A new unit under a parent of the admin's scope that is in force today. */
export async function createOrganization(
  viewer: Viewer,
  input: OrganizationCreateInput,
  asOf: string,
): Promise<OrgAdminResult> {
  return db.transaction(async (tx) => {
    const [parent] = await tx
      .select({ id: organizations.id, path: organizations.path, provinceId: organizations.provinceId })
      .from(organizations)
      .where(and(eq(organizations.code, input.parent), inSubtree(viewer.scope.path), inForceSql(asOf)));
    if (!mayManage(viewer, parent?.path ?? viewer.scope.path))
      return { ok: false, reason: 'forbidden' } as const;
    if (!parent) return { ok: false, reason: 'parent_invalid' } as const;
    const [row] = await tx
      .insert(organizations)
      .values({
        code: input.code,
        parentId: parent.id,
        path: 'pending',
        kind: input.kind,
        sector: input.sector,
        nameVi: input.nameVi,
        nameEn: input.nameEn,
        validFrom: input.validFrom,
        createdAt: now(),
        updatedAt: now(),
      })
      .onConflictDoNothing()
      .returning({ id: organizations.id });
    if (!row) return { ok: false, reason: 'code_taken' } as const;
    await tx
      .update(organizations)
      .set({
        path: childPath(parent.path, row.id),
        provinceId: input.kind === 'province' ? row.id : parent.provinceId,
      })
      .where(eq(organizations.id, row.id));
    await recordEvent(
      tx,
      event(viewer, { id: row.id, code: input.code }, 'organization.created', {
        toValue: input.nameVi,
        data: { parent: input.parent, kind: input.kind, sector: input.sector, validFrom: input.validFrom },
      }),
    );
    return { ok: true, code: input.code } as const;
  });
}

/**
 * Names. The code never changes once the unit exists (addresses such as /organizations/P31,
 * bookmarks, events and exports name it): a form that asks for another code is refused. The
 * unit stays where it is in the tree (moving it is not offered).
 */
export async function updateOrganization(
  viewer: Viewer,
  input: OrganizationUpdateInput,
): Promise<OrgAdminResult> {
  return db.transaction(async (tx) => {
    const unit = await lockUnit(tx, viewer, input.unit);
    if (!unit) return { ok: false, reason: 'not_found' } as const;
    if (unit.stamp !== input.stamp) return { ok: false, reason: 'conflict' } as const;
    if (input.code !== unit.code) return { ok: false, reason: 'code_immutable' } as const;
    await tx
      .update(organizations)
      .set({ nameVi: input.nameVi, nameEn: input.nameEn, updatedAt: now() })
      .where(eq(organizations.id, unit.id));
    const changed = <T>(from: T, to: T) => (from !== to ? { from, to } : undefined);
    await recordEvent(
      tx,
      event(viewer, unit, 'organization.updated', {
        data: {
          nameVi: changed(unit.nameVi, input.nameVi),
          nameEn: changed(unit.nameEn, input.nameEn),
        },
      }),
    );
    return { ok: true, code: unit.code } as const;
  });
}

/**
 * Retires a unit and the units under it that are still in force, from the day after
 * `validTo`, optionally naming the unit that takes over (as when units were merged in 2025).
 * Refused while an active account works in or watches over the subtree: the admin first moves
 * or deactivates those accounts, so that nobody is left acting for a unit that no longer exists.
 */
export async function retireOrganization(
  viewer: Viewer,
  input: OrganizationRetireInput,
  asOf: string,
): Promise<OrgAdminResult> {
  return db.transaction(async (tx) => {
    const unit = await lockUnit(tx, viewer, input.unit);
    if (!unit) return { ok: false, reason: 'not_found' } as const;
    if (unit.stamp !== input.stamp) return { ok: false, reason: 'conflict' } as const;
    if (unit.validTo !== null) return { ok: false, reason: 'already_retired' } as const;
    if (unit.validFrom !== null && input.validTo < unit.validFrom)
      return { ok: false, reason: 'retire_before_start' } as const;
    let successorId: number | null = null;
    if (input.successor) {
      const [successor] = await tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(
          and(
            eq(organizations.code, input.successor),
            successorSql(viewer.scope.path, unit.path, asOf, input.validTo),
          ),
        );
      if (!successor) return { ok: false, reason: 'successor_invalid' } as const;
      successorId = successor.id;
    }
    const [{ n }] = await activeAccountsIn(tx, unit.path);
    if (n > 0) return { ok: false, reason: 'active_accounts', count: n } as const;
    await tx
      .update(organizations)
      .set({ validTo: input.validTo, successorId, updatedAt: now() })
      .where(eq(organizations.id, unit.id));
    // The units under it end with it (a unit that starts later keeps one valid day).
    const below = await tx
      .update(organizations)
      .set({ validTo: sql`GREATEST(${organizations.validFrom}, ${input.validTo}::date)`, updatedAt: now() })
      .where(
        and(
          sql`${organizations.path} LIKE ${`${unit.path}_%`}`,
          sql`(${organizations.validTo} IS NULL OR ${organizations.validTo} > ${input.validTo}::date)`,
        ),
      )
      .returning({ code: organizations.code });
    await recordEvent(
      tx,
      event(viewer, unit, 'organization.retired', {
        toValue: input.validTo,
        data: { successor: input.successor, alsoRetired: below.map((b) => b.code) },
      }),
    );
    return { ok: true, code: unit.code } as const;
  });
}
