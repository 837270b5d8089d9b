import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { COMMENT_RECORD_TYPES } from '@/lib/domain/discussion-records';
import { DOCUMENT_RECORD_KINDS } from '@/lib/domain/documents';
import { ORG_KINDS, ROLES, SECTORS } from '@/lib/domain/roles';
import { SUPPORT_PART_STATUSES, TASK_STATUSES } from '@/lib/domain/tasks';
import { SQL_FOLD_FROM, SQL_FOLD_TO } from '@/lib/domain/text';

export const orgKind = pgEnum('org_kind', ORG_KINDS);
export const sector = pgEnum('sector', SECTORS);
export const role = pgEnum('role', ROLES);
export const taskStatus = pgEnum('task_status', TASK_STATUSES);
export const supportPartStatus = pgEnum('support_part_status', SUPPORT_PART_STATUSES);
export const recommendationCategory = pgEnum('recommendation_category', [
  'new_resolution',
  'rule_revision',
  'policy',
  'guidance',
  'other',
]);
export const addresseeStatus = pgEnum('addressee_status', [
  'submitted',
  'under_review',
  'accepted',
  'partially_accepted',
  'declined',
  'implemented',
]);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** code + text folded for diacritic-insensitive search, kept by the database itself. */
const searchColumn = (...columns: string[]) =>
  text('search_text').generatedAlwaysAs(
    sql.raw(
      `lower(translate(${columns.map((c) => `coalesce(${c}, '')`).join(` || ' ' || `)}, '${SQL_FOLD_FROM}', '${SQL_FOLD_TO}'))`,
    ),
  );

export const organizations = pgTable(
  'organizations',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => organizations.id),
    /** ids from the root, "/1/18/52/": a subtree is a prefix */
    path: text('path').notNull(),
    /** the province this unit belongs to (itself for a province), for "by province" figures */
    provinceId: integer('province_id').references((): AnyPgColumn => organizations.id),
    kind: orgKind('kind').notNull(),
    sector: sector('sector').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en'),
    shortNameVi: text('short_name_vi'),
    adminCode: text('admin_code'),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    successorId: integer('successor_id').references((): AnyPgColumn => organizations.id),
    searchText: searchColumn('code', 'name_vi', 'short_name_vi'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('organizations_code_key').on(t.code),
    index('organizations_path_idx').using('btree', t.path.op('text_pattern_ops')),
    index('organizations_parent_idx').on(t.parentId),
    index('organizations_province_idx').on(t.provinceId),
    check(
      'organizations_validity_check',
      sql`${t.validTo} IS NULL OR ${t.validFrom} IS NULL OR ${t.validTo} >= ${t.validFrom}`,
    ),
  ],
);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    login: text('login').notNull(),
    displayName: text('display_name').notNull(),
    /** null for a service account (kind 'service'): it has no password and never signs in */
    passwordHash: text('password_hash'),
    role: role('role').notNull(),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    scopeId: integer('scope_id')
      .notNull()
      .references(() => organizations.id),
    active: boolean('active').notNull().default(true),
    sessionVersion: integer('session_version').notNull().default(1),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    totpSecret: text('totp_secret'),
    /** Set when the user confirmed their authenticator with a valid code; 2FA is on from then. */
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The last 30-second step accepted, so that one code cannot be used twice. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    /** Hashes of the unused recovery codes. */
    recoveryCodeHashes: text('recovery_code_hashes').array().notNull().default(sql`'{}'::text[]`),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    /** The confirmed e-mail address: the only one mail is ever sent to (lib/mail). */
    email: text('email'),
    /** An address the user asked for, not confirmed yet, and the SHA-256 of its link's token. */
    pendingEmail: text('pending_email'),
    pendingEmailTokenHash: text('pending_email_token_hash'),
    pendingEmailExpiresAt: timestamp('pending_email_expires_at', { withTimezone: true }),
    /** The language of the user's mails. */
    mailLocale: text('mail_locale').notNull().default('vi'),
    /** Leaders' digest of their scope: daily, weekly or off. */
    digest: text('digest').notNull().default('daily'),
    /** 'person', or 'service': a non-human account that acts only through API tokens an admin issues */
    kind: text('kind').notNull().default('person'),
    /** what a service account is for (shown to admins) */
    description: text('description'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_login_key').on(sql`lower(${t.login})`),
    index('users_organization_idx').on(t.organizationId),
    uniqueIndex('users_pending_email_token_key').on(t.pendingEmailTokenHash),
    check('users_mail_locale_check', sql`${t.mailLocale} IN ('vi', 'en')`),
    check('users_digest_check', sql`${t.digest} IN ('daily', 'weekly', 'off')`),
    check('users_kind_check', sql`${t.kind} IN ('person', 'service')`),
    // A person has a password; a service account has none, and is never an administrator.
    check(
      'users_service_account_check',
      sql`(${t.kind} = 'person' AND ${t.passwordHash} IS NOT NULL) OR (${t.kind} = 'service' AND ${t.passwordHash} IS NULL AND ${t.role} <> 'admin')`,
    ),
  ],
);

