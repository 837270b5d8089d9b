import { count, eq } from 'drizzle-orm';
import { childPath } from '@/lib/domain/scope';
import type { Executor } from '../index';
import { organizations, resolutions, reviews } from '../schema';
import { seed } from './data';

/** The organization tree, resolutions and reviews that every database starts with. */
export async function loadReferenceData(tx: Executor): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const paths = new Map<string, string>();
  const provinces = new Map<string, number | null>();
  for (const org of seed.organizations) {
    const parentId = org.parent ? ids.get(org.parent) : undefined;
    if (org.parent && parentId === undefined)
      throw new Error(`Seed: parent ${org.parent} of ${org.code} comes later`);
    const [row] = await tx
      .insert(organizations)
      .values({
        code: org.code,
        parentId: parentId ?? null,
        path: 'pending',
        kind: org.kind,
        sector: org.sector,
        nameVi: org.nameVi,
        nameEn: org.nameEn ?? null,
        shortNameVi: org.shortNameVi ?? null,
        adminCode: org.adminCode ?? null,
        validFrom: org.validFrom ?? null,
        validTo: org.validTo ?? null,
      })
      .returning({ id: organizations.id });
    const path = childPath(org.parent ? paths.get(org.parent)! : null, row.id);
    const provinceId =
      org.kind === 'province' ? row.id : org.parent ? (provinces.get(org.parent) ?? null) : null;
    await tx.update(organizations).set({ path, provinceId }).where(eq(organizations.id, row.id));
    ids.set(org.code, row.id);
    paths.set(org.code, path);
    provinces.set(org.code, provinceId);
  }
  for (const org of seed.organizations.filter((o) => o.successor)) {
    await tx
      .update(organizations)
      .set({ successorId: ids.get(org.successor!) })
      .where(eq(organizations.id, ids.get(org.code)!));
  }

  const resolutionIds = new Map<string, number>();
  for (const r of seed.resolutions) {
    const [row] = await tx
      .insert(resolutions)
      .values({
        code: r.code,
        titleVi: r.titleVi,
        titleEn: r.titleEn,
        issuerVi: r.issuerVi,
        issuedOn: r.issuedOn,
      })
      .returning({ id: resolutions.id });
    resolutionIds.set(r.code, row.id);
  }
  for (const r of seed.reviews) {
    await tx.insert(reviews).values({
      code: r.code,
      resolutionId: resolutionIds.get(r.resolution)!,
      coordinatorOrgId: ids.get(r.coordinator)!,
      titleVi: r.titleVi,
      titleEn: r.titleEn,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
    });
  }
  return ids;
}

export async function isEmpty(tx: Executor): Promise<boolean> {
  const [row] = await tx.select({ n: count() }).from(organizations);
  return row.n === 0;
}
