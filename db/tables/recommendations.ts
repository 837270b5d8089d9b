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
