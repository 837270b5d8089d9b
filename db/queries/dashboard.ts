import 'server-only';
import { and, count, ne, sql } from 'drizzle-orm';
import type { RecommendationStatus } from '@/lib/domain/recommendations';
import { DEADLINE_CLASSES, type DeadlineClass } from '@/lib/domain/tasks';
import { db } from '../index';
import { recommendations, tasks } from '../schema';
import { deadlineClassSql } from './figures';
import type { Viewer } from './viewer';
import { overallStatusSql, recommendationVisibleTo, taskVisibleTo } from './visibility';

export type ClassCounts = Record<DeadlineClass, number> & { total: number; awaitingConfirmation: number };

/** Counted tasks (not cancelled) in the viewer's reach, by deadline class on `asOf`. */
export async function taskClassCounts(viewer: Viewer, asOf: string): Promise<ClassCounts> {
  const cls = deadlineClassSql(tasks, asOf);
  const rows = await db
    .select({
      cls,
      n: count(),
      awaiting: sql<number>`count(*) FILTER (WHERE ${tasks.status} = 'awaiting_confirmation')`.mapWith(
        Number,
      ),
    })
    .from(tasks)
    .where(and(taskVisibleTo(viewer), ne(tasks.status, 'cancelled')))
    .groupBy(sql`1`); // by position: the expression carries its own parameter
  const counts = Object.fromEntries(DEADLINE_CLASSES.map((c) => [c, 0])) as ClassCounts;
  counts.total = 0;
  counts.awaitingConfirmation = 0;
  for (const row of rows) {
    if (row.cls) counts[row.cls] = row.n;
    counts.total += row.n;
    counts.awaitingConfirmation += row.awaiting;
  }
  return counts;
}

/** Recommendations in the viewer's reach, by overall status. */
export async function recommendationStatusCounts(
  viewer: Viewer,
): Promise<Partial<Record<RecommendationStatus, number>>> {
  const status = overallStatusSql();
  const rows = await db
    .select({ status, n: count() })
    .from(recommendations)
    .where(recommendationVisibleTo(viewer))
    .groupBy(status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
