import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { now, today } from '@/lib/clock';
import { canDraft, checkWholeAction } from '@/lib/domain/recommendation-workflow';
import type {
  EditRecommendationInput,
  NewRecommendationInput,
  SubmitRecommendationInput,
} from '@/lib/validations/recommendations';
import { transactionRetryingDeadlock } from '../deadlock';
import type { Transaction } from '../index';
import { organizations, recommendationAddressees, recommendations } from '../schema';
import { nextCode } from './codes';
import { recordEvent } from './events';
import { notifyUnit } from './notify';
import { openToNewWorkSql } from './org-tree';
import { loadRecommendation, loadReview, loadSession } from './recommendation-facts';
import { validAddressees } from './recommendation-options';
import type { Viewer } from './viewer';

/**
 * Source-side writes: draft, edit, submit. Each is one transaction in which the row is
 * changed only if its version is still the one the form showed (else: conflict).
 */

export type WriteFailure =
  | { ok: false; reason: 'not_found' | 'forbidden' | 'conflict' | 'invalid_transition' }
  | { ok: false; reason: 'invalid'; field: string; message: string };
export type WriteResult<T = object> = ({ ok: true } & T) | WriteFailure;

/** Thrown inside a transaction to roll it back and answer with a failure value. */
class Abort extends Error {
  constructor(readonly failure: WriteFailure) {
    super(failure.reason);
  }
}

export function abort(reason: 'not_found' | 'forbidden' | 'conflict' | 'invalid_transition'): never {
  throw new Abort({ ok: false, reason });
}

export function invalid(field: string, message: string): never {
  throw new Abort({ ok: false, reason: 'invalid', field, message });
}

export async function runWrite<T extends object>(
  work: (tx: Transaction) => Promise<T>,
): Promise<WriteResult<T>> {
  try {
    // the recommendation rollup's triggers (migration 0021) lock shared rows: a deadlock is tried once more
    const value = await transactionRetryingDeadlock(work);
    return { ok: true, ...value };
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    throw error;
  }
}

const E = 'recommendations.errors';

/** Every chosen addressee must exist, not be a group and be valid today. */
async function addresseeIds(tx: Transaction, codes: string[], asOf: string): Promise<number[]> {
  const valid = await validAddressees(tx, codes, asOf);
  if (codes.some((c) => !valid.has(c))) invalid('addressees', `${E}.addresseeInvalid`);
  return codes.map((c) => valid.get(c)!);
}

async function sessionId(tx: Transaction, viewer: Viewer, code: string, reviewId: number) {
  if (!code) return null;
  const session = await loadSession(tx, viewer, code, reviewId);
  if (!session) invalid('session', `${E}.sessionInvalid`);
  return session.id;
}

export async function createRecommendation(
  viewer: Viewer,
  input: NewRecommendationInput,
): Promise<WriteResult<{ code: string }>> {
  const asOf = today();
  return runWrite(async (tx) => {
    if (viewer.role === 'leader' || viewer.role === 'admin') abort('forbidden');
    const review = await loadReview(tx, input.review);
    if (!review) invalid('review', `${E}.reviewInvalid`);
    const [source] = await tx
      .select({ id: organizations.id, path: organizations.path })
      .from(organizations)
      .where(and(eq(organizations.code, input.sourceOrg), openToNewWorkSql(asOf)));
    if (!source || !canDraft(actorOf(viewer), source.path)) invalid('sourceOrg', `${E}.sourceInvalid`);
    const session = await sessionId(tx, viewer, input.session, review.id);
    const addressees = await addresseeIds(tx, input.addressees, asOf);

    const code = await nextCode(tx, 'KN', Number(asOf.slice(0, 4)));
    const [row] = await tx
      .insert(recommendations)
      .values({
        code,
        reviewId: review.id,
        sessionId: session,
        sourceOrgId: source.id,
        category: input.category,
        text: input.text,
        createdById: viewer.id,
        updatedById: viewer.id,
      })
      .returning({ id: recommendations.id });
    await tx
      .insert(recommendationAddressees)
      .values(addressees.map((organizationId) => ({ recommendationId: row.id, organizationId })));
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: source.id,
      entityType: 'recommendation',
      entityId: row.id,
      entityCode: code,
      action: 'recommendation.create',
      toValue: 'draft',
      data: { category: input.category, addressees: input.addressees },
    });
    return { code };
  });
}

