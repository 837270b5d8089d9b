import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DeadlineClass } from '@/lib/domain/tasks';

type DeadlineColumns = {
  status: AnyPgColumn | SQL;
  dueOn: AnyPgColumn | SQL;
  completedOn: AnyPgColumn | SQL;
};

/** The SQL twin of `deadlineClass` in lib/domain/tasks.ts; a property test keeps them equal. */
export function deadlineClassSql(columns: DeadlineColumns, asOf: string): SQL<DeadlineClass | null> {
  const { status, dueOn, completedOn } = columns;
  return sql<DeadlineClass | null>`CASE
    WHEN ${status} = 'cancelled' THEN NULL
    WHEN ${status} = 'completed' THEN
      CASE WHEN ${completedOn} <= ${dueOn} THEN 'completed_on_time' ELSE 'completed_late' END
    WHEN ${dueOn} < ${asOf}::date THEN 'overdue'
    ELSE 'in_progress_on_time' END`;
}

/**
 * The same classes from rows already grouped by the two comparisons they depend on:
 * `pastDue` = due_on < as-of day, `onTime` = completed_on <= due_on. Lets the figures
 * aggregate many tasks on a few narrow keys first and name the class once per group.
 */
export function deadlineClassOfFlags(status: SQL, pastDue: SQL, onTime: SQL): SQL<DeadlineClass | null> {
  return sql<DeadlineClass | null>`CASE
    WHEN ${status} = 'cancelled' THEN NULL
    WHEN ${status} = 'completed' THEN
      CASE WHEN ${onTime} THEN 'completed_on_time' ELSE 'completed_late' END
    WHEN ${pastDue} THEN 'overdue'
    ELSE 'in_progress_on_time' END`;
}
