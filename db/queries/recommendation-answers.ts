import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import { now, today } from '@/lib/clock';
import { checkAnswer, checkWholeAction } from '@/lib/domain/recommendation-workflow';
import type { AddresseeStatus } from '@/lib/domain/recommendations';
import type { AnswerInput, DeadlineInput, DuplicateInput } from '@/lib/validations/recommendations';
import type { Transaction } from '../index';
import { organizations, recommendationAddressees, recommendations } from '../schema';
import { recordEvent } from './events';
import { notifyUnit } from './notify';
import { type LoadedRecommendation, loadRecommendation } from './recommendation-facts';
import { abort, invalid, runWrite, type WriteResult } from './recommendation-writes';
import type { Viewer } from './viewer';

/**
 * Writes after submission: an addressee's answer, the reply deadline, duplicates. An answer
 * also bumps the recommendation's version, so a page showing an older state gets a conflict.
 */

const E = 'recommendations.errors';

/** Bumps the version if it is still the expected one; else the write is a conflict. */
async function bumpVersion(tx: Transaction, viewer: Viewer, id: number, version: number, extra = {}) {
  const updated = await tx
    .update(recommendations)
    .set({
      ...extra,
      version: sql`${recommendations.version} + 1`,
      updatedById: viewer.id,
      updatedAt: now(),
    })
    .where(and(eq(recommendations.id, id), eq(recommendations.version, version)))
    .returning({ id: recommendations.id });
  if (updated.length === 0) abort('conflict');
}

export async function answerRecommendation(
  viewer: Viewer,
  input: AnswerInput,
): Promise<WriteResult<{ code: string }>> {
  const asOf = today();
  return runWrite(async (tx) => {
    const rec = await loadRecommendation(tx, viewer, input.code);
    if (!rec) abort('not_found');
    const [addressee] = await tx
      .select({
        id: organizations.id,
        path: organizations.path,
        status: sql<AddresseeStatus>`${recommendationAddressees.status}`,
      })
      .from(recommendationAddressees)
      .innerJoin(organizations, eq(organizations.id, recommendationAddressees.organizationId))
      .where(
        and(eq(recommendationAddressees.recommendationId, rec.id), eq(organizations.code, input.addressee)),
      );
    if (!addressee) abort('not_found');
    const check = checkAnswer(actorOf(viewer), rec, addressee, input.status);
    if (!check.ok && check.reason === 'forbidden') abort('forbidden');
    // The version before the step: whoever answered from an older version is told that it moved
    // on (as a task's workflow does), not that the step it saw is no longer possible. Still the
    // same version under the bump's row lock, the addressee's status read above is that version's
    // (every answer bumps it), so the step is checked against what the answerer saw.
    await bumpVersion(tx, viewer, rec.id, input.version);
    if (!check.ok) abort(check.reason);
    const moved = await tx
      .update(recommendationAddressees)
      .set({
        status: input.status,
        ...(input.response ? { responseText: input.response } : {}),
        respondedById: viewer.id,
        respondedOn: asOf,
        updatedAt: now(),
      })
      .where(
        and(
          eq(recommendationAddressees.recommendationId, rec.id),
          eq(recommendationAddressees.organizationId, addressee.id),
          eq(recommendationAddressees.status, addressee.status),
        ),
      )
      .returning({ id: recommendationAddressees.organizationId });
    if (moved.length === 0) abort('conflict');
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: addressee.id,
      entityType: 'recommendation',
      entityId: rec.id,
      entityCode: rec.code,
      action: 'recommendation.answer',
      fromValue: addressee.status,
      toValue: input.status,
      data: { addressee: input.addressee, ...(input.response ? { response: input.response } : {}) },
    });
    await notifyUnit(tx, {
      kind: 'answer_received',
      audience: 'unit',
      orgId: rec.sourceOrgId,
      subject: { recommendationId: rec.id, code: rec.code },
      cause: `v${input.version + 1}`,
      actorId: viewer.id,
      data: { addressee: input.addressee, status: input.status },
    });
    return { code: rec.code };
  });
}

export async function setResponseDeadline(
  viewer: Viewer,
  input: DeadlineInput,
): Promise<WriteResult<{ code: string }>> {
  return runWrite(async (tx) => {
    const rec = await loadRecommendation(tx, viewer, input.code);
    if (!rec) abort('not_found');
    const check = checkWholeAction(actorOf(viewer), 'recommendation.setDeadline', rec);
    if (!check.ok) abort(check.reason);
    if (rec.submittedOn && input.responseDueOn < rec.submittedOn) {
      invalid('responseDueOn', `${E}.deadlineBeforeSubmission`);
    }
    await bumpVersion(tx, viewer, rec.id, input.version, { responseDueOn: input.responseDueOn });
    await recordEvent(tx, {
      actorId: viewer.id,
      organizationId: rec.sourceOrgId,
      entityType: 'recommendation',
      entityId: rec.id,
      entityCode: rec.code,
      action: 'recommendation.setDeadline',
      fromValue: rec.responseDueOn,
      toValue: input.responseDueOn,
    });
    return { code: rec.code };
  });
}

