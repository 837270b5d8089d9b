import { describe, expect, it } from 'vitest';
import type { Actor } from './permissions';
import {
  ADDRESSEE_TRANSITIONS,
  availableWholeActions,
  canDraft,
  canMoveAddressee,
  checkAnswer,
  checkWholeAction,
  type RecommendationFacts,
} from './recommendation-workflow';
import { ADDRESSEE_STATUSES, type AddresseeStatus } from './recommendations';

// VN /1/ → TW /1/2/ → BCD23 /1/2/3/, BNV /1/2/4/ ; P31 /1/5/ → HP-BDV /1/5/6/, HP-VPTU /1/5/7/
const VN = '/1/';
const BCD23 = '/1/2/3/';
const BNV = '/1/2/4/';
const P31 = '/1/5/';
const HP_BDV = '/1/5/6/';
const HP_VPTU = '/1/5/7/';

const hpCoordinator: Actor = { role: 'coordinator', orgPath: HP_VPTU, scopePath: P31 };
const hpOfficial: Actor = { role: 'official', orgPath: HP_BDV, scopePath: HP_BDV };
const bnvOfficial: Actor = { role: 'official', orgPath: BNV, scopePath: BNV };
const reviewCoordinator: Actor = { role: 'coordinator', orgPath: BCD23, scopePath: VN };
const leader: Actor = { role: 'leader', orgPath: BCD23, scopePath: VN };
const hpLeader: Actor = { role: 'leader', orgPath: P31, scopePath: P31 };

const fromHaiPhong = (status: RecommendationFacts['status']): RecommendationFacts => ({
  status,
  sourcePath: P31,
  coordinatorPath: BCD23,
});

describe('the addressee transition table', () => {
  it('goes submitted → under_review → accepted | partially_accepted | declined, then implemented', () => {
    expect(canMoveAddressee('submitted', 'under_review')).toBe(true);
    for (const to of ['accepted', 'partially_accepted', 'declined'] as const) {
      expect(canMoveAddressee('under_review', to)).toBe(true);
    }
    expect(canMoveAddressee('accepted', 'implemented')).toBe(true);
    expect(canMoveAddressee('partially_accepted', 'implemented')).toBe(true);
  });

  it('refuses every skip, step back and stay', () => {
    expect(canMoveAddressee('submitted', 'accepted')).toBe(false);
    expect(canMoveAddressee('submitted', 'implemented')).toBe(false);
    expect(canMoveAddressee('declined', 'implemented')).toBe(false);
    expect(canMoveAddressee('implemented', 'accepted')).toBe(false);
    for (const status of ADDRESSEE_STATUSES) expect(canMoveAddressee(status, status)).toBe(false);
  });

  it('only ever moves forward in the least → most advanced order, except a refusal', () => {
    for (const [from, targets] of Object.entries(ADDRESSEE_TRANSITIONS) as [
      AddresseeStatus,
      readonly AddresseeStatus[],
    ][]) {
      for (const to of targets) {
        if (to === 'declined') continue; // a refusal ranks below an acceptance but follows review
        expect(ADDRESSEE_STATUSES.indexOf(to)).toBeGreaterThan(ADDRESSEE_STATUSES.indexOf(from));
      }
    }
  });
});

describe('the source side', () => {
  it('lets an official draft for their own unit only, and a coordinator anywhere in scope', () => {
    expect(canDraft(hpOfficial, HP_BDV)).toBe(true);
    expect(canDraft(hpOfficial, P31)).toBe(false);
    expect(canDraft(hpCoordinator, P31)).toBe(true);
    expect(canDraft(hpCoordinator, BNV)).toBe(false);
    expect(canDraft(leader, P31)).toBe(false);
  });

  it('lets the coordinator of the source edit and submit a draft, and nothing after submission', () => {
    expect(checkWholeAction(hpCoordinator, 'recommendation.submit', fromHaiPhong('draft'))).toEqual({
      ok: true,
    });
    expect(checkWholeAction(hpCoordinator, 'recommendation.edit', fromHaiPhong('draft')).ok).toBe(true);
    expect(checkWholeAction(hpCoordinator, 'recommendation.submit', fromHaiPhong('submitted'))).toEqual({
      ok: false,
      reason: 'invalid_transition',
    });
    expect(checkWholeAction(hpCoordinator, 'recommendation.edit', fromHaiPhong('under_review')).ok).toBe(
      false,
    );
  });

  it('does not let an official submit, nor a coordinator of another place', () => {
    expect(checkWholeAction(hpOfficial, 'recommendation.submit', fromHaiPhong('draft'))).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    const other: Actor = { role: 'coordinator', orgPath: '/1/9/', scopePath: '/1/9/' };
    expect(checkWholeAction(other, 'recommendation.submit', fromHaiPhong('draft')).ok).toBe(false);
  });
});

