import path from 'node:path';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { isDemoMode } from '@/lib/config';
import { type DatabaseHandle, databaseHandle } from './index';
import { loadDemoData } from './seed/demo';
import { isEmpty, loadReferenceData } from './seed/reference';
import { applyRoleSettings, roleSettings } from './settings';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

export async function applyMigrations(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (handle.driver === 'pglite') await migratePglite(handle.db as unknown as PgliteDatabase, config);
  else await migratePg(handle.db as unknown as NodePgDatabase, config);
}

/**
 * Brings a database up to date: on PostgreSQL the role's session settings and time limits first
 * (so that every pooled connection opened after starts with them; db/settings.ts), pending
 * migrations, then — into an empty database only —
 * the reference data and, in demo mode, the demo data, all in one transaction.
 */
export async function prepareDatabase(
  handle: DatabaseHandle = databaseHandle(),
  options: { demo?: boolean } = {},
): Promise<{ seeded: boolean }> {
  if (handle.pool) await applyRoleSettings(handle.pool, roleSettings());
  await applyMigrations(handle);
  const demo = options.demo ?? isDemoMode();
  return handle.db.transaction(async (tx) => {
    if (!(await isEmpty(tx))) return { seeded: false };
    const orgIds = await loadReferenceData(tx);
    if (demo) await loadDemoData(tx, orgIds);
    return { seeded: true };
  });
}
