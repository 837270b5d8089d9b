import 'server-only';
import { and, eq } from 'drizzle-orm';
import { actorOf } from '@/lib/auth/actor';
import type { DocumentRecordKind } from '@/lib/domain/documents';
import { can } from '@/lib/domain/permissions';
import { canDraft } from '@/lib/domain/recommendation-workflow';
import type { Executor } from '../index';
import {
  explanationRequests,
  organizations,
  recommendationAddressees,
  recommendations,
  surveySessions,
  taskSupportingUnits,
  tasks,
} from '../schema';
import { loadRecommendation } from './recommendation-facts';
import { sessionVisibleTo } from './sessions';
import { PARTS_OPEN_IN } from './task-support';
import type { Viewer } from './viewer';
import { taskVisibleTo } from './visibility';

/**
 * The record a document belongs to, as the viewer reaches it: a document is as visible as its
 * record (out of reach = null, "not found"), and it is entered, corrected or withdrawn by whoever
 * may edit that record.
 */
export type RecordRef = {
  kind: DocumentRecordKind;
  /** the task, recommendation or session code (for an explanation: its task's) */
  code: string;
  /** an answer's addressee, a supporting part's unit (organization code) */
  addressee: string | null;
  /** an explanation request's id */
  explanation?: number | null;
};
export type RecordAccess = {
  recordId: number;
  addresseeOrgId: number | null;
  /** the organization the record concerns (events are filed under it) */
  orgId: number;
  canEdit: boolean;
};

/**
 * `lock`: in a write, the supporting unit's row (the explanation request) is held FOR SHARE until
 * the transaction ends, so that a concurrent removal (withdrawal) cannot leave a document on a
 * part (a request) that is gone. `former`: to read a document already stored, a part's unit that
 * is no longer a supporting unit still leads to its task (read by the task's readers, edited by no one).
 */
export async function loadRecord(
  tx: Executor,
  viewer: Viewer,
  ref: RecordRef,
  options: { lock?: boolean; former?: boolean } = {},
): Promise<RecordAccess | null> {
  const actor = actorOf(viewer);
  switch (ref.kind) {
    case 'task_update':
    case 'completion_report': {
      const [task] = await tx
        .select({ id: tasks.id, orgId: organizations.id, path: organizations.path })
        .from(tasks)
        .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
        .where(and(eq(tasks.code, ref.code), taskVisibleTo(viewer)));
      if (!task) return null;
      const canEdit =
        can(actor, 'task.progress', { path: task.path }) || can(actor, 'task.edit', { path: task.path });
      return { recordId: task.id, addresseeOrgId: null, orgId: task.orgId, canEdit };
    }
    case 'recommendation':
    case 'answer': {
      const rec = await loadRecommendation(tx, viewer, ref.code);
      if (!rec) return null;
      if (ref.kind === 'recommendation') {
        const target = { path: rec.sourcePath, coordinatorPath: rec.coordinatorPath };
        const canEdit = canDraft(actor, rec.sourcePath) || can(actor, 'recommendation.edit', target);
        return { recordId: rec.id, addresseeOrgId: null, orgId: rec.sourceOrgId, canEdit };
      }
      if (!ref.addressee) return null;
      const [addressee] = await tx
        .select({ id: organizations.id, path: organizations.path })
        .from(recommendationAddressees)
        .innerJoin(organizations, eq(organizations.id, recommendationAddressees.organizationId))
        .where(
          and(eq(recommendationAddressees.recommendationId, rec.id), eq(organizations.code, ref.addressee)),
        );
      if (!addressee) return null;
      const canEdit = can(actor, 'recommendation.answer', {
        path: addressee.path,
        sourcePath: rec.sourcePath,
        coordinatorPath: rec.coordinatorPath,
      });
      return { recordId: rec.id, addresseeOrgId: addressee.id, orgId: addressee.id, canEdit };
    }
    case 'session': {
      const [session] = await tx
        .select({ id: surveySessions.id, orgId: organizations.id, path: organizations.path })
        .from(surveySessions)
        .innerJoin(organizations, eq(organizations.id, surveySessions.organizationId))
        .where(and(eq(surveySessions.code, ref.code), sessionVisibleTo(viewer)));
      if (!session) return null;
      return {
        recordId: session.id,
        addresseeOrgId: null,
        orgId: session.orgId,
        canEdit: can(actor, 'session.manage', { path: session.path }),
      };
    }
    case 'support_part': {
      // the part of a supporting unit: read by whoever reads the task, edited by that unit's
      // officials (the part's own rule, task.part)
      if (!ref.addressee) return null;
      const query = tx
        .select({ taskId: tasks.id, status: tasks.status, orgId: organizations.id, path: organizations.path })
        .from(tasks)
        .innerJoin(taskSupportingUnits, eq(taskSupportingUnits.taskId, tasks.id))
        .innerJoin(organizations, eq(organizations.id, taskSupportingUnits.organizationId))
        .where(and(eq(tasks.code, ref.code), eq(organizations.code, ref.addressee), taskVisibleTo(viewer)));
      const [part] = await (options.lock ? query.for('share', { of: taskSupportingUnits }) : query);
      if (!part) return options.former ? formerPart(tx, viewer, ref.code, ref.addressee) : null;
      return {
        recordId: part.taskId,
        addresseeOrgId: part.orgId,
        orgId: part.orgId,
        // the part moves (and its documents with it) only while the task is open
        canEdit: can(actor, 'task.part', { path: part.path }) && PARTS_OPEN_IN.includes(part.status),
      };
    }
    case 'explanation': {
      // an explanation request: read by whoever reads its task, its letter attached by the unit
      // that answers it (explanation.answer) unless the request was withdrawn
      if (!ref.explanation) return null;
      const query = tx
        .select({
          id: explanationRequests.id,
          status: explanationRequests.status,
          orgId: organizations.id,
          path: organizations.path,
        })
        .from(explanationRequests)
        .innerJoin(tasks, eq(tasks.id, explanationRequests.taskId))
        .innerJoin(organizations, eq(organizations.id, tasks.assigneeOrgId))
        .where(
          and(eq(explanationRequests.id, ref.explanation), eq(tasks.code, ref.code), taskVisibleTo(viewer)),
        );
      const [request] = await (options.lock ? query.for('share', { of: explanationRequests }) : query);
      if (!request) return null;
      return {
        recordId: request.id,
        addresseeOrgId: null,
        orgId: request.orgId,
        canEdit: request.status !== 'withdrawn' && can(actor, 'explanation.answer', { path: request.path }),
      };
    }
    default:
      return null;
  }
}

