import 'server-only';
import { and, asc, eq, like, or } from 'drizzle-orm';
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
