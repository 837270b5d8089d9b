import 'server-only';
import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { OrgKind, Sector } from '@/lib/domain/roles';
import { likePattern } from '@/lib/domain/text';
import { db } from '../index';
import { organizations } from '../schema';
import { inSubtree } from './org-tree';
import type { Viewer } from './viewer';

/**
 * The organizations a viewer may read, as /organizations/[code] reads them (organization-page.ts
 * organizationForViewer): the units of the viewer's scope, the scope itself included. Anything
 * else — unknown or out of reach — is not there (a 404).
 */
const parentOrg = alias(organizations, 'parent_org');
const successorOrg = alias(organizations, 'successor_org');
const provinceOrg = alias(organizations, 'province_org');

export type OrganizationRow = {
  code: string;
  nameVi: string;
  shortNameVi: string | null;
  nameEn: string | null;
  kind: OrgKind;
  sector: Sector;
  path: string;
  parentCode: string | null;
  provinceCode: string | null;
  successorCode: string | null;
  validFrom: string | null;
  validTo: string | null;
};

const columns = {
  code: organizations.code,
  nameVi: organizations.nameVi,
  shortNameVi: organizations.shortNameVi,
  nameEn: organizations.nameEn,
  kind: organizations.kind,
  sector: organizations.sector,
  path: organizations.path,
  parentCode: parentOrg.code,
  provinceCode: provinceOrg.code,
  successorCode: successorOrg.code,
  validFrom: organizations.validFrom,
  validTo: organizations.validTo,
};

function select(viewer: Viewer, conditions: (SQL | undefined)[], limit: number): Promise<OrganizationRow[]> {
  return db
    .select(columns)
    .from(organizations)
    .leftJoin(parentOrg, eq(parentOrg.id, organizations.parentId))
    .leftJoin(provinceOrg, eq(provinceOrg.id, organizations.provinceId))
    .leftJoin(successorOrg, eq(successorOrg.id, organizations.successorId))
    .where(and(inSubtree(viewer.scope.path), ...conditions))
    .orderBy(asc(organizations.code))
    .limit(limit);
}

/** A page of the organizations in reach, by code after `after`; filtered by parent, kind, text. */
export async function listOrganizationsAfter(
  viewer: Viewer,
  filters: { parent?: string; kind?: OrgKind; q?: string },
  page: { after?: string; limit: number },
): Promise<{ rows: OrganizationRow[]; next: string | null }> {
  const rows = await select(
    viewer,
    [
      filters.parent ? eq(parentOrg.code, filters.parent) : undefined,
      filters.kind ? eq(organizations.kind, filters.kind) : undefined,
      filters.q ? sql`${organizations.searchText} LIKE ${likePattern(filters.q)}` : undefined,
      page.after ? gt(organizations.code, page.after) : undefined,
    ],
    page.limit + 1,
  );
  const shown = rows.slice(0, page.limit);
  return { rows: shown, next: rows.length > page.limit ? (shown.at(-1)?.code ?? null) : null };
}

/** One organization in reach, or null. */
export async function findOrganization(viewer: Viewer, code: string): Promise<OrganizationRow | null> {
  const [row] = await select(viewer, [eq(organizations.code, code)], 1);
  return row ?? null;
}
