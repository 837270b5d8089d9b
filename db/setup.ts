import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Client, type Pool } from 'pg';
import { isDemoMode } from '@/lib/config';
import { logger } from '@/lib/logger';
import {
  type DatabaseHandle,
  databaseHandle,
  directConnectionString,
  openPool,
  selectRows,
  withDatabase,
} from './index';
import { unappliedMigrations } from './migration-check';
import { loadDemoData } from './seed/demo';
import { loadDemoDocuments } from './seed/documents';
import { isEmpty, loadReferenceData } from './seed/reference';
import { applyRoleSettings, roleSettings } from './settings';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

/**
 * Applies the pending migrations. On PostgreSQL on a connection of its own, in a transaction without
 * the role's time limits: a migration that backfills (0020, 0021: ~45 s each at 1,000,000 tasks) must not be cut at
 * a page's 30 s, which would leave the server unable to start on a large database.
 */
export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (!handle.pool) {
    await migratePglite(handle.db as unknown as PgliteDatabase, config);
    refuseUnapplied(await selectRows<{ hash: string }>(handle.db, APPLIED));
    return;
  }
  // The migrations inside that transaction: drizzle's own BEGIN in it is only a warning; its COMMIT
  // (or ROLLBACK) ends it.
  const client = await transactionWithoutLimits(handle.pool);
  try {
    const migrated = drizzle(client);
    await migratePg(migrated, config);
    // drizzle has committed the transaction it ran in: the check runs in one of its own, limits
    // lifted too (a page's limit — 1 ms in the test — could cut it on a busy database)
    await client.query('BEGIN');
    await client.query(LIFT_LIMITS);
    refuseUnapplied((await migrated.execute<{ hash: string }>(APPLIED)).rows);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The time limits of the current transaction lifted (set_config local: undone at its end). */
const LIFT_LIMITS = `SELECT set_config('statement_timeout', '0', true), set_config('lock_timeout', '0', true),
  set_config('idle_in_transaction_session_timeout', '0', true)`;

/**
 * A connection of its own, outside the pool, in a transaction whose time limits are lifted: for that
 * transaction only (set_config local) — through PgBouncer in transaction mode a session setting would
 * land on whichever server connection ran it, lifting the limits of the pages it serves next.
 */
async function transactionWithoutLimits(pool: Pool): Promise<Client> {
  const client = new Client(pool.options);
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(LIFT_LIMITS);
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}

const APPLIED = sql`SELECT hash FROM drizzle.__drizzle_migrations`;

/**
 * drizzle skips, without a word, a migration dated before the last one a database holds (migration-check.ts):
 * the server would start on a schema without its tables and fail on the first page that reads them.
 * It refuses to start instead, naming them.
 */
function refuseUnapplied(applied: { hash: string }[]): void {
  const missing = unappliedMigrations(
    MIGRATIONS_FOLDER,
    applied.map((row) => row.hash),
  );
  if (missing.length === 0) return;
  throw new Error(
    `migrations never applied to this database (dated before the last one it holds, so skipped): ${missing.join(', ')}`,
  );
}

/**
 * Holds a lock for as long as `work` runs, so that instances starting together migrate one after
 * the other. A transaction-level lock in a transaction kept open on a connection of its own,
 * outside the pool (whose every connection `work` may need): it holds
 * on a direct connection and through PgBouncer in transaction mode alike (an open transaction
 * keeps its server connection), where a session lock would stay on whichever server connection
 * took it. The time limits of that one transaction are lifted: waiting for another instance's
 * migrations, and then holding the lock through ours, may take longer than a page's statement.
 */
async function whileLocked<T>(handle: DatabaseHandle, key: string, work: () => Promise<T>): Promise<T> {
  if (!handle.pool) return work();
  const client = await transactionWithoutLimits(handle.pool);
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    return await work();
  } finally {
    await client.query('COMMIT').catch(() => {});
    await client.end().catch(() => {});
  }
}

/**
 * Brings a database up to date: on PostgreSQL the role's session settings and time limits first
 * (so that every pooled connection opened after starts with them; db/settings.ts), pending
 * migrations, then — into an empty database only —
 * the reference data and, in demo mode, the demo data, all in one transaction.
 * With DATABASE_DIRECT_URL set (the application's pool goes through PgBouncer), this runs on a
 * small pool of direct connections of its own, closed after.
 */
export async function prepareDatabase(
  handle: DatabaseHandle = databaseHandle(),
  options: { demo?: boolean } = {},
): Promise<{ seeded: boolean }> {
  const direct = process.env.DATABASE_DIRECT_URL;
  const own =
    handle.pool && direct && direct !== process.env.DATABASE_URL
      ? openPool(directConnectionString() as string, 3)
      : undefined;
  const target = own ?? handle;
  try {
    // The role's settings first: every connection opened after starts with them, the lock's too.
    if (target.pool) await applyRoleSettings(target.pool, roleSettings());
    return await whileLocked(target, 'tracker:prepare-database', async () => {
      await applyMigrations(target);
      const demo = options.demo ?? isDemoMode();
      const seeded = await target.db.transaction(async (tx) => {
        if (!(await isEmpty(tx))) return false;
        const orgIds = await loadReferenceData(tx);
        if (demo) await loadDemoData(tx, orgIds);
        return true;
      });
      // The demo's documents are attached as users attach them, once the demo data is committed.
      if (seeded && demo) {
        await withDatabase(target, () => loadDemoDocuments()).catch((error: Error) =>
          // the demo without its documents is still the demo: say so, and serve
          logger.warn({ err: { message: error.message } }, 'demo documents were not attached'),
        );
      }
      return { seeded };
    });
  } finally {
    await own?.close();
  }
}
