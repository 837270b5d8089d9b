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
