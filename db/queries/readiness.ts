import 'server-only';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { db, selectRows } from '../index';
import { MIGRATIONS_FOLDER } from '../setup';

export type Readiness = { database: boolean; pendingMigrations: number };

/**
 * Does the database answer, and has every migration in db/migrations/meta/_journal.json been
 * applied? drizzle's migrator (both drivers) records each applied migration in
 * drizzle.__drizzle_migrations with the journal entry's `when` as `created_at`.
 */
export async function readiness(): Promise<Readiness> {
  const expected = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER }).map((m) => m.folderMillis);
  try {
    const table = await selectRows<{ exists: boolean }>(
      db,
      sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS "exists"`,
    );
    if (!table[0]?.exists) return { database: true, pendingMigrations: expected.length };
    const rows = await selectRows<{ created_at: string | number }>(
      db,
      sql`SELECT created_at FROM drizzle.__drizzle_migrations`,
    );
    const applied = new Set(rows.map((row) => Number(row.created_at)));
    return { database: true, pendingMigrations: expected.filter((when) => !applied.has(when)).length };
  } catch {
    return { database: false, pendingMigrations: expected.length };
  }
}
