import 'server-only';
import { and, asc, desc, type SQL, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { can, reachPath } from '@/lib/domain/permissions';
import { likePattern } from '@/lib/domain/text';
import type { UnitPurpose } from '@/lib/validations/unit-options';
import { db } from '../index';
import { organizations } from '../schema';
import { inForceSql, inSubtree, openToNewWorkSql, successorSql } from './org-tree';
import { coordinatorSql } from './review-admin';
import { assignableCondition } from './tasks';
import type { Viewer } from './viewer';

/**
 * The units a form may pick, searched on the server: a national scope holds ~3,500 of them, too
 * many for a drop-down list and never to be cut silently. Each purpose is the rule of the list
 * it replaces (and that its write checks again); null for a viewer who may not use that form.
 */

export const UNIT_RESULTS = 20;

export type UnitOption = { code: string; nameVi: string; nameEn: string | null };

async function purposeCondition(
  viewer: Viewer,
  purpose: UnitPurpose,
  asOf: string,
  unit?: string,
): Promise<SQL | undefined | null> {
  const actor = actorOf(viewer);
  const scope = { path: viewer.scope.path };
  switch (purpose) {
    case 'assign':
      return can(actor, 'task.create', scope) ? assignableCondition(viewer.scope.path, asOf) : null;
    case 'source': {
      const reach = reachPath(actor);
      return reach ? and(openToNewWorkSql(asOf), inSubtree(reach)) : null;
    }
    case 'session':
      return can(actor, 'session.manage', scope)
        ? and(inSubtree(viewer.scope.path), openToNewWorkSql(asOf))
        : null;
    case 'account':
      return can(actor, 'user.manage', scope) ? and(inSubtree(viewer.scope.path), inForceSql(asOf)) : null;
    case 'parent':
      return can(actor, 'organization.manage', scope)
        ? and(inSubtree(viewer.scope.path), inForceSql(asOf))
        : null;
    case 'successor': {
      if (!can(actor, 'organization.manage', scope) || !unit) return null;
      const [retiring] = await db
        .select({ path: organizations.path })
        .from(organizations)
        .where(and(sql`${organizations.code} = ${unit}`, inSubtree(viewer.scope.path)));
      return retiring ? successorSql(viewer.scope.path, retiring.path, asOf) : null;
    }
    case 'coordinator':
      return can(actor, 'review.manage', scope) ? coordinatorSql(viewer, asOf) : null;
  }
}

/**
 * Units for `purpose` whose code or name (with or without diacritics) contains `q`, the exact
 * code first, then in tree order; at most UNIT_RESULTS, with how many match in all so that the
 * form says when there are more.
 */
export async function searchUnits(
  viewer: Viewer,
  params: { purpose: UnitPurpose; q: string; unit?: string },
  asOf: string,
): Promise<{ units: UnitOption[]; total: number } | null> {
  const condition = await purposeCondition(viewer, params.purpose, asOf, params.unit);
  if (condition === null) return null;
  const q = params.q.trim();
  const rows = await db
    .select({
      code: organizations.code,
      nameVi: organizations.nameVi,
      nameEn: organizations.nameEn,
      total: sql<number>`count(*) OVER ()`.mapWith(Number),
    })
    .from(organizations)
    .where(and(condition, q ? sql`${organizations.searchText} LIKE ${likePattern(q)}` : undefined))
    .orderBy(desc(sql`upper(${organizations.code}) = upper(${q})`), asc(organizations.path))
    .limit(UNIT_RESULTS);
  return {
    units: rows.map(({ code, nameVi, nameEn }) => ({ code, nameVi, nameEn })),
    total: rows[0]?.total ?? 0,
  };
}
