// Resolutions, reviews and the survey sessions of a review.
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { organizations, users } from './organizations-users';

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
