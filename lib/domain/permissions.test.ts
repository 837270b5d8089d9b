import { describe, expect, it } from 'vitest';
import { ACTIONS, type Action, type Actor, can } from './permissions';
import { ROLES, type Role } from './roles';

// A small tree: VN /1/ → P31 /1/2/ → HP-BDV /1/2/3/ ; BNV /1/4/ ; BCD23 /1/5/.
const VN = '/1/';
const P31 = '/1/2/';
const HP_BDV = '/1/2/3/';
const BNV = '/1/4/';
const BCD23 = '/1/5/';

/** The actor of each role, placed so that "in" is their reach and "out" is not. */
const actors: Record<Role, Actor> = {
  official: { role: 'official', orgPath: HP_BDV, scopePath: HP_BDV },
  coordinator: { role: 'coordinator', orgPath: P31, scopePath: P31 },
  leader: { role: 'leader', orgPath: P31, scopePath: P31 },
  admin: { role: 'admin', orgPath: P31, scopePath: P31 },
};
const inside: Record<Role, string> = { official: HP_BDV, coordinator: HP_BDV, leader: HP_BDV, admin: HP_BDV };

/** The expected answer for a target in reach; out of reach, every answer is no. */
const allowedInReach: Record<Role, readonly Action[]> = {
  official: [
    'task.start',
    'task.progress',
    'task.report',
    'task.part',
    'recommendation.draft',
    'report.export',
    'comment.write',
    'explanation.answer',
    'extension.request',
  ],
  coordinator: [
    'task.create',
    'task.edit',
    'task.confirm',
    'task.return',
    'task.extend',
    'task.cancel',
    'task.reopen',
    'session.manage',
    'recommendation.draft',
    'recommendation.edit',
    'recommendation.submit',
    'audit.read',
    'report.export',
    'comment.write',
    'explanation.request',
  ],
  leader: ['report.export', 'comment.write', 'explanation.request'],
  admin: [
    'user.manage',
    'organization.manage',
    'audit.read',
    'report.export',
    'comment.write',
    'comment.withdrawAny',
  ],
};

describe('the role × action × scope matrix', () => {
  for (const role of ROLES) {
    for (const action of ACTIONS) {
      const expected = allowedInReach[role].includes(action);
      it(`${role} ${expected ? 'may' : 'may not'} ${action} in reach, and never out of it`, () => {
        // the answer target is an addressee in reach whose source is elsewhere
        const target = { path: inside[role], sourcePath: BNV, coordinatorPath: BCD23 };
        const answerable =
          action === 'recommendation.answer' && (role === 'official' || role === 'coordinator');
        expect(can(actors[role], action, target)).toBe(expected || answerable);
        // a comment needs only a record the viewer reads, which SQL decides (linked records too)
        const outside = can(actors[role], action, { path: BNV, sourcePath: BNV, coordinatorPath: BCD23 });
        expect(outside).toBe(action === 'comment.write');
      });
    }
  }
});

describe('recommendation answers', () => {
  const bnvOfficial: Actor = { role: 'official', orgPath: BNV, scopePath: BNV };
  it('lets the addressee answer', () => {
    expect(can(bnvOfficial, 'recommendation.answer', { path: BNV, sourcePath: P31 })).toBe(true);
  });
  it('never lets the source side answer its own request', () => {
    const hpCoordinator = actors.coordinator;
    expect(can(hpCoordinator, 'recommendation.answer', { path: HP_BDV, sourcePath: P31 })).toBe(false);
  });
  it('lets the review coordinator move any recommendation of the review', () => {
    const national: Actor = { role: 'coordinator', orgPath: BCD23, scopePath: VN };
    const target = { path: BNV, sourcePath: P31, coordinatorPath: BCD23 };
    for (const action of [
      'recommendation.answer',
      'recommendation.setDeadline',
      'recommendation.markDuplicate',
    ] as const) {
      expect(can(national, action, target)).toBe(true);
    }
    expect(can(actors.coordinator, 'recommendation.setDeadline', target)).toBe(false);
  });
  it('lets nobody answer for an addressee outside their reach, review coordinators included', () => {
    // the review's coordinating office, with a scope of its own unit only
    const office: Actor = { role: 'coordinator', orgPath: BCD23, scopePath: BCD23 };
    const answer = (path: string) =>
      can(office, 'recommendation.answer', { path, sourcePath: P31, coordinatorPath: BCD23 });
    expect(answer(BNV)).toBe(false);
    expect(answer(BCD23)).toBe(true);
    // it still moves the whole recommendation
    expect(can(office, 'recommendation.setDeadline', { path: P31, coordinatorPath: BCD23 })).toBe(true);
  });
  it('gives a leader of the whole country no write but comments and requests for explanation', () => {
    const leader: Actor = { role: 'leader', orgPath: BCD23, scopePath: VN };
    const leaderWrites: readonly Action[] = ['report.export', 'comment.write', 'explanation.request'];
    for (const action of leaderWrites) {
      expect(can(leader, action, { path: P31 })).toBe(true);
    }
    for (const action of ACTIONS.filter((a) => !leaderWrites.includes(a))) {
      expect(can(leader, action, { path: P31, sourcePath: BNV, coordinatorPath: BCD23 })).toBe(false);
    }
  });
});

describe('resolutions and reviews', () => {
  const target = { path: BCD23 };
  it('are set up by admins and coordinators of national scope', () => {
    expect(can({ role: 'admin', orgPath: BCD23, scopePath: VN }, 'review.manage', target)).toBe(true);
    expect(can({ role: 'coordinator', orgPath: BCD23, scopePath: VN }, 'review.manage', target)).toBe(true);
  });
  it('are refused to a narrower scope and to the other roles', () => {
    expect(can({ role: 'admin', orgPath: P31, scopePath: P31 }, 'review.manage', { path: HP_BDV })).toBe(
      false,
    );
    expect(
      can({ role: 'coordinator', orgPath: P31, scopePath: P31 }, 'review.manage', { path: HP_BDV }),
    ).toBe(false);
    expect(can({ role: 'leader', orgPath: BCD23, scopePath: VN }, 'review.manage', target)).toBe(false);
    expect(can({ role: 'official', orgPath: BCD23, scopePath: VN }, 'review.manage', target)).toBe(false);
  });
});
