import 'server-only';
import { and, asc, eq, like, or } from 'drizzle-orm';
import vi from '@/messages/vi.json';
import { db } from '../index';
import { organizations, reviews } from '../schema';
import type { Viewer } from './viewer';

export type Option = { code: string; nameVi: string; nameEn: string | null };

/** Review campaigns, newest first, for filters. */
export async function listReviews(): Promise<Option[]> {
  return db
    .select({ code: reviews.code, nameVi: reviews.titleVi, nameEn: reviews.titleEn })
    .from(reviews)
    .orderBy(asc(reviews.startsOn));
}

/** The provinces a viewer can filter by: those inside their scope, or the one their scope is in. */
export async function listProvinces(viewer: Viewer): Promise<Option[]> {
  const rows = await db
    .select({
      code: organizations.code,
      nameVi: organizations.shortNameVi,
      fullName: organizations.nameVi,
      nameEn: organizations.nameEn,
    })
    .from(organizations)
    .where(
      and(
        eq(organizations.kind, 'province'),
        or(
          like(organizations.path, `${viewer.scope.path}%`),
          eq(organizations.id, organizationProvince(viewer)),
        ),
      ),
    );
  const collator = new Intl.Collator('vi');
  return rows
    .map((r) => ({ code: r.code, nameVi: r.nameVi ?? r.fullName, nameEn: r.nameEn }))
    .sort((a, b) => collator.compare(a.nameVi, b.nameVi));
}

function organizationProvince(viewer: Viewer): number {
  // the province is the second id of a province unit's path ("/1/<province>/…")
  const ids = viewer.scope.path.split('/').filter(Boolean).map(Number);
  return ids[1] ?? -1;
}

/** Is the organization with this code inside the viewer's scope? (Filters outside it are "not found".) */
export async function organizationInScope(viewer: Viewer, code: string): Promise<boolean> {
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.code, code), like(organizations.path, `${viewer.scope.path}%`)));
  return !!row;
}

export type DocumentDefaults = {
  sector: 'party' | 'state' | 'front' | 'other';
  parentBody: string;
  issuingBody: string;
  place: string;
};

/**
 * The header of a Word report, from the exporting user's organization: the issuing body (its
 * name less its parent's, e.g. "Ban Dân vận" under "Thành ủy Hải Phòng"), the parent body
 * where the document conventions name it, and the place (the province; Hà Nội for central bodies).
 */
export async function documentDefaults(viewer: Viewer): Promise<DocumentDefaults> {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, viewer.org.id));
  const [parent] = org.parentId
    ? await db.select().from(organizations).where(eq(organizations.id, org.parentId))
    : [];
  const [province] = org.provinceId
    ? await db.select().from(organizations).where(eq(organizations.id, org.provinceId))
    : [];
  // "THÀNH ỦY HẢI PHÒNG / BAN DÂN VẬN", "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TỔ CHỨC"; a ministry stands alone.
  const parentIsBody =
    !!parent && (parent.kind === 'agency' || (org.sector === 'party' && parent.kind === 'central_body'));
  const issuing =
    parentIsBody && org.nameVi.endsWith(parent.nameVi) && org.nameVi.length > parent.nameVi.length
      ? org.nameVi.slice(0, -parent.nameVi.length).trim()
      : org.nameVi;
  return {
    sector: org.sector,
    parentBody: parentIsBody ? parent.nameVi : '',
    issuingBody: issuing,
    place: province ? (province.shortNameVi ?? province.nameVi) : vi.reports.defaultPlace,
  };
}

/** An organization by its code: id and subtree path (for the command line and placement checks). */
export async function organizationByCode(code: string): Promise<{ id: number; path: string } | null> {
  const [row] = await db
    .select({ id: organizations.id, path: organizations.path })
    .from(organizations)
    .where(eq(organizations.code, code));
  return row ?? null;
}
