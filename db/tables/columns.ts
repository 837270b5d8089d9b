// Column helpers shared by the table files (not part of the schema barrel).
import { sql } from 'drizzle-orm';
import { text, timestamp } from 'drizzle-orm/pg-core';
import { SQL_FOLD_FROM, SQL_FOLD_TO } from '@/lib/domain/text';

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** code + text folded for diacritic-insensitive search, kept by the database itself. */
export const searchColumn = (...columns: string[]) =>
  text('search_text').generatedAlwaysAs(
    sql.raw(
      `lower(translate(${columns.map((c) => `coalesce(${c}, '')`).join(` || ' ' || `)}, '${SQL_FOLD_FROM}', '${SQL_FOLD_TO}'))`,
    ),
  );