const bnvAddressee = (status: AddresseeStatus) => ({ path: BNV, status });

describe('answers', () => {
  it('let the addressee’s official answer step by step', () => {
    const rec = fromHaiPhong('submitted');
    expect(checkAnswer(bnvOfficial, rec, bnvAddressee('submitted'), 'under_review').ok).toBe(true);
    expect(checkAnswer(bnvOfficial, rec, bnvAddressee('under_review'), 'declined').ok).toBe(true);
    expect(checkAnswer(bnvOfficial, rec, bnvAddressee('submitted'), 'accepted')).toEqual({
      ok: false,
      reason: 'invalid_transition',
    });
  });

  it('never let the source side answer its own request', () => {
    const rec = fromHaiPhong('submitted');
    expect(checkAnswer(hpCoordinator, rec, bnvAddressee('submitted'), 'under_review')).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(checkAnswer(hpOfficial, rec, bnvAddressee('submitted'), 'under_review').ok).toBe(false);
  });

  it('refuse answers on a draft', () => {
    expect(
      checkAnswer(bnvOfficial, fromHaiPhong('draft'), bnvAddressee('submitted'), 'under_review'),
    ).toEqual({ ok: false, reason: 'invalid_transition' });
  });

  it('let the review coordinator move any addressee', () => {
    const rec = fromHaiPhong('under_review');
    expect(checkAnswer(reviewCoordinator, rec, bnvAddressee('submitted'), 'under_review').ok).toBe(true);
  });
});

describe('the review coordinator’s office', () => {
  it('sets deadlines and merges duplicates of submitted recommendations only', () => {
    expect(
      checkWholeAction(reviewCoordinator, 'recommendation.setDeadline', fromHaiPhong('submitted')).ok,
    ).toBe(true);
    expect(
      checkWholeAction(reviewCoordinator, 'recommendation.markDuplicate', fromHaiPhong('accepted')).ok,
    ).toBe(true);
    expect(
      checkWholeAction(reviewCoordinator, 'recommendation.markDuplicate', fromHaiPhong('draft')),
    ).toEqual({
      ok: false,
      reason: 'invalid_transition',
    });
    expect(checkWholeAction(hpCoordinator, 'recommendation.setDeadline', fromHaiPhong('submitted')).ok).toBe(
      false,
    );
  });

  it('is the only one offered the deadline and duplicate controls', () => {
    expect(availableWholeActions(reviewCoordinator, fromHaiPhong('submitted'))).toEqual([
      'recommendation.setDeadline',
      'recommendation.markDuplicate',
    ]);
    expect(availableWholeActions(hpCoordinator, fromHaiPhong('draft'))).toEqual([
      'recommendation.edit',
      'recommendation.submit',
    ]);
    expect(availableWholeActions(hpOfficial, fromHaiPhong('submitted'))).toEqual([]);
  });
});

describe('leaders', () => {
  it('write nothing, whatever the state', () => {
    for (const actor of [leader, hpLeader]) {
      for (const status of ['draft', 'submitted', 'under_review'] as const) {
        expect(availableWholeActions(actor, fromHaiPhong(status))).toEqual([]);
        expect(checkAnswer(actor, fromHaiPhong(status), bnvAddressee('submitted'), 'under_review').ok).toBe(
          false,
        );
      }
      expect(canDraft(actor, P31)).toBe(false);
    }
  });
});
