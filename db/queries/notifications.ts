import 'server-only';
import { and, count, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import { now } from '@/lib/clock';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { db } from '../index';
import { notifications, recommendations, tasks } from '../schema';
import type { Viewer } from './viewer';
import { recommendationVisibleTo, taskVisibleTo } from './visibility';

/**
 * The viewer's own notifications. A notification about a record the viewer can no longer read
 * (the unit left the task, the scope changed) is not shown: nobody is told of what they cannot read.
 */

export const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * Each notification's task and recommendation are looked up by key, the visibility tested on that
 * one row: under the OR each EXISTS stays a subplan run per notification (a few dozen index
 * lookups), where joining the tables let PostgreSQL hash all 200,016 recommendations of the
 * country to count a scoped viewer's badge (125–370 ms at 1,000,000 tasks, bench/RESULTS.md).
 */
function mineAndReadable(viewer: Viewer): SQL {
  return and(
    eq(notifications.userId, viewer.id),
    or(
      isNull(notifications.taskId),
      sql`EXISTS (SELECT 1 FROM ${tasks} WHERE ${tasks.id} = ${notifications.taskId} AND ${taskVisibleTo(viewer)})`,
    ),
    or(
      isNull(notifications.recommendationId),
      sql`EXISTS (SELECT 1 FROM ${recommendations} WHERE ${recommendations.id} = ${notifications.recommendationId}
        AND ${recommendationVisibleTo(viewer)})`,
    ),
  )!;
}

export async function unreadCount(viewer: Viewer): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(mineAndReadable(viewer), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export type NotificationItem = {
  id: number;
  kind: NotificationKind;
  code: string;
  href: string;
  day: string;
  data: Record<string, unknown>;
  read: boolean;
};

/** Newest first, a page at a time. */
export async function listNotifications(
  viewer: Viewer,
  page: number,
): Promise<{ items: NotificationItem[]; total: number; pages: number }> {
  const where = mineAndReadable(viewer);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        code: notifications.code,
        isTask: sql<boolean>`${notifications.taskId} IS NOT NULL`,
        day: notifications.day,
        data: notifications.data,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.id))
      .limit(NOTIFICATIONS_PAGE_SIZE)
      .offset((page - 1) * NOTIFICATIONS_PAGE_SIZE),
    db.select({ total: count() }).from(notifications).where(where),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind as NotificationKind,
      code: row.code,
      href: `/${row.isTask ? 'tasks' : 'recommendations'}/${encodeURIComponent(row.code)}`,
      day: row.day,
      data: row.data,
      read: row.readAt !== null,
    })),
    total: Number(total),
    pages: Math.max(1, Math.ceil(Number(total) / NOTIFICATIONS_PAGE_SIZE)),
  };
}

/** Marks one of the viewer's notifications read; answers where it leads (null: not theirs). */
export async function markRead(viewer: Viewer, id: number): Promise<{ href: string } | null> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${now()})` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, viewer.id)))
    .returning({ code: notifications.code, taskId: notifications.taskId });
  if (!row) return null;
  return { href: `/${row.taskId !== null ? 'tasks' : 'recommendations'}/${encodeURIComponent(row.code)}` };
}

/** Marks every unread notification of the viewer read; answers how many. */
export async function markAllRead(viewer: Viewer): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now() })
    .where(and(eq(notifications.userId, viewer.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
