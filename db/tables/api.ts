// API tokens and their uses, external sign-in identities, webhook subscriptions, deliveries and attempts.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
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
import { organizations, users } from './organizations-users';

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
