import { type Action, type Actor, can } from './permissions';
import type { TaskStatus } from './tasks';

/** What can be done to an existing task, by whom (a permission) and from which statuses. */
export const TASK_ACTIONS = [
  'start',
  'progress',
  'report',
  'confirm',
  'return',
  'extend',
  'cancel',
  'reopen',
] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

type Transition = {
  permission: Action;
  from: readonly TaskStatus[];
  /** the status after the action; null keeps the current one */
  to: TaskStatus | null;
};

const OPEN: readonly TaskStatus[] = ['not_started', 'in_progress', 'awaiting_confirmation'];

/**
 * The one transition table of the task workflow (issue #3). Officials of the assignee's
 * subtree do the work; coordinators in scope confirm, return, extend, cancel and reopen.
 * A deadline is extended only before completion, so `due_on` is always the one in force.
 */
export const TASK_TRANSITIONS: Record<TaskAction, Transition> = {
  start: { permission: 'task.start', from: ['not_started'], to: 'in_progress' },
  progress: { permission: 'task.progress', from: ['in_progress'], to: null },
  report: { permission: 'task.report', from: ['not_started', 'in_progress'], to: 'awaiting_confirmation' },
  confirm: { permission: 'task.confirm', from: ['awaiting_confirmation'], to: 'completed' },
  return: { permission: 'task.return', from: ['awaiting_confirmation'], to: 'in_progress' },
  extend: { permission: 'task.extend', from: OPEN, to: null },
  cancel: { permission: 'task.cancel', from: OPEN, to: 'cancelled' },
  reopen: { permission: 'task.reopen', from: ['cancelled', 'completed'], to: 'in_progress' },
};

/** Does the status allow the action (whoever asks)? */
export function allowsAction(status: TaskStatus, action: TaskAction): boolean {
  return TASK_TRANSITIONS[action].from.includes(status);
}

/** May this actor do this action to a task of this assignee in this status? */
export function mayDo(
  actor: Actor,
  action: TaskAction,
  task: { status: TaskStatus; assigneePath: string },
): boolean {
  return (
    allowsAction(task.status, action) &&
    can(actor, TASK_TRANSITIONS[action].permission, { path: task.assigneePath })
  );
}

/** The status after an action. */
export function statusAfter(status: TaskStatus, action: TaskAction): TaskStatus {
  return TASK_TRANSITIONS[action].to ?? status;
}

/** The actions the actor may use on the task now, in the order the page shows them. */
export function availableActions(
  actor: Actor,
  task: { status: TaskStatus; assigneePath: string },
): TaskAction[] {
  return TASK_ACTIONS.filter((action) => mayDo(actor, action, task));
}

/** Progress after an action: a reported or confirmed task is done; a reopened one keeps its figure. */
export function progressAfter(action: TaskAction, current: number, requested?: number): number {
  if (action === 'progress' && requested !== undefined) return requested;
  if (action === 'report' || action === 'confirm') return 100;
  if (action === 'start') return Math.max(current, 0);
  return current;
}