/**
 * A unit removed from a task's supporting units: its part is gone, its documents stay (never
 * deleted) and stay readable by whoever reads the task, under "former supporting unit".
 */
async function formerPart(
  tx: Executor,
  viewer: Viewer,
  code: string,
  unit: string,
): Promise<RecordAccess | null> {
  const [found] = await tx
    .select({ taskId: tasks.id, orgId: organizations.id })
    .from(tasks)
    .innerJoin(organizations, eq(organizations.code, unit))
    .where(and(eq(tasks.code, code), taskVisibleTo(viewer)));
  if (!found) return null;
  return { recordId: found.taskId, addresseeOrgId: found.orgId, orgId: found.orgId, canEdit: false };
}

/** The code (and addressee code) of a document's record, to read it again through loadRecord. */
export async function recordRefOf(
  tx: Executor,
  kind: DocumentRecordKind,
  recordId: number,
  addresseeOrgId: number | null,
): Promise<RecordRef | null> {
  let code: string | undefined;
  if (kind === 'explanation') {
    [{ code } = { code: undefined }] = await tx
      .select({ code: tasks.code })
      .from(explanationRequests)
      .innerJoin(tasks, eq(tasks.id, explanationRequests.taskId))
      .where(eq(explanationRequests.id, recordId));
    return code ? { kind, code, addressee: null, explanation: recordId } : null;
  }
  if (kind === 'task_update' || kind === 'completion_report' || kind === 'support_part') {
    [{ code } = { code: undefined }] = await tx
      .select({ code: tasks.code })
      .from(tasks)
      .where(eq(tasks.id, recordId));
  } else if (kind === 'recommendation' || kind === 'answer') {
    [{ code } = { code: undefined }] = await tx
      .select({ code: recommendations.code })
      .from(recommendations)
      .where(eq(recommendations.id, recordId));
  } else if (kind === 'session') {
    [{ code } = { code: undefined }] = await tx
      .select({ code: surveySessions.code })
      .from(surveySessions)
      .where(eq(surveySessions.id, recordId));
  }
  if (!code) return null;
  let addressee: string | null = null;
  if (addresseeOrgId !== null) {
    const [org] = await tx
      .select({ code: organizations.code })
      .from(organizations)
      .where(eq(organizations.id, addresseeOrgId));
    addressee = org?.code ?? null;
  }
  return { kind, code, addressee };
}
