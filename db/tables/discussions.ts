// Comments and their mentions, explanation requests and extension requests.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { COMMENT_RECORD_TYPES } from '@/lib/domain/discussion-records';
import { organizations, users } from './organizations-users';
import { tasks } from './tasks';

/**
 * The discussion of a task or a recommendation. Never deleted: a comment is withdrawn (with a
 * reason) and then shown as such; its author may edit it for a short while (lib/domain/discussion.ts).
 */
export const comments = pgTable(
  'comments',
  {
    id: serial('id').primaryKey(),
    /** a task or a recommendation, whose id is `record_id` */
    recordType: text('record_type', { enum: COMMENT_RECORD_TYPES }).notNull(),
    recordId: integer('record_id').notNull(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    authorOrgId: integer('author_org_id')
      .notNull()
      .references(() => organizations.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnById: integer('withdrawn_by_id').references(() => users.id),
    withdrawalReason: text('withdrawal_reason'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('comments_record_idx').on(t.recordType, t.recordId, t.createdAt),
    check('comments_record_type_check', sql`${t.recordType} IN ('task', 'recommendation')`),
    check('comments_body_check', sql`char_length(${t.body}) BETWEEN 1 AND 4000`),
    check('comments_withdrawal_check', sql`(${t.withdrawnAt} IS NULL) = (${t.withdrawalReason} IS NULL)`),
  ],
);

/** The units a comment mentions (`@CODE`): shown on their "my work". */
export const commentMentions = pgTable(
  'comment_mentions',
  {
    commentId: integer('comment_id')
      .notNull()
      .references(() => comments.id),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.organizationId] }),
    index('comment_mentions_org_idx').on(t.organizationId),
  ],
);

export const explanationStatus = pgEnum('explanation_status', ['open', 'answered', 'withdrawn']);

/**
 * A request for explanation (yêu cầu giải trình) of an overdue task, and its answer. At most
 * one open request per task: the partial unique index holds it whatever runs in parallel.
 */
export const explanationRequests = pgTable(
  'explanation_requests',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    requestedById: integer('requested_by_id')
      .notNull()
      .references(() => users.id),
    requestedByOrgId: integer('requested_by_org_id')
      .notNull()
      .references(() => organizations.id),
    message: text('message').notNull(),
    replyDueOn: date('reply_due_on', { mode: 'string' }).notNull(),
    status: explanationStatus('status').notNull().default('open'),
    answer: text('answer'),
    answeredById: integer('answered_by_id').references(() => users.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('explanation_requests_task_idx').on(t.taskId, t.createdAt),
    uniqueIndex('explanation_requests_one_open_key').on(t.taskId).where(sql`${t.status} = 'open'`),
    check(
      'explanation_requests_answer_check',
      sql`(${t.status} = 'answered') = (${t.answer} IS NOT NULL AND ${t.answeredAt} IS NOT NULL)`,
    ),
  ],
);

export const extensionRequestStatus = pgEnum('extension_request_status', [
  'pending',
  'granted',
  'refused',
  'withdrawn',
]);

/**
 * A request to extend a task's deadline (issue 15): an official of the assignee asks, a
 * coordinator in scope grants (through the task's `extend`) or refuses with a reason. At most one
 * pending request per task: the partial unique index holds it whatever runs in parallel.
 */
export const extensionRequests = pgTable(
  'extension_requests',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    requestedById: integer('requested_by_id')
      .notNull()
      .references(() => users.id),
    /** the due date in force when it was asked, and the one asked for */
    fromDueOn: date('from_due_on', { mode: 'string' }).notNull(),
    requestedDueOn: date('requested_due_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    status: extensionRequestStatus('status').notNull().default('pending'),
    decidedById: integer('decided_by_id').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    refusalReason: text('refusal_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('extension_requests_task_idx').on(t.taskId, t.createdAt),
    uniqueIndex('extension_requests_one_pending_key').on(t.taskId).where(sql`${t.status} = 'pending'`),
    check('extension_requests_later_check', sql`${t.requestedDueOn} > ${t.fromDueOn}`),
    check(
      'extension_requests_refusal_check',
      sql`(${t.status} = 'refused') = (${t.refusalReason} IS NOT NULL)`,
    ),
  ],
);
