import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import type {
  ResolutionCreateInput,
  ResolutionUpdateInput,
  ReviewCreateInput,
  ReviewUpdateInput,
} from '@/lib/validations/reviews';
import { db, type Transaction } from '../index';
import { organizations, resolutions, reviews } from '../schema';
import { recordEvent } from './events';
import { inSubtree, openToNewWorkSql } from './org-tree';
import type { Viewer } from './viewer';

/**
 * Resolutions and their review campaigns, set up by admins and coordinators of national scope
 * (`review.manage`), so that a new review starts without touching the database. Every change
 * runs in one transaction with its event.
 */
export type ReviewAdminResult =
  | { ok: true; code: string }
  | {
      ok: false;
      reason:
        | 'forbidden'
        | 'not_found'
        | 'conflict'
        | 'code_taken'
        | 'unknown_resolution'
        | 'coordinator_invalid';
    };

const mayManage = (viewer: Viewer, path = viewer.scope.path) =>
  can(actorOf(viewer), 'review.manage', { path });

/** Digests of what the edit forms can change: a stale form changes nothing. */
const resolutionStampSql = sql<string>`md5(concat_ws('|', ${resolutions.code}, ${resolutions.titleVi}, ${resolutions.titleEn}, ${resolutions.issuerVi}, ${resolutions.issuedOn}))`;
const reviewStampSql = sql<string>`md5(concat_ws('|', ${reviews.code}, ${reviews.resolutionId}, ${reviews.titleVi}, ${reviews.titleEn}, ${reviews.startsOn}, ${reviews.endsOn}, ${reviews.coordinatorOrgId}))`;

export type ResolutionRow = {
  code: string;
  titleVi: string;
  titleEn: string | null;
  issuerVi: string | null;
  issuedOn: string | null;
  stamp: string;
};

export type ReviewRow = {
  code: string;
  resolution: string;
  titleVi: string;
  titleEn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  coordinator: { code: string; nameVi: string; nameEn: string | null };
  stamp: string;
};

const resolutionColumns = {
  code: resolutions.code,
  titleVi: resolutions.titleVi,
  titleEn: resolutions.titleEn,
  issuerVi: resolutions.issuerVi,
  issuedOn: resolutions.issuedOn,
  stamp: resolutionStampSql,
};
const reviewColumns = {
  code: reviews.code,
  resolution: resolutions.code,
  titleVi: reviews.titleVi,
  titleEn: reviews.titleEn,
  startsOn: reviews.startsOn,
  endsOn: reviews.endsOn,
  coordinator: { code: organizations.code, nameVi: organizations.nameVi, nameEn: organizations.nameEn },
  stamp: reviewStampSql,
};

/** Every resolution (newest issued first) with its reviews; empty for those who may not manage them. */
export async function listResolutionsWithReviews(
  viewer: Viewer,
): Promise<(ResolutionRow & { reviews: ReviewRow[] })[]> {
  if (!mayManage(viewer)) return [];
  const [resolutionRows, reviewRows] = await Promise.all([
    db
      .select(resolutionColumns)
      .from(resolutions)
      .orderBy(sql`${resolutions.issuedOn} DESC NULLS LAST`, asc(resolutions.code)),
    db
      .select(reviewColumns)
      .from(reviews)
      .innerJoin(resolutions, eq(resolutions.id, reviews.resolutionId))
      .innerJoin(organizations, eq(organizations.id, reviews.coordinatorOrgId))
      .orderBy(asc(reviews.startsOn), asc(reviews.code)),
  ]);
  return resolutionRows.map((r) => ({ ...r, reviews: reviewRows.filter((v) => v.resolution === r.code) }));
}

export async function findResolution(viewer: Viewer, code: string): Promise<ResolutionRow | null> {
  if (!mayManage(viewer)) return null;
  const [row] = await db.select(resolutionColumns).from(resolutions).where(eq(resolutions.code, code));
  return row ?? null;
}

export async function findReview(viewer: Viewer, code: string): Promise<ReviewRow | null> {
  if (!mayManage(viewer)) return null;
  const [row] = await db
    .select(reviewColumns)
    .from(reviews)
    .innerJoin(resolutions, eq(resolutions.id, reviews.resolutionId))
    .innerJoin(organizations, eq(organizations.id, reviews.coordinatorOrgId))
    .where(eq(reviews.code, code));
  return row ?? null;
}

/** A coordinating organization is in the scope and open to new work on `asOf` (in force, not a group). */
export const coordinatorSql = (viewer: Viewer, asOf: string) =>
  and(inSubtree(viewer.scope.path), openToNewWorkSql(asOf));

export async function resolutionOptions(viewer: Viewer) {
  if (!mayManage(viewer)) return [];
  return db
    .select({ code: resolutions.code, titleVi: resolutions.titleVi, titleEn: resolutions.titleEn })
    .from(resolutions)
    .orderBy(sql`${resolutions.issuedOn} DESC NULLS LAST`, asc(resolutions.code));
}

const event = (
  viewer: Viewer,
  entityType: 'resolution' | 'review',
  entity: { id: number; code: string },
  action: string,
  organizationId: number,
  data: Record<string, unknown>,
) => ({
  actorId: viewer.id,
  organizationId,
  entityType,
  entityId: entity.id,
  entityCode: entity.code,
  action,
  data,
});

async function resolutionId(tx: Transaction, code: string): Promise<number | null> {
  const [row] = await tx.select({ id: resolutions.id }).from(resolutions).where(eq(resolutions.code, code));
  return row?.id ?? null;
}

