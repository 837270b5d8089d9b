// Recommendations and their addressees.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { searchColumn, timestamps } from './columns';
import { addresseeStatus, recommendationCategory } from './enums';
import { organizations, users } from './organizations-users';
import { reviews, surveySessions } from './reviews-sessions';

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

/**
 * The changes the submitted recommendations make to the national recommendation figures, per figure,
 * day and keys (migration 0021): a figure as of day T is the sum of the rows up to T (issue 20).
 * Figures: 1 submitted by category (key1: the category's enum position), 2 answered, 3 reply overdue
 * by source province (key1; 0: none), 4 primaries by addressee (key1: organization id) and answer
 * (key2: the status's enum position), `sources` their source localities. Kept by the triggers of
 * migration 0021 in the writing transaction; never written by the app.
 */
export const recommendationRollup = pgTable(
  'recommendation_rollup',
  {
    figure: smallint('figure').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    key1: integer('key1').notNull(),
    key2: integer('key2').notNull(),
    n: integer('n').notNull().default(0),
    sources: integer('sources').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.figure, t.day, t.key1, t.key2] })],
);

/** The rows each recommendation adds to recommendation_rollup (its history), replaced by its writes. */
export const recommendationRollupParts = pgTable(
  'recommendation_rollup_parts',
  {
    recommendationId: integer('recommendation_id').notNull(),
    figure: smallint('figure').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    key1: integer('key1').notNull(),
    key2: integer('key2').notNull(),
    n: integer('n').notNull().default(0),
    sources: integer('sources').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.figure, t.day, t.key1, t.key2] })],
);
