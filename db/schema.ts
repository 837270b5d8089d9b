import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ORG_KINDS, ROLES, SECTORS } from '@/lib/domain/roles';
import { TASK_STATUSES } from '@/lib/domain/tasks';
import { SQL_FOLD_FROM, SQL_FOLD_TO } from '@/lib/domain/text';

export const orgKind = pgEnum('org_kind', ORG_KINDS);
export const sector = pgEnum('sector', SECTORS);
export const role = pgEnum('role', ROLES);
export const taskStatus = pgEnum('task_status', TASK_STATUSES);
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
    passwordHash: text('password_hash').notNull(),
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
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_login_key').on(sql`lower(${t.login})`),
    index('users_organization_idx').on(t.organizationId),
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
