import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorOf } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import { GROUP_KINDS, type OrgKind, type Sector } from '@/lib/domain/roles';
import { childPath } from '@/lib/domain/scope';
import { likePattern } from '@/lib/domain/text';
import type {
  OrganizationCreateInput,
  OrganizationRetireInput,
  OrganizationUpdateInput,
} from '@/lib/validations/organizations';
import { db, type Executor, type Transaction } from '../index';
import { organizations, users } from '../schema';
import { recordEvent } from './events';
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
        | 'parent_invalid'
        | 'successor_invalid'
        | 'already_retired'
        | 'retire_before_start';
    }
  | { ok: false; reason: 'active_accounts'; count: number };

const successorOrg = alias(organizations, 'successor_org');
const parentOrg = alias(organizations, 'parent_org');

/**
 * A digest of what the admin can change on a unit. The edit and retire forms carry the one
 * they read; if the unit changed since, the two differ and nothing is written.
 */
export const organizationStampSql = sql<string>`md5(concat_ws('|', ${organizations.code}, ${organizations.nameVi}, ${organizations.nameEn}, ${organizations.parentId}, ${organizations.validTo}, ${organizations.successorId}))`;

const mayManage = (viewer: Viewer, path: string) => can(actorOf(viewer), 'organization.manage', { path });

const inSubtree = (path: string) => sql`${organizations.path} LIKE ${`${path}%`}`;

/** Retired on `asOf`: its last valid day is before it. */
const retiredSql = (asOf: string) =>
  sql<boolean>`(${organizations.validTo} IS NOT NULL AND ${organizations.validTo} < ${asOf}::date)`;

/** A unit that may receive new work on `asOf`: not a group, in force. */
const inForceSql = (asOf: string) =>
  sql`(${organizations.validTo} IS NULL OR ${organizations.validTo} >= ${asOf}::date)
    AND (${organizations.validFrom} IS NULL OR ${organizations.validFrom} <= ${asOf}::date)`;

export type TreeNode = {
  id: number;
  parentId: number | null;
  code: string;
  nameVi: string;
  nameEn: string | null;
  kind: OrgKind;
  validTo: string | null;
  retired: boolean;
  /** the unit matches the search (the others are its ancestors, shown for context) */
  match: boolean;
  successor: { code: string; nameVi: string; nameEn: string | null } | null;
};

/**
 * The units of the admin's scope, in creation order (the tree is built by the page). With a
 * search, the matching units (code or name, with or without diacritics) and their ancestors.
 */
export async function organizationTree(
  viewer: Viewer,
  params: { q?: string; current?: '1' },
  asOf: string,
): Promise<TreeNode[]> {
  if (!mayManage(viewer, viewer.scope.path)) return [];
  const pattern = params.q ? likePattern(params.q) : null;
  const matchSql = pattern ? sql<boolean>`(${organizations.searchText} LIKE ${pattern})` : sql<boolean>`TRUE`;
  const current = params.current ? sql`NOT ${retiredSql(asOf)}` : undefined;
  const withMatches = pattern
    ? sql`EXISTS (SELECT 1 FROM organizations m WHERE m.path LIKE ${organizations.path} || '%'
        AND m.path LIKE ${`${viewer.scope.path}%`} AND m.search_text LIKE ${pattern}
        ${params.current ? sql`AND (m.valid_to IS NULL OR m.valid_to >= ${asOf}::date)` : sql``})`
    : undefined;
  return db
    .select({
      id: organizations.id,
      parentId: organizations.parentId,
      code: organizations.code,
      nameVi: organizations.nameVi,
      nameEn: organizations.nameEn,
      kind: organizations.kind,
      validTo: organizations.validTo,
      retired: retiredSql(asOf),
      match: matchSql,
      successor: { code: successorOrg.code, nameVi: successorOrg.nameVi, nameEn: successorOrg.nameEn },
    })
    .from(organizations)
    .leftJoin(successorOrg, eq(successorOrg.id, organizations.successorId))
    .where(and(inSubtree(viewer.scope.path), current, withMatches))
    .orderBy(asc(organizations.id)) as Promise<TreeNode[]>;
}

export type OrgRef = { code: string; nameVi: string; nameEn: string | null };

export type ManagedOrganization = {
  id: number;
  code: string;
  nameVi: string;
  nameEn: string | null;
  kind: OrgKind;
  sector: Sector;
  path: string;
  validFrom: string | null;
  validTo: string | null;
  retired: boolean;
  stamp: string;
  parent: OrgRef | null;
  successor: (OrgRef & { inScope: boolean }) | null;
  /** units whose successor this one is (e.g. the commissions merged into it) */
  predecessors: OrgRef[];
  children: (OrgRef & { validTo: string | null })[];
  activeAccounts: number;
};