export const resolutions = pgTable(
  'resolutions',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en'),
    issuerVi: text('issuer_vi'),
    issuedOn: date('issued_on', { mode: 'string' }),
    ...timestamps,
  },
  (t) => [uniqueIndex('resolutions_code_key').on(t.code)],
);

export const reviews = pgTable(
  'reviews',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    resolutionId: integer('resolution_id')
      .notNull()
      .references(() => resolutions.id),
    coordinatorOrgId: integer('coordinator_org_id')
      .notNull()
      .references(() => organizations.id),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en'),
    startsOn: date('starts_on', { mode: 'string' }),
    endsOn: date('ends_on', { mode: 'string' }),
    /** Days before a deadline on which its unit is reminded (tasks and reply deadlines). */
    reminderDays: integer('reminder_days').array().notNull().default(sql`'{7,1}'::integer[]`),
    ...timestamps,
  },
  (t) => [uniqueIndex('reviews_code_key').on(t.code)],
);

export const surveySessions = pgTable(
  'survey_sessions',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    heldOn: date('held_on', { mode: 'string' }),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en'),
    delegation: text('delegation'),
    participants: jsonb('participants').$type<string[]>().notNull().default([]),
    source: text('source'),
    version: integer('version').notNull().default(1),
    createdById: integer('created_by_id').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('survey_sessions_code_key').on(t.code),
    index('survey_sessions_org_idx').on(t.organizationId),
  ],
);

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
    index('tasks_assignee_idx').on(t.assigneeOrgId, t.status, t.dueOn),
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

export const recommendations = pgTable(
  'recommendations',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    reviewId: integer('review_id')
      .notNull()
      .references(() => reviews.id),
    sessionId: integer('session_id').references(() => surveySessions.id),
    sourceOrgId: integer('source_org_id')
      .notNull()
      .references(() => organizations.id),
    category: recommendationCategory('category').notNull(),
    text: text('text').notNull(),
    summaryEn: text('summary_en'),
    /** null while a draft */
    submittedOn: date('submitted_on', { mode: 'string' }),
    responseDueOn: date('response_due_on', { mode: 'string' }),
    duplicateOfId: integer('duplicate_of_id').references((): AnyPgColumn => recommendations.id),
    searchText: searchColumn('code', 'text'),
    version: integer('version').notNull().default(1),
    createdById: integer('created_by_id').references(() => users.id),
    updatedById: integer('updated_by_id').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('recommendations_code_key').on(t.code),
    index('recommendations_source_idx').on(t.sourceOrgId),
    index('recommendations_review_idx').on(t.reviewId),
    index('recommendations_duplicate_idx').on(t.duplicateOfId),
    index('recommendations_search_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
    check(
      'recommendations_due_check',
      sql`${t.responseDueOn} IS NULL OR ${t.submittedOn} IS NULL OR ${t.responseDueOn} >= ${t.submittedOn}`,
    ),
    check(
      'recommendations_not_self_duplicate',
      sql`${t.duplicateOfId} IS NULL OR ${t.duplicateOfId} <> ${t.id}`,
    ),
  ],
);

