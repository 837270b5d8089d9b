import { type Action, type Actor, can } from './permissions';
import type { AddresseeStatus, RecommendationStatus } from './recommendations';

/**
 * The recommendation workflow in one table. The source side drafts, edits and submits;
 * after submission each addressee answers on its own, along ADDRESSEE_TRANSITIONS; the
 * review's coordinating office sets reply deadlines and merges duplicates.
 */

/** Where an addressee's answer may go next: the one transition table of the answers. */
export const ADDRESSEE_TRANSITIONS: Record<AddresseeStatus, readonly AddresseeStatus[]> = {
  submitted: ['under_review'],
  under_review: ['accepted', 'partially_accepted', 'declined'],
  accepted: ['implemented'],
  partially_accepted: ['implemented'],
  declined: [],
  implemented: [],
};

/** Answers that must say something: the reason of a refusal, what was done. */
export const TEXT_REQUIRED: readonly AddresseeStatus[] = ['declined', 'implemented'];

/** The longest text a recommendation or a response may have. */
export const TEXT_LIMIT = 5000;

/** A reply is still awaited from an addressee in these statuses ("reply overdue" after the deadline). */
export const AWAITING_REPLY: readonly AddresseeStatus[] = ['submitted', 'under_review'];

export function nextAddresseeStatuses(from: AddresseeStatus): readonly AddresseeStatus[] {
  return ADDRESSEE_TRANSITIONS[from];
}

export function canMoveAddressee(from: AddresseeStatus, to: AddresseeStatus): boolean {
  return ADDRESSEE_TRANSITIONS[from].includes(to);
}

/** Whole-recommendation actions and the overall states in which each is possible. */
export const RECOMMENDATION_TRANSITIONS = {
  'recommendation.edit': ['draft'],
  'recommendation.submit': ['draft'],
  'recommendation.setDeadline': ['submitted', 'under_review', 'accepted', 'partially_accepted', 'declined'],
  'recommendation.markDuplicate': [
    'submitted',
    'under_review',
    'accepted',
    'partially_accepted',
    'declined',
    'implemented',
  ],
} as const satisfies Partial<Record<Action, readonly RecommendationStatus[]>>;
export type WholeAction = keyof typeof RECOMMENDATION_TRANSITIONS;

/** The facts about one recommendation that every check needs (paths are materialized org paths). */
export type RecommendationFacts = {
  status: RecommendationStatus;
  sourcePath: string;
  coordinatorPath: string;
};

export type Check = { ok: true } | { ok: false; reason: 'forbidden' | 'invalid_transition' };

const OK: Check = { ok: true };

/** May this actor do this to the whole recommendation now? Permission first, then state. */
export function checkWholeAction(actor: Actor, action: WholeAction, rec: RecommendationFacts): Check {
  if (!can(actor, action, { path: rec.sourcePath, coordinatorPath: rec.coordinatorPath })) {
    return { ok: false, reason: 'forbidden' };
  }
  const states: readonly RecommendationStatus[] = RECOMMENDATION_TRANSITIONS[action];
  return states.includes(rec.status) ? OK : { ok: false, reason: 'invalid_transition' };
}

/** May this actor move this addressee's answer from `from` to `to`? */
export function checkAnswer(
  actor: Actor,
  rec: RecommendationFacts,
  addressee: { path: string; status: AddresseeStatus },
  to: AddresseeStatus,
): Check {
  const target = { path: addressee.path, sourcePath: rec.sourcePath, coordinatorPath: rec.coordinatorPath };
  if (!can(actor, 'recommendation.answer', target)) return { ok: false, reason: 'forbidden' };
  if (rec.status === 'draft') return { ok: false, reason: 'invalid_transition' };
  return canMoveAddressee(addressee.status, to) ? OK : { ok: false, reason: 'invalid_transition' };
}

/** May this actor draft a recommendation from this source organization? */
export function canDraft(actor: Actor, sourcePath: string): boolean {
  return can(actor, 'recommendation.draft', { path: sourcePath });
}

/** What the page may offer: the whole-recommendation actions this actor may take now. */
export function availableWholeActions(actor: Actor, rec: RecommendationFacts): WholeAction[] {
  return (Object.keys(RECOMMENDATION_TRANSITIONS) as WholeAction[]).filter(
    (action) => checkWholeAction(actor, action, rec).ok,
  );
}