/** Marks (or, with an empty primary, unmarks) a recommendation as a duplicate; an event on both. */
export async function markDuplicate(
  viewer: Viewer,
  input: DuplicateInput,
): Promise<WriteResult<{ code: string }>> {
  return runWrite(async (tx) => {
    const rec = await loadRecommendation(tx, viewer, input.code);
    if (!rec) abort('not_found');
    const actor = actorOf(viewer);
    const check = checkWholeAction(actor, 'recommendation.markDuplicate', rec);
    if (!check.ok) abort(check.reason);

    if (!input.primary) {
      if (rec.duplicateOfId === null) abort('invalid_transition');
      const [old] = await tx
        .select({ id: recommendations.id, code: recommendations.code })
        .from(recommendations)
        .where(eq(recommendations.id, rec.duplicateOfId));
      await bumpVersion(tx, viewer, rec.id, input.version, { duplicateOfId: null });
      await touchPrimary(tx, viewer, old.id);
      await duplicateEvents(tx, viewer, rec, old, 'unmark');
      return { code: rec.code };
    }

    const primary = await loadRecommendation(tx, viewer, input.primary);
    if (!primary) invalid('primary', `${E}.primaryNotFound`);
    if (primary.id === rec.id) invalid('primary', `${E}.notItself`);
    if (primary.duplicateOfId !== null) invalid('primary', `${E}.primaryIsDuplicate`);
    if (primary.reviewId !== rec.reviewId) invalid('primary', `${E}.primaryOtherReview`);
    if (!checkWholeAction(actor, 'recommendation.markDuplicate', primary).ok) {
      invalid('primary', `${E}.primaryNotFound`);
    }
    if (rec.hasDuplicates) invalid('primary', `${E}.hasDuplicates`);
    // Moving a duplicate to another primary is two steps (unmark, mark): each primary gets its event.
    if (rec.duplicateOfId !== null) abort('invalid_transition');
    // Both rows are locked by the updates, so two crossing merges cannot build a chain.
    const updated = await tx
      .update(recommendations)
      .set({
        duplicateOfId: primary.id,
        version: sql`${recommendations.version} + 1`,
        updatedById: viewer.id,
        updatedAt: now(),
      })
      .where(
        and(
          eq(recommendations.id, rec.id),
          eq(recommendations.version, input.version),
          sql`NOT EXISTS (SELECT 1 FROM recommendations d WHERE d.duplicate_of_id = ${recommendations.id})`,
        ),
      )
      .returning({ id: recommendations.id });
    if (updated.length === 0) abort('conflict');
    await touchPrimary(tx, viewer, primary.id);
    await duplicateEvents(tx, viewer, rec, primary, 'mark');
    return { code: rec.code };
  });
}

/** The primary changes too (its list of sources): bump it, and only while it is not a duplicate. */
async function touchPrimary(tx: Transaction, viewer: Viewer, id: number) {
  const touched = await tx
    .update(recommendations)
    .set({ version: sql`${recommendations.version} + 1`, updatedById: viewer.id, updatedAt: now() })
    .where(and(eq(recommendations.id, id), isNull(recommendations.duplicateOfId)))
    .returning({ id: recommendations.id });
  if (touched.length === 0) abort('conflict');
}

async function duplicateEvents(
  tx: Transaction,
  viewer: Viewer,
  rec: LoadedRecommendation,
  primary: { id: number; code: string },
  kind: 'mark' | 'unmark',
) {
  const base = { actorId: viewer.id, entityType: 'recommendation' };
  await recordEvent(tx, {
    ...base,
    organizationId: rec.sourceOrgId,
    entityId: rec.id,
    entityCode: rec.code,
    action: kind === 'mark' ? 'recommendation.markDuplicate' : 'recommendation.unmarkDuplicate',
    data: { primary: primary.code },
  });
  await recordEvent(tx, {
    ...base,
    entityId: primary.id,
    entityCode: primary.code,
    action: kind === 'mark' ? 'recommendation.duplicateAdded' : 'recommendation.duplicateRemoved',
    data: { duplicate: rec.code },
  });
}
