// Notifications, reminder runs, notification preferences, the mail outbox and digest items.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './organizations-users';
import { recommendations } from './recommendations';
import { tasks } from './tasks';

/**
 * In-app notifications, one row per recipient, written in the transaction of the change that
 * causes them (outbox). `dedupe_key` names the cause (an event, or a reminder's kind, record and
 * day), so a cause notifies each user once however many instances or runs meet it.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    taskId: integer('task_id').references(() => tasks.id, { onDelete: 'cascade' }),
    recommendationId: integer('recommendation_id').references(() => recommendations.id, {
      onDelete: 'cascade',
    }),
    /** the record's code, shown and linked (NV-HP-08, KN-HP-04) */
    code: text('code').notNull(),
    /** the calendar day (lib/clock) the notification belongs to */
    day: date('day', { mode: 'string' }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_key').on(t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.id),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} IS NULL`),
    index('notifications_task_idx').on(t.taskId, t.kind, t.day),
    index('notifications_recommendation_idx').on(t.recommendationId, t.kind, t.day),
  ],
);

/** One row per calendar day whose reminders have run: claimed in the run's own transaction. */
export const reminderRuns = pgTable('reminder_runs', {
  day: date('day', { mode: 'string' }).primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
  created: integer('created').notNull().default(0),
});

/** Per user and notification kind, how its e-mail goes: immediate (no row), daily digest, or off. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    delivery: text('delivery').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind] }),
    check('notification_preferences_delivery_check', sql`${t.delivery} IN ('immediate', 'digest', 'off')`),
  ],
);

/**
 * Mails to send, written in the transaction of the change that causes them (outbox) and sent by
 * deliverPendingMails(): one row per mail, never deleted; the idempotency key makes a second
 * queueing of the same mail a no-op.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id').references(() => users.id),
    address: text('address').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('mail_outbox_idempotency_key').on(t.idempotencyKey),
    index('mail_outbox_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('mail_outbox_status_idx').on(t.status, t.sentAt),
    check('mail_outbox_status_check', sql`${t.status} IN ('pending', 'sent', 'failed')`),
  ],
);

/** Notifications whose recipient chose the daily digest for their kind, until a digest takes them. */
export const mailDigestItems = pgTable(
  'mail_digest_items',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    taskId: integer('task_id').references(() => tasks.id),
    recommendationId: integer('recommendation_id').references(() => recommendations.id),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    digestedOn: date('digested_on', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('mail_digest_items_key').on(t.userId, t.dedupeKey),
    index('mail_digest_items_pending_idx').on(t.userId).where(sql`${t.digestedOn} IS NULL`),
  ],
);
