import type { Role } from './roles';
import { isWithin } from './scope';

/** Who is acting: their role, their organization's path and their scope's path. */
export type Actor = { role: Role; orgPath: string; scopePath: string };

export const ACTIONS = [
  // an official of the assignee's subtree
  'task.start',
  'task.progress',
  'task.report',
  // an official of a supporting unit's subtree, on that unit's part (the target is the supporting unit)
  'task.part',
  // a coordinator whose scope holds the assignee
  'task.create',
  'task.edit',
  'task.confirm',
  'task.return',
  'task.extend',
  'task.cancel',
  'task.reopen',
  'session.manage',
  // the source side of a recommendation
  'recommendation.draft',
  'recommendation.edit',
  'recommendation.submit',
  // the addressee side
  'recommendation.answer',
  // the review's coordinating office only
  'recommendation.setDeadline',
  'recommendation.markDuplicate',
  // administration
  'user.manage',
  'organization.manage',
  // resolutions and review campaigns: admins and coordinators of national scope
  'review.manage',
  'audit.read',
  'report.export',
  // discussion: whoever may read the record comments (visibility is checked in SQL); admins
  // may withdraw anyone's comment in their scope
  'comment.write',
  'comment.withdrawAny',
  // requests for explanation of an overdue task: leaders and coordinators of its scope ask,
  // officials of the assignee answer
  'explanation.request',
  'explanation.answer',
  // a request to extend a task's deadline: officials of the assignee ask; the coordinators who
  // may `task.extend` grant or refuse it
  'extension.request',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * What the action is about. `path` is the organization the action concerns (the assignee,
 * the source, the addressee, the account's organization…). For answers, `sourcePath` is the
 * recommendation's source. `coordinatorPath` is the review's coordinating organization.
 */
export type Target = { path: string; sourcePath?: string; coordinatorPath?: string };

const OFFICIAL_TASK_WORK: readonly Action[] = [
  'task.start',
  'task.progress',
  'task.report',
  'task.part',
  'extension.request',
];
const COORDINATOR_SCOPE: readonly Action[] = [
  'task.create',
  'task.edit',
  'task.confirm',
  'task.return',
  'task.extend',
  'task.cancel',
  'task.reopen',
  'session.manage',
  'recommendation.edit',
  'recommendation.submit',
];
const REVIEW_COORDINATOR: readonly Action[] = [
  'recommendation.edit',
  'recommendation.submit',
  'recommendation.setDeadline',
  'recommendation.markDuplicate',
];

/** The subtree a role acts on: officials act for their unit, coordinators for their scope. */
export function reachPath(actor: Actor): string | null {
  if (actor.role === 'official') return actor.orgPath;
  if (actor.role === 'coordinator') return actor.scopePath;
  return null;
}

export function isReviewCoordinator(actor: Actor, coordinatorPath: string | undefined): boolean {
  return actor.role === 'coordinator' && !!coordinatorPath && isWithin(coordinatorPath, actor.scopePath);
}

/** A scope that is the root of the tree (the whole country): its path holds one id. */
export function isNationalScope(scopePath: string): boolean {
  return /^\/\d+\/$/.test(scopePath);
}

export function can(actor: Actor, action: Action, target: Target): boolean {
  // Reading the record is the condition, decided in SQL by the visibility rules.
  if (action === 'comment.write') return true;
  if (action === 'comment.withdrawAny')
    return actor.role === 'admin' && isWithin(target.path, actor.scopePath);
  if (action === 'explanation.request') {
    return (
      (actor.role === 'leader' || actor.role === 'coordinator') && isWithin(target.path, actor.scopePath)
    );
  }
  if (action === 'explanation.answer')
    return actor.role === 'official' && isWithin(target.path, actor.orgPath);
  if (action === 'review.manage') {
    // Resolutions and reviews are shared by the whole tree: only a national scope sets them up.
    return (
      (actor.role === 'admin' || actor.role === 'coordinator') &&
      isNationalScope(actor.scopePath) &&
      isWithin(target.path, actor.scopePath)
    );
  }
  if (actor.role === 'leader') return action === 'report.export' && isWithin(target.path, actor.scopePath);
  if (actor.role === 'admin') {
    if (action === 'user.manage' || action === 'organization.manage' || action === 'audit.read') {
      return isWithin(target.path, actor.scopePath);
    }
    return action === 'report.export' && isWithin(target.path, actor.scopePath);
  }
  if (REVIEW_COORDINATOR.includes(action) && isReviewCoordinator(actor, target.coordinatorPath)) return true;

  const reach = reachPath(actor);
  if (reach === null) return false;
  const inReach = isWithin(target.path, reach);
  switch (action) {
    case 'recommendation.draft':
      return inReach;
    case 'recommendation.answer':
      // Nobody answers on behalf of an addressee outside their own reach, review coordinators
      // included. Inside it, the source side does not answer its own request, except the review's
      // coordinating office, whose reach holds sources and addressees alike.
      if (!inReach) return false;
      if (isReviewCoordinator(actor, target.coordinatorPath)) return true;
      return !(target.sourcePath && isWithin(target.sourcePath, reach));
    case 'audit.read':
      return actor.role === 'coordinator' && inReach;
    case 'report.export':
      return isWithin(target.path, actor.scopePath);
    default:
      if (OFFICIAL_TASK_WORK.includes(action)) return actor.role === 'official' && inReach;
      if (COORDINATOR_SCOPE.includes(action)) return actor.role === 'coordinator' && inReach;
      return false;
  }
}