/** One unit of the admin's scope, or null when it is out of their reach. */
export async function findManagedOrganization(
  viewer: Viewer,
  code: string,
  asOf: string,
): Promise<ManagedOrganization | null> {
  const [row] = await db
    .select({
      id: organizations.id,
      code: organizations.code,
      nameVi: organizations.nameVi,
      nameEn: organizations.nameEn,
      kind: organizations.kind,
      sector: organizations.sector,
      path: organizations.path,
      validFrom: organizations.validFrom,
      validTo: organizations.validTo,
      retired: retiredSql(asOf),
      stamp: organizationStampSql,
      parentCode: parentOrg.code,
      parentNameVi: parentOrg.nameVi,
      parentNameEn: parentOrg.nameEn,
      successorCode: successorOrg.code,
      successorNameVi: successorOrg.nameVi,
      successorNameEn: successorOrg.nameEn,
      successorPath: successorOrg.path,
    })
    .from(organizations)
    .leftJoin(parentOrg, eq(parentOrg.id, organizations.parentId))
    .leftJoin(successorOrg, eq(successorOrg.id, organizations.successorId))
    .where(and(eq(organizations.code, code), inSubtree(viewer.scope.path)));
  if (!row || !mayManage(viewer, row.path)) return null;
  const ref = { code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn };
  const [predecessors, children, [{ n }]] = await Promise.all([
    db
      .select(ref)
      .from(organizations)
      .where(eq(organizations.successorId, row.id))
      .orderBy(asc(organizations.id)),
    db
      .select({ ...ref, validTo: organizations.validTo })
      .from(organizations)
      .where(eq(organizations.parentId, row.id))
      .orderBy(asc(organizations.id)),
    activeAccountsIn(db, row.path),
  ]);
  return {
    id: row.id,
    code: row.code,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    kind: row.kind,
    sector: row.sector,
    path: row.path,
    validFrom: row.validFrom,
    validTo: row.validTo,
    retired: row.retired,
    stamp: row.stamp,
    parent: row.parentCode
      ? { code: row.parentCode, nameVi: row.parentNameVi!, nameEn: row.parentNameEn }
      : null,
    successor: row.successorCode
      ? {
          code: row.successorCode,
          nameVi: row.successorNameVi!,
          nameEn: row.successorNameEn,
          inScope: row.successorPath!.startsWith(viewer.scope.path),
        }
      : null,
    predecessors,
    children,
    activeAccounts: n,
  };
}

/** Active accounts that work in, or watch over, a unit of this subtree. */
function activeAccountsIn(tx: Executor, path: string) {
  const prefix = `${path}%`;
  return tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        sql`(${users.organizationId} IN (SELECT o.id FROM organizations o WHERE o.path LIKE ${prefix})
          OR ${users.scopeId} IN (SELECT o.id FROM organizations o WHERE o.path LIKE ${prefix}))`,
      ),
    );
}

/** Units of the scope in force on `asOf`: parents of a new unit (groups included). */
export async function parentOptions(viewer: Viewer, asOf: string): Promise<(OrgRef & { sector: Sector })[]> {
  if (!mayManage(viewer, viewer.scope.path)) return [];
  return db
    .select({
      code: organizations.code,
      nameVi: organizations.nameVi,
      nameEn: organizations.nameEn,
      sector: organizations.sector,
    })
    .from(organizations)
    .where(and(inSubtree(viewer.scope.path), inForceSql(asOf)))
    .orderBy(asc(organizations.path));
}

/** Units that may take over a retired one: in scope, in force, not groups, outside its subtree. */
export async function successorOptions(viewer: Viewer, unitPath: string, asOf: string): Promise<OrgRef[]> {
  if (!mayManage(viewer, viewer.scope.path)) return [];
  return db
    .select({ code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn })
    .from(organizations)
    .where(
      and(
        inSubtree(viewer.scope.path),
        sql`${organizations.path} NOT LIKE ${`${unitPath}%`}`,
        inForceSql(asOf),
        sql`${organizations.kind}::text NOT IN ${[...GROUP_KINDS]}`,
      ),
    )
    .orderBy(asc(organizations.path));
}

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

async function codeTaken(tx: Transaction, code: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.code, code));
  return !!row;
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

/** Code and names. The unit stays where it is in the tree (moving it is not offered). */
export async function updateOrganization(
  viewer: Viewer,
  input: OrganizationUpdateInput,
): Promise<OrgAdminResult> {
  return db.transaction(async (tx) => {
    const unit = await lockUnit(tx, viewer, input.unit);
    if (!unit) return { ok: false, reason: 'not_found' } as const;
    if (unit.stamp !== input.stamp) return { ok: false, reason: 'conflict' } as const;
    if (input.code !== unit.code && (await codeTaken(tx, input.code)))
      return { ok: false, reason: 'code_taken' } as const;
    await tx
      .update(organizations)
      .set({ code: input.code, nameVi: input.nameVi, nameEn: input.nameEn, updatedAt: now() })
      .where(eq(organizations.id, unit.id));
    const changed = <T>(from: T, to: T) => (from !== to ? { from, to } : undefined);
    await recordEvent(
      tx,
      event(viewer, { id: unit.id, code: input.code }, 'organization.updated', {
        data: {
          code: changed(unit.code, input.code),
          nameVi: changed(unit.nameVi, input.nameVi),
          nameEn: changed(unit.nameEn, input.nameEn),
        },
      }),
    );
    return { ok: true, code: input.code } as const;
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
            inSubtree(viewer.scope.path),
            sql`${organizations.path} NOT LIKE ${`${unit.path}%`}`,
            sql`${organizations.kind}::text NOT IN ${[...GROUP_KINDS]}`,
            sql`(${organizations.validTo} IS NULL OR (${organizations.validTo} >= ${asOf}::date AND ${organizations.validTo} > ${input.validTo}::date))`,
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
