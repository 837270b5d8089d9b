// The append-only event log, code counters and figure generations.
import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { organizations, users } from './organizations-users';

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