export async function createResolution(
  viewer: Viewer,
  input: ResolutionCreateInput,
): Promise<ReviewAdminResult> {
  if (!mayManage(viewer)) return { ok: false, reason: 'forbidden' };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(resolutions)
      .values({ ...input, createdAt: now(), updatedAt: now() })
      .onConflictDoNothing()
      .returning({ id: resolutions.id });
    if (!row) return { ok: false, reason: 'code_taken' } as const;
    await recordEvent(
      tx,
      event(viewer, 'resolution', { id: row.id, code: input.code }, 'resolution.created', viewer.org.id, {
        ...input,
      }),
    );
    return { ok: true, code: input.code } as const;
  });
}

export async function updateResolution(
  viewer: Viewer,
  input: ResolutionUpdateInput,
): Promise<ReviewAdminResult> {
  if (!mayManage(viewer)) return { ok: false, reason: 'forbidden' };
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: resolutions.id, stamp: resolutionStampSql })
      .from(resolutions)
      .where(eq(resolutions.code, input.current))
      .for('update');
    if (!current) return { ok: false, reason: 'not_found' } as const;
    if (current.stamp !== input.stamp) return { ok: false, reason: 'conflict' } as const;
    if (input.code !== input.current && (await resolutionId(tx, input.code)))
      return { ok: false, reason: 'code_taken' } as const;
    const { current: from, stamp: _stamp, ...values } = input;
    await tx
      .update(resolutions)
      .set({ ...values, updatedAt: now() })
      .where(eq(resolutions.id, current.id));
    await recordEvent(
      tx,
      event(viewer, 'resolution', { id: current.id, code: input.code }, 'resolution.updated', viewer.org.id, {
        ...values,
        ...(from !== input.code ? { previousCode: from } : {}),
      }),
    );
    return { ok: true, code: input.code } as const;
  });
}

/** The review's resolution and coordinating organization; the latter checked only when it changes. */
async function resolveReview(
  tx: Transaction,
  viewer: Viewer,
  input: ReviewCreateInput,
  asOf: string,
  keepCoordinatorId?: number,
) {
  const resolution = await resolutionId(tx, input.resolution);
  if (!resolution) return { ok: false, reason: 'unknown_resolution' } as const;
  const [coordinator] = await tx
    .select({ id: organizations.id, path: organizations.path })
    .from(organizations)
    .where(eq(organizations.code, input.coordinator));
  const unchanged = !!coordinator && coordinator.id === keepCoordinatorId;
  if (!unchanged) {
    const [valid] = coordinator
      ? await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(and(eq(organizations.id, coordinator.id), coordinatorSql(viewer, asOf)))
      : [];
    if (!valid) return { ok: false, reason: 'coordinator_invalid' } as const;
  }
  if (!mayManage(viewer, coordinator!.path)) return { ok: false, reason: 'forbidden' } as const;
  return { ok: true, resolutionId: resolution, coordinatorId: coordinator!.id } as const;
}

export async function createReview(
  viewer: Viewer,
  input: ReviewCreateInput,
  asOf: string,
): Promise<ReviewAdminResult> {
  if (!mayManage(viewer)) return { ok: false, reason: 'forbidden' };
  return db.transaction(async (tx) => {
    const refs = await resolveReview(tx, viewer, input, asOf);
    if (!refs.ok) return refs;
    const [row] = await tx
      .insert(reviews)
      .values({
        code: input.code,
        resolutionId: refs.resolutionId,
        coordinatorOrgId: refs.coordinatorId,
        titleVi: input.titleVi,
        titleEn: input.titleEn,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdAt: now(),
        updatedAt: now(),
      })
      .onConflictDoNothing()
      .returning({ id: reviews.id });
    if (!row) return { ok: false, reason: 'code_taken' } as const;
    await recordEvent(
      tx,
      event(viewer, 'review', { id: row.id, code: input.code }, 'review.created', refs.coordinatorId, {
        ...input,
      }),
    );
    return { ok: true, code: input.code } as const;
  });
}

export async function updateReview(
  viewer: Viewer,
  input: ReviewUpdateInput,
  asOf: string,
): Promise<ReviewAdminResult> {
  if (!mayManage(viewer)) return { ok: false, reason: 'forbidden' };
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ id: reviews.id, coordinatorId: reviews.coordinatorOrgId, stamp: reviewStampSql })
      .from(reviews)
      .where(eq(reviews.code, input.current))
      .for('update');
    if (!current) return { ok: false, reason: 'not_found' } as const;
    if (current.stamp !== input.stamp) return { ok: false, reason: 'conflict' } as const;
    if (input.code !== input.current) {
      const [taken] = await tx.select({ id: reviews.id }).from(reviews).where(eq(reviews.code, input.code));
      if (taken) return { ok: false, reason: 'code_taken' } as const;
    }
    const refs = await resolveReview(tx, viewer, input, asOf, current.coordinatorId);
    if (!refs.ok) return refs;
    await tx
      .update(reviews)
      .set({
        code: input.code,
        resolutionId: refs.resolutionId,
        coordinatorOrgId: refs.coordinatorId,
        titleVi: input.titleVi,
        titleEn: input.titleEn,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        updatedAt: now(),
      })
      .where(eq(reviews.id, current.id));
    const { current: from, stamp: _stamp, ...values } = input;
    await recordEvent(
      tx,
      event(viewer, 'review', { id: current.id, code: input.code }, 'review.updated', refs.coordinatorId, {
        ...values,
        ...(from !== input.code ? { previousCode: from } : {}),
      }),
    );
    return { ok: true, code: input.code } as const;
  });
}
