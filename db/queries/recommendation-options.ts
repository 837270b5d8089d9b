import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { reachPath } from '@/lib/domain/permissions';
import { db, type Executor } from '../index';
import { organizations, reviews, surveySessions } from '../schema';
import { openToNewWorkSql } from './org-tree';
import type { Viewer } from './viewer';

export type OrgOption = { code: string; nameVi: string; nameEn: string | null };

/**
 * The addressees the form offers: central bodies and the steering committee valid today.
 * The server accepts any valid, non-group organization (checked in the write).
 */
export async function addresseeOptions(asOf: string): Promise<OrgOption[]> {
  const rows = await db
    .select({ code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn })
    .from(organizations)
    .where(and(openToNewWorkSql(asOf), inArray(organizations.kind, ['central_body', 'steering_committee'])));
  // Names in Vietnamese order, whatever collation the database has.
  const collator = new Intl.Collator('vi');
  return rows.sort((a, b) => collator.compare(a.nameVi, b.nameVi));
}

/**
 * The organizations a viewer may draft from: their reach, valid today, not groups. Whole (the
 * import template lists them); the form searches them instead (unit-options.ts).
 */
export async function sourceOptions(viewer: Viewer, asOf: string): Promise<OrgOption[]> {
  const reach = reachPath(actorOf(viewer));
  if (!reach) return [];
  return db
    .select({ code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn })
    .from(organizations)
    .where(and(openToNewWorkSql(asOf), sql`${organizations.path} LIKE ${`${reach}%`}`))
    .orderBy(asc(organizations.path));
}

/** Survey sessions held with an organization in the viewer's scope: tens to a few hundred, all listed. */
export async function sessionOptions(viewer: Viewer) {
  return db
    .select({ code: surveySessions.code, titleVi: surveySessions.titleVi, titleEn: surveySessions.titleEn })
    .from(surveySessions)
    .innerJoin(organizations, eq(organizations.id, surveySessions.organizationId))
    .where(sql`${organizations.path} LIKE ${`${viewer.scope.path}%`}`)
    .orderBy(asc(surveySessions.code));
}

export async function reviewOptions() {
  return db
    .select({ code: reviews.code, titleVi: reviews.titleVi, titleEn: reviews.titleEn })
    .from(reviews)
    .orderBy(asc(reviews.code));
}

/** The organizations among `codes` that may be addressees on `asOf`, by code. */
export async function validAddressees(tx: Executor, codes: string[], asOf: string) {
  if (codes.length === 0) return new Map<string, number>();
  const rows = await tx
    .select({ id: organizations.id, code: organizations.code })
    .from(organizations)
    .where(and(inArray(organizations.code, codes), openToNewWorkSql(asOf)));
  return new Map(rows.map((r) => [r.code, r.id]));
}
