// Tasks, their recommendations, supporting units and status periods.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { searchColumn, timestamps } from './columns';
import { supportPartStatus, taskStatus } from './enums';
import { organizations, users } from './organizations-users';
import { recommendations } from './recommendations';
import { reviews, surveySessions } from './reviews-sessions';

export const tasks = pgTable(
  'tasks',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id),
    sessionId: integer('session_id').references(() => surveySessions.id),
    assigneeOrgId: integer('assignee_org_id')
      .notNull()
      .references(() => organizations.id),
    /** the task this one was cascaded from (issue 17): depth ≤ 4, no cycles (a trigger checks) */
    parentId: integer('parent_id').references((): AnyPgColumn => tasks.id),
    title: text('title').notNull(),
    description: text('description'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    originalDueOn: date('original_due_on', { mode: 'string' }).notNull(),
    status: taskStatus('status').notNull().default('not_started'),
    progress: integer('progress').notNull().default(0),
    completedOn: date('completed_on', { mode: 'string' }),
    completionDocRef: text('completion_doc_ref'),
    lastNote: text('last_note'),
    searchText: searchColumn('code', 'title'),
    version: integer('version').notNull().default(1),
    createdById: integer('created_by_id').references(() => users.id),
    updatedById: integer('updated_by_id').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('tasks_code_key').on(t.code),
    // the list's counts read everything they need from it (migration 0022)
    index('tasks_assignee_counts_idx').on(t.assigneeOrgId, t.status, t.dueOn, t.completedOn, t.code),
    index('tasks_review_idx').on(t.reviewId),
    index('tasks_session_idx').on(t.sessionId),
    index('tasks_due_idx').on(t.dueOn),
    index('tasks_parent_idx').on(t.parentId),
    index('tasks_search_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check('tasks_progress_check', sql`${t.progress} BETWEEN 0 AND 100`),
    check(
      'tasks_completed_on_check',
      sql`(${t.status} IN ('completed', 'awaiting_confirmation')) = (${t.completedOn} IS NOT NULL)`,
    ),
    check('tasks_version_check', sql`${t.version} >= 1`),
  ],
);

export const taskRecommendations = pgTable(
  'task_recommendations',
  {
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    recommendationId: integer('recommendation_id')
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.recommendationId] }),
    index('task_recommendations_rec_idx').on(t.recommendationId),
  ],
);

/**
 * The supporting units (đơn vị phối hợp) of a task, each with its own part: status and note,
 * updated by the unit's officials. The lead unit stays `tasks.assignee_org_id`.
 */
export const taskSupportingUnits = pgTable(
  'task_supporting_units',
  {
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    status: supportPartStatus('status').notNull().default('not_started'),
    note: text('note'),
    updatedById: integer('updated_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.taskId, t.organizationId] }),
    index('task_supporting_units_org_idx').on(t.organizationId, t.status),
    check('task_supporting_units_version_check', sql`${t.version} >= 1`),
  ],
);

/**
 * One row per task per period in which its status, due date, completion date and assignee
 * held, so that "as of" figures are one indexed range query.
 */
export const taskStatusPeriods = pgTable(
  'task_status_periods',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
    assigneeOrgId: integer('assignee_org_id')
      .notNull()
      .references(() => organizations.id),
    status: taskStatus('status').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validTo: timestamp('valid_to', { withTimezone: true }),
  },
  (t) => [
    index('task_status_periods_task_idx').on(t.taskId, t.validFrom),
    index('task_status_periods_range_idx').on(t.validFrom, t.validTo),
    // The figures as of a day read the open periods (by the open key) and those closed after that day.
    index('task_status_periods_closed_idx').on(t.validTo).where(sql`${t.validTo} IS NOT NULL`),
    uniqueIndex('task_status_periods_open_key').on(t.taskId).where(sql`${t.validTo} IS NULL`),
    check('task_status_periods_range_check', sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** A task rollup row's province (0: the central bodies) and counts (task_rollup, task_rollup_month). */
const rollupCounts = () => ({
  provinceId: integer('province_id').notNull(),
  total: integer('total').notNull().default(0),
  awaiting: integer('awaiting').notNull().default(0),
  onTime: integer('on_time').notNull().default(0),
  late: integer('late').notNull().default(0),
  overdue: integer('overdue').notNull().default(0),
  due: integer('due').notNull().default(0),
});

/**
 * The changes the status periods make to the national task figures, per day and province (0: the
 * central bodies): a figure as of day T is the sum of the rows up to T (issue 20). Kept by the
 * triggers of migration 0020 in the transaction that writes the periods; never written by the app.
 */
export const taskRollup = pgTable(
  'task_rollup',
  {
    day: date('day', { mode: 'string' }).notNull(),
    ...rollupCounts(),
  },
  (t) => [primaryKey({ columns: [t.day, t.provinceId] })],
);

/**
 * task_rollup's rows summed by month (`month`: its first day): a figure as of T reads the months
 * that hold none of the days it is asked for whole, and only the other months by day (issue 20).
 * Kept from task_rollup's own writes by the triggers of migration 0028; never written by the app.
 */
export const taskRollupMonth = pgTable(
  'task_rollup_month',
  {
    month: date('month', { mode: 'string' }).notNull(),
    ...rollupCounts(),
  },
  (t) => [primaryKey({ columns: [t.month, t.provinceId] })],
);
