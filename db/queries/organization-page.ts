import 'server-only';
import { sql } from 'drizzle-orm';
import { rankByOnTime } from '@/lib/domain/figures';
import { db, selectRows } from '../index';
import { CENTRAL_GROUP, type OrgBreakdown, tasksByOrganization } from './dashboard-breakdown';
import type { FigureFilters } from './dashboard-scope';
import type { Viewer } from './viewer';

export type OrganizationHeader = {
  code: string;
  nameVi: string;
  nameEn: string | null;
  kind: string;
  path: string;
  parent: { code: string; nameVi: string; nameEn: string | null; path: string } | null;
};

/**
 * The organization of /organizations/[code], when the viewer may read it: inside the viewer's
 * scope (their own unit included). Anything else — unknown or out of reach — is null (a 404).
 */
export async function organizationForViewer(
  viewer: Viewer,
  code: string,
): Promise<OrganizationHeader | null> {
  const [row] = await selectRows<{
    code: string;
    name_vi: string;
    name_en: string | null;
    kind: string;
    path: string;
    parent_code: string | null;
    parent_name_vi: string | null;
    parent_name_en: string | null;
    parent_path: string | null;
  }>(
    db,
    sql`SELECT o.code, o.name_vi, o.name_en, o.kind, o.path, p.code AS parent_code,
        coalesce(p.short_name_vi, p.name_vi) AS parent_name_vi, p.name_en AS parent_name_en, p.path AS parent_path
      FROM organizations o LEFT JOIN organizations p ON p.id = o.parent_id
      WHERE o.code = ${code} AND o.path LIKE ${`${viewer.scope.path}%`}`,
  );
  if (!row) return null;
  return {
    code: row.code,
    nameVi: row.name_vi,
    nameEn: row.name_en,
    kind: row.kind,
    path: row.path,
    parent:
      row.parent_code && row.parent_name_vi && row.parent_path
        ? {
            code: row.parent_code,
            nameVi: row.parent_name_vi,
            nameEn: row.parent_name_en,
            path: row.parent_path,
          }
        : null,
  };
}

export type PeerRank = { rank: number; of: number; rate: number | null; peers: OrgBreakdown[] };

/**
 * The unit's place among its peers (the units the dashboard ranks beside it: provinces, or the
 * units directly inside its parent), by the dashboard's ranking rate. Null when the viewer does
 * not read the parent's breakdown (a province's own officials see no other province) or the unit
 * has no counted task.
 */
export async function peerRank(
  viewer: Viewer,
  org: OrganizationHeader,
  filters: FigureFilters,
): Promise<PeerRank | null> {
  if (!org.parent?.path.startsWith(viewer.scope.path)) return null;
  // A parent that is the viewer's own scope (a province for a national viewer) is the dashboard's
  // own breakdown: asked unfiltered, it is the same figure (and figure-cache entry), without a
  // subtree filter that selects every unit (half the query's time at 100,000 tasks).
  const parentFilter = org.parent.code === viewer.scope.code ? undefined : org.parent.code;
  const groups = await tasksByOrganization(viewer, { ...filters, org: parentFilter });
  // Peers are units of the same parent: not the tasks followed outside it, and for a province not
  // the central bodies' group the national breakdown puts beside the provinces.
  const peers = groups.filter(
    (g) => g.code !== '' && !(org.kind === 'province' && g.code === CENTRAL_GROUP.code),
  );
  const ranking = rankByOnTime(peers);
  const place = ranking.findIndex((r) => r.group.code === org.code);
  if (place < 0 || ranking.length < 2) return null;
  return {
    rank: place + 1,
    of: ranking.length,
    rate: ranking[place].rate,
    peers: ranking.map((r) => r.group),
  };
}
