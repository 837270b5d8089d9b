import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorOf } from '@/lib/auth/actor';
import { can } from '@/lib/domain/permissions';
import { GROUP_KINDS, type OrgKind, type Sector } from '@/lib/domain/roles';
import { likePattern } from '@/lib/domain/text';
import { db, type Executor } from '../index';
import { organizations, users } from '../schema';
import type { Viewer } from './viewer';

/** The organization tree as an admin reads it; the changes are in org-admin.ts. */

const successorOrg = alias(organizations, 'successor_org');
const parentOrg = alias(organizations, 'parent_org');

/**
 * A digest of what the admin can change on a unit. The edit and retire forms carry the one
 * they read; if the unit changed since, the two differ and nothing is written.
 */
export const organizationStampSql = sql<string>`md5(concat_ws('|', ${organizations.code}, ${organizations.nameVi}, ${organizations.nameEn}, ${organizations.parentId}, ${organizations.validTo}, ${organizations.successorId}))`;

export const mayManage = (viewer: Viewer, path: string) =>
  can(actorOf(viewer), 'organization.manage', { path });

export const inSubtree = (path: string) => sql`${organizations.path} LIKE ${`${path}%`}`;

/** Retired on `asOf`: its last valid day is before it. */
export const retiredSql = (asOf: string) =>
  sql<boolean>`(${organizations.validTo} IS NOT NULL AND ${organizations.validTo} < ${asOf}::date)`;

/**
 * In force on `asOf`, the one definition: from `valid_from` (none: it always was) through
 * `valid_to` (none: it still is), both days included.
 */
export const inForceSql = (asOf: string) =>
  sql`((${organizations.validTo} IS NULL OR ${organizations.validTo} >= ${asOf}::date)
    AND (${organizations.validFrom} IS NULL OR ${organizations.validFrom} <= ${asOf}::date))`;

/**
 * A unit that may receive new work on `asOf` — be assigned a task, be addressed or raise a
 * recommendation, be visited by a survey session: in force, and not a group.
 */
export const openToNewWorkSql = (asOf: string) =>
  sql`(${organizations.kind}::text NOT IN ${[...GROUP_KINDS]} AND ${inForceSql(asOf)})`;

/**
 * A unit that may succeed the one at `retiringPath` when its last day is `lastDay`: in the scope,
 * not inside the retiring unit, not a group, and still active after that day (a successor that
 * starts later, as in a merger, is allowed). The retire form's picker asks it with `lastDay`
 * unknown yet (today); the write checks the day chosen.
 */
export const successorSql = (scopePath: string, retiringPath: string, asOf: string, lastDay = asOf) =>
  and(
    inSubtree(scopePath),
    sql`${organizations.path} NOT LIKE ${`${retiringPath}%`}`,
    sql`${organizations.kind}::text NOT IN ${[...GROUP_KINDS]}`,
    sql`(${organizations.validTo} IS NULL OR (${organizations.validTo} >= ${asOf}::date AND ${organizations.validTo} > ${lastDay}::date))`,
  );

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
export function activeAccountsIn(tx: Executor, path: string) {
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
