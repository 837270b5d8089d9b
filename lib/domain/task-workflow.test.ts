import { describe, expect, it } from 'vitest';
import type { Actor } from './permissions';
import {
  allowsAction,
  availableActions,
  mayDo,
  progressAfter,
  statusAfter,
  TASK_ACTIONS,
} from './task-workflow';
import { TASK_STATUSES, type TaskStatus } from './tasks';

const P31 = '/1/2/';
const HP_BDV = '/1/2/3/';
const HP_MTTQ = '/1/2/4/';
const official: Actor = { role: 'official', orgPath: HP_BDV, scopePath: HP_BDV };
const coordinator: Actor = { role: 'coordinator', orgPath: '/1/2/5/', scopePath: P31 };
const leader: Actor = { role: 'leader', orgPath: P31, scopePath: P31 };
const admin: Actor = { role: 'admin', orgPath: P31, scopePath: P31 };

/** The whole table, written out: status → actions that status allows. */
const expected: Record<TaskStatus, string[]> = {
  not_started: ['start', 'report', 'extend', 'cancel'],
  in_progress: ['progress', 'report', 'extend', 'cancel'],
  awaiting_confirmation: ['confirm', 'return', 'extend', 'cancel'],
  completed: ['reopen'],
  cancelled: ['reopen'],
};

describe('the task transition table', () => {
  for (const status of TASK_STATUSES) {
    it(`from ${status} allows exactly ${expected[status].join(', ')}`, () => {
      expect(TASK_ACTIONS.filter((a) => allowsAction(status, a))).toEqual(expected[status]);
    });
  }

  it('moves statuses as the workflow says', () => {
    expect(statusAfter('not_started', 'start')).toBe('in_progress');
    expect(statusAfter('in_progress', 'progress')).toBe('in_progress');
    expect(statusAfter('in_progress', 'report')).toBe('awaiting_confirmation');
    expect(statusAfter('awaiting_confirmation', 'confirm')).toBe('completed');
    expect(statusAfter('awaiting_confirmation', 'return')).toBe('in_progress');
    expect(statusAfter('in_progress', 'extend')).toBe('in_progress');
    expect(statusAfter('in_progress', 'cancel')).toBe('cancelled');
    expect(statusAfter('completed', 'reopen')).toBe('in_progress');
  });

  it('never extends a completed or cancelled task', () => {
    expect(allowsAction('completed', 'extend')).toBe(false);
    expect(allowsAction('cancelled', 'extend')).toBe(false);
  });

  it('sets progress to 100 on report and confirm, and to the figure given on progress', () => {
    expect(progressAfter('report', 40)).toBe(100);
    expect(progressAfter('confirm', 100)).toBe(100);
    expect(progressAfter('progress', 40, 75)).toBe(75);
    expect(progressAfter('return', 100)).toBe(100);
  });
});

describe('who may use which action', () => {
  const task = (status: TaskStatus, assigneePath = HP_BDV) => ({ status, assigneePath });

  it('gives the official of the assignee the work, and nothing of the coordinator', () => {
    expect(availableActions(official, task('not_started'))).toEqual(['start', 'report']);
    expect(availableActions(official, task('in_progress'))).toEqual(['progress', 'report']);
    expect(availableActions(official, task('awaiting_confirmation'))).toEqual([]);
  });

  it('gives an official nothing on another unit’s task', () => {
    for (const status of TASK_STATUSES) expect(availableActions(official, task(status, HP_MTTQ))).toEqual([]);
  });

  it('gives the coordinator in scope the follow-up, and none of the official’s work', () => {
    expect(availableActions(coordinator, task('in_progress'))).toEqual(['extend', 'cancel']);
    expect(availableActions(coordinator, task('awaiting_confirmation'))).toEqual([
      'confirm',
      'return',
      'extend',
      'cancel',
    ]);
    expect(availableActions(coordinator, task('completed'))).toEqual(['reopen']);
    expect(mayDo(coordinator, 'confirm', task('awaiting_confirmation', '/9/'))).toBe(false);
  });

  it('lets leaders and admins only read', () => {
    for (const actor of [leader, admin]) {
      for (const status of TASK_STATUSES) expect(availableActions(actor, task(status))).toEqual([]);
    }
  });
});
