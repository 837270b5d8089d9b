import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actorOf } from '@/lib/auth/actor';
import { isNationalScope, reachPath } from '@/lib/domain/permissions';
import { db, selectRows } from '../index';
import { extensionRequests, users } from '../schema';
import { EXTENDABLE } from './extension-request-closing';
import type { Viewer } from './viewer';
import { orgsWithin } from './visibility';

/** What the task page and "my work" show of extension requests (their changes: extension-requests.ts). */

export type ExtensionRequestView = {
  id: number;
  version: number;
  status: 'pending' | 'granted' | 'refused' | 'withdrawn';
  fromDueOn: string;
  requestedDueOn: string;
  reason: string;
  requestedAt: Date;
  requesterName: string;
  decidedAt: Date | null;
  deciderName: string | null;
  refusalReason: string | null;
  mine: boolean;
};

const decider = alias(users, 'decider');

/** The requests of a task the caller has already read, newest first. */
export async function extensionRequestsOf(viewer: Viewer, taskId: number): Promise<ExtensionRequestView[]> {
  const rows = await db
    .select({
      id: extensionRequests.id,
      version: extensionRequests.version,
      status: extensionRequests.status,
      fromDueOn: extensionRequests.fromDueOn,
      requestedDueOn: extensionRequests.requestedDueOn,
      reason: extensionRequests.reason,
      requestedAt: extensionRequests.createdAt,
      requestedById: extensionRequests.requestedById,
      requesterName: users.displayName,
      decidedAt: extensionRequests.decidedAt,
      deciderName: decider.displayName,
      refusalReason: extensionRequests.refusalReason,
    })
    .from(extensionRequests)
    .innerJoin(users, eq(users.id, extensionRequests.requestedById))
    .leftJoin(decider, eq(decider.id, extensionRequests.decidedById))
    .where(eq(extensionRequests.taskId, taskId))
    .orderBy(desc(extensionRequests.createdAt), desc(extensionRequests.id));
  return rows.map(({ requestedById, ...row }) => ({ ...row, mine: requestedById === viewer.id }));
}

export type PendingExtension = {
  code: string;
  title: string;
  orgVi: string;
  orgEn: string | null;
  dueOn: string;
  requestedDueOn: string;
  reason: string;
};

/**
 * Pending requests where the viewer acts (a coordinator's scope, to decide; an official's unit,
 * to follow), for "my work": the earliest due date first.
 */
export async function pendingExtensions(
  viewer: Viewer,
): Promise<{ items: PendingExtension[]; total: number }> {
  const reach = reachPath(actorOf(viewer));
  if (!reach) return { items: [], total: 0 };
  const within = isNationalScope(reach) ? sql`TRUE` : sql`t.assignee_org_id IN ${orgsWithin(reach)}`;
  const rows = await selectRows<PendingExtension & { total: number }>(
    db,
    sql`SELECT t.code, t.title, o.name_vi AS "orgVi", o.name_en AS "orgEn", t.due_on::text AS "dueOn",
        x.requested_due_on::text AS "requestedDueOn", x.reason, count(*) OVER ()::int AS total
      FROM extension_requests x JOIN tasks t ON t.id = x.task_id JOIN organizations o ON o.id = t.assignee_org_id
      WHERE x.status = 'pending' AND t.status::text = ANY(${`{${EXTENDABLE.join(',')}}`}::text[]) AND ${within}
      ORDER BY t.due_on, t.code LIMIT 50`,
  );
  return { items: rows.map(({ total: _total, ...item }) => item), total: rows[0]?.total ?? 0 };
}
