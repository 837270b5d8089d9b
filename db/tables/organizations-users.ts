// Organizations and users, with ended and carried sessions, sign-in throttles and two-factor challenges.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { searchColumn, timestamps } from './columns';
import { orgKind, role, sector } from './enums';

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
    // a report's coordinators are found by scope (db/queries/notify.ts): no scan of every user (0026)
    index('users_scope_idx').on(t.scopeId),
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