export const recommendationAddressees = pgTable(
  'recommendation_addressees',
  {
    recommendationId: integer('recommendation_id')
      .notNull()
      .references(() => recommendations.id, { onDelete: 'cascade' }),
    organizationId: integer('organization_id')
      .notNull()
      .references(() => organizations.id),
    status: addresseeStatus('status').notNull().default('submitted'),
    responseText: text('response_text'),
    respondedById: integer('responded_by_id').references(() => users.id),
    respondedOn: date('responded_on', { mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.recommendationId, t.organizationId] }),
    index('recommendation_addressees_org_idx').on(t.organizationId, t.status),
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
 * Sessions ended by signing out. A session token is a signed cookie the server cannot take
 * back; its id is kept here until the token would have expired anyway, so that a copy of it
 * (or one re-issued by a request still in flight) is refused.
 */
export const endedSessions = pgTable(
  'ended_sessions',
  {
    sid: text('sid').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ended_sessions_ended_at_idx').on(t.endedAt)],
);

/**
 * A session carried over a move of its account's session version made by the session itself
 * (turning on two-factor sign-in ends the account's other sessions, not this one): its token
 * still holds `from_version`; it stays valid while the account is at `to_version`.
 */
export const carriedSessions = pgTable('carried_sessions', {
  sid: text('sid').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id),
  fromVersion: integer('from_version').notNull(),
  toVersion: integer('to_version').notNull(),
});

/** Append-only history and audit log: the database refuses UPDATE, DELETE and TRUNCATE. */
export const events = pgTable(
  'events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: integer('actor_id').references(() => users.id),
    organizationId: integer('organization_id').references(() => organizations.id),
    entityType: text('entity_type').notNull(),
    entityId: integer('entity_id'),
    entityCode: text('entity_code'),
    action: text('action').notNull(),
    fromValue: text('from_value'),
    toValue: text('to_value'),
    data: jsonb('data').$type<Record<string, unknown>>(),
  },
  (t) => [
    index('events_entity_idx').on(t.entityType, t.entityId, t.at),
    index('events_at_idx').on(t.at),
    index('events_actor_idx').on(t.actorId, t.at),
    index('events_org_idx').on(t.organizationId, t.at),
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

/** Counters behind generated codes such as NV-2026-0001. */
export const codeCounters = pgTable(
  'code_counters',
  {
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    value: integer('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);

/**
 * A change counter of the data the cached dashboard figures read (db/queries/figure-cache.ts), in
 * 16 shards so that concurrent writers rarely meet on one row. Bumped once per transaction by the
 * triggers of migration 0016 on exactly those tables; its sum only grows.
 */
export const figureGenerations = pgTable('figure_generations', {
  shard: smallint('shard').primaryKey(),
  n: bigint('n', { mode: 'number' }).notNull().default(0),
});

/** Failed sign-ins per key (an account or a client address), shared by every app instance. */
export const loginThrottles = pgTable('login_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  /** Attempts refused during the current lock (only the first of them writes an event). */
  refused: integer('refused').notNull().default(0),
  /** The `refused` count the last attempt taken after a lock took over and reported. */
  refusedReported: integer('refused_reported').notNull().default(0),
});

/**
 * The second sign-in step, kept on the server: a right password of an account with two-factor
 * sign-in opens one challenge (the browser holds only its random nonce, sealed; the table only
 * its SHA-256), good for one code within its expiry.
 */
export const loginChallenges = pgTable(
  'login_challenges',
  {
    nonceHash: text('nonce_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    sessionVersion: integer('session_version').notNull(),
    attemptsLeft: integer('attempts_left').notNull().default(1),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('login_challenges_expires_idx').on(t.expiresAt)],
);

/**
 * Identities at an OpenID Connect provider linked to accounts (no account is ever made from
 * one): by an admin (`linked_by`), or at the first sign-in when OIDC_MATCH_CLAIM matched the
 * login (`linked_by` null).
 */
export const userIdentities = pgTable(
  'user_identities',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
    linkedBy: integer('linked_by').references(() => users.id),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('user_identities_issuer_subject_key').on(t.issuer, t.subject),
    index('user_identities_user_idx').on(t.userId),
  ],
);

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

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * Evidence documents: metadata always here; the bytes by SHA-256 in a BlobStore (document_blobs
 * by default). Never deleted: a wrong file is withdrawn, a new version names the one it replaces.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordKind: text('record_kind', { enum: DOCUMENT_RECORD_KINDS }).notNull(),
    /** the task, recommendation, session (or explanation) the document belongs to */
    recordId: integer('record_id').notNull(),
    /** for an answer: the addressee who answered; for a supporting unit's part: that unit */
    addresseeOrgId: integer('addressee_org_id').references(() => organizations.id),
    /** số, ký hiệu such as 125-BC/TU */
    numberSymbol: text('number_symbol'),
    issuedOn: date('issued_on', { mode: 'string' }),
    issuer: text('issuer'),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    uploadedById: integer('uploaded_by_id')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    updatedById: integer('updated_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnById: integer('withdrawn_by_id').references(() => users.id),
    withdrawnReason: text('withdrawn_reason'),
    replacesId: uuid('replaces_id').references((): AnyPgColumn => documents.id),
  },
  (t) => [
    index('documents_record_idx').on(t.recordKind, t.recordId),
    index('documents_sha256_idx').on(t.sha256),
    index('documents_replaces_idx').on(t.replacesId),
    check(
      'documents_record_kind_check',
      sql.raw(`record_kind IN (${DOCUMENT_RECORD_KINDS.map((k) => `'${k}'`).join(', ')})`),
    ),
    check('documents_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('documents_size_check', sql`${t.size} > 0`),
    check(
      'documents_answer_check',
      sql`(${t.recordKind} IN ('answer', 'support_part')) = (${t.addresseeOrgId} IS NOT NULL)`,
    ),
    check(
      'documents_withdrawn_check',
      sql`(${t.withdrawnAt} IS NULL) = (${t.withdrawnById} IS NULL) AND (${t.withdrawnAt} IS NULL) = (${t.withdrawnReason} IS NULL)`,
    ),
  ],
);

/** One stored file per SHA-256, whatever number of documents name it. */
export const documentBlobs = pgTable(
  'document_blobs',
  {
    sha256: text('sha256').primaryKey(),
    size: bigint('size', { mode: 'number' }).notNull(),
    chunks: integer('chunks').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('document_blobs_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`)],
);

/** The bytes of a blob in 1 MB chunks, read one at a time so a download never holds the file. */
export const documentBlobChunks = pgTable(
  'document_blob_chunks',
  {
    sha256: text('sha256')
      .notNull()
      .references(() => documentBlobs.sha256),
    n: integer('n').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sha256, t.n] })],
);

/**
 * Personal access tokens for /api/v1 (lib/api): the token is shown once; only its SHA-256 is
 * kept. A token acts as its user (whose active flag rules it too), read-only or read-write,
 * until it expires or is revoked. A service account's tokens (users.kind 'service', issued by
 * an administrator: db/queries/service-accounts.ts) are in the same table.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** the first characters of the token, shown in the list to tell tokens apart */
    prefix: text('prefix').notNull(),
    scope: text('scope').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** moved at most once a minute (lib/api/auth.ts) */
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('api_tokens_token_hash_key').on(t.tokenHash),
    index('api_tokens_user_idx').on(t.userId),
    check('api_tokens_scope_check', sql`${t.scope} IN ('read', 'write')`),
    check('api_tokens_token_hash_check', sql`${t.tokenHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

/**
 * Every use of a token, counted per token and calendar day (Asia/Ho_Chi_Minh): what an admin
 * reads at /admin/tokens. Counted in the same statement as the token's rate limit
 * (db/queries/token-usage.ts), so a request costs no extra round trip or commit; each request
 * is also one line of the server log ('api request': method, path, status, token, user).
 */
export const apiTokenUses = pgTable(
  'api_token_uses',
  {
    tokenId: integer('token_id')
      .notNull()
      .references(() => apiTokens.id),
    day: date('day', { mode: 'string' }).notNull(),
    requests: integer('requests').notNull().default(0),
    /** requests other than GET/HEAD (a read-only token's are refused, and counted) */
    writes: integer('writes').notNull().default(0),
    /** requests refused by the rate limit (429) */
    limited: integer('limited').notNull().default(0),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.day] })],
);

/**
 * Webhook subscriptions (issue 21): an administrator's receiver URL for the events of an
 * organization's subtree. The signing secret is kept sealed (lib/auth/secret-box.ts), since it
 * must be read back to sign; it is shown once, when made or rotated.
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: serial('id').primaryKey(),
    scopeOrgId: integer('scope_org_id')
      .notNull()
      .references(() => organizations.id),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    eventTypes: text('event_types').array().notNull(),
    active: boolean('active').notNull().default(true),
    secretSealed: text('secret_sealed').notNull(),
    createdById: integer('created_by_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('webhook_subscriptions_scope_idx').on(t.scopeOrgId)],
);

/**
 * The webhook outbox: one row per event and subscription, written in the transaction of the
 * change with the payload the subscription's scope may read, then sent by the delivery job
 * (lib/jobs/webhooks.ts) until delivered or out of attempts.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subscriptionId: integer('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    /** the `webhook-id` header: the same on every attempt, so that a receiver can deduplicate */
    messageId: text('message_id').notNull(),
    eventType: text('event_type').notNull(),
    entityCode: text('entity_code').notNull(),
    /** the JSON sent, as text: its bytes are what is signed, the same on every attempt */
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_message_id_key').on(t.messageId),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.createdAt),
    check('webhook_deliveries_status_check', sql`${t.status} IN ('pending', 'delivered', 'failed')`),
  ],
);

/** Every attempt at a delivery: the delivery log of a subscription. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deliveryId: bigint('delivery_id', { mode: 'number' })
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    responseStatus: integer('response_status'),
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
  },
  (t) => [uniqueIndex('webhook_attempts_delivery_attempt_key').on(t.deliveryId, t.attempt)],
);