export async function editRecommendation(
  viewer: Viewer,
  input: EditRecommendationInput,
): Promise<WriteResult<{ code: string }>> {
  const asOf = today();
  return runWrite(async (tx) => {
    const rec = await loadRecommendation(tx, viewer, input.code);
    if (!rec) abort('not_found');
    const check = checkWholeAction(actorOf(viewer), 'recommendation.edit', rec);
    if (!check.ok) abort(check.reason);
    const session = await sessionId(tx, viewer, input.session, rec.reviewId);
    const addressees = await addresseeIds(tx, input.addressees, asOf);
    const updated = await tx
      .update(recommendations)
      .set({
        sessionId: session,
        category: input.category,
        text: input.text,
        version: sql`${recommendations.version} + 1`,
        updatedById: viewer.id,
        updatedAt: now(),
      })
      .where(and(eq(recommendations.id, rec.id), eq(recommendations.version, input.version)))
      .returning({ id: recommendations.id });
    if (updated.length === 0) abort('conflict');
    await tx.delete(recommendationAddressees).where(eq(recommendationAddressees.recommendationId, rec.id));
    await tx
      .insert(recommendationAddressees)
      .values(addressees.map((organizationId) => ({ recommendationId: rec.id, organizationId })));
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: rec.sourceOrgId,
      entityType: 'recommendation',
      entityId: rec.id,
      entityCode: rec.code,
      action: 'recommendation.edit',
      data: { category: input.category, addressees: input.addressees },
    });
    return { code: rec.code };
  });
}

/** Sends a draft upward: it is submitted today and every addressee now awaits its answer. */
export async function submitRecommendation(
  viewer: Viewer,
  input: SubmitRecommendationInput,
): Promise<WriteResult<{ code: string }>> {
  const asOf = today();
  return runWrite(async (tx) => {
    const rec = await loadRecommendation(tx, viewer, input.code);
    if (!rec) abort('not_found');
    const check = checkWholeAction(actorOf(viewer), 'recommendation.submit', rec);
    if (!check.ok && check.reason === 'forbidden') abort('forbidden');
    // an older version is a conflict before it is a step no longer possible (as for answers)
    if (rec.version !== input.version) abort('conflict');
    if (!check.ok) abort(check.reason);
    // An addressee valid when drafted may have been retired since.
    const [{ total, valid }] = await tx
      .select({
        total: sql<number>`count(*)`.mapWith(Number),
        valid: sql<number>`count(*) FILTER (WHERE ${openToNewWorkSql(asOf)})`.mapWith(Number),
      })
      .from(recommendationAddressees)
      .innerJoin(organizations, eq(organizations.id, recommendationAddressees.organizationId))
      .where(eq(recommendationAddressees.recommendationId, rec.id));
    if (total === 0) invalid('addressees', `${E}.addresseeRequired`);
    if (valid < total) invalid('addressees', `${E}.addresseeInvalid`);
    const updated = await tx
      .update(recommendations)
      .set({
        submittedOn: asOf,
        version: sql`${recommendations.version} + 1`,
        updatedById: viewer.id,
        updatedAt: now(),
      })
      .where(
        and(
          eq(recommendations.id, rec.id),
          eq(recommendations.version, input.version),
          isNull(recommendations.submittedOn),
        ),
      )
      .returning({ id: recommendations.id });
    if (updated.length === 0) abort('conflict');
    await tx
      .update(recommendationAddressees)
      .set({ status: 'submitted', responseText: null, respondedById: null, respondedOn: null })
      .where(eq(recommendationAddressees.recommendationId, rec.id));
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: rec.sourceOrgId,
      entityType: 'recommendation',
      entityId: rec.id,
      entityCode: rec.code,
      action: 'recommendation.submit',
      fromValue: 'draft',
      toValue: 'submitted',
      data: { submittedOn: asOf },
    });
    const addressees = await tx
      .select({ id: recommendationAddressees.organizationId })
      .from(recommendationAddressees)
      .where(eq(recommendationAddressees.recommendationId, rec.id));
    for (const addressee of addressees) {
      await notifyUnit(tx, {
        kind: 'recommendation_addressed',
        audience: 'unit',
        orgId: addressee.id,
        subject: { recommendationId: rec.id, code: rec.code },
        cause: `v${input.version + 1}`,
        actorId: viewer.id,
        data: { responseDueOn: rec.responseDueOn },
      });
    }
    return { code: rec.code };
  });
}
