import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { Pool } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type DatabaseHandle,
  databaseHandle,
  pgliteExtensions,
  selectRows,
  setDatabase,
  wrapPglite,
  wrapPool,
} from '@/db/index';
import { signInWithPassword } from '@/db/queries/auth';
import { taskHeadline } from '@/db/queries/dashboard';
import { listTasks } from '@/db/queries/task-list';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { MIGRATIONS_FOLDER, prepareDatabase } from '@/db/setup';
import { createDatabase, dropDatabase } from '@/tests/pg-admin';
import { viewerFor } from '@/tests/viewers';

/**
 * Upgrading the first release (v0.1.0, commit 403987a): its demo database, dumped once in plain
 * SQL (tests/upgrade/v0.1.0.sql, made by that release's own code on PostgreSQL 15 with
 * `pg_dump --no-owner --no-privileges --inserts`), is loaded into a fresh database, and the
 * server's start-up preparation (db/setup.ts: the current migrations) runs on it: every row of
 * every old table is kept, and the application's queries serve it.
 */
const DUMP = path.join(import.meta.dirname, 'v0.1.0.sql');
const TODAY = '2026-11-15';
const fileHandle = databaseHandle();
afterAll(() => setDatabase(fileHandle));

async function rowCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const tables = await selectRows<{ name: string }>(
    handle.db,
    sql`SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await selectRows<{ n: number }>(
      handle.db,
      sql.raw(`SELECT count(*)::int AS n FROM ${name}`),
    );
    counts[name] = row.n;
  }
  return counts;
}

async function upgradesAndServes(handle: DatabaseHandle) {
  const before = await rowCounts(handle);
  expect(before['public.tasks']).toBeGreaterThan(100);
  expect(before['drizzle.__drizzle_migrations']).toBe(5);

  await prepareDatabase(handle, { demo: true });

  const after = await rowCounts(handle);
  const applied = readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8');
  const migrations = (JSON.parse(applied) as { entries: unknown[] }).entries.length;
  for (const [table, count] of Object.entries(before)) {
    if (table === 'drizzle.__drizzle_migrations') expect(after[table], table).toBe(migrations);
    else expect(after[table], `${table} keeps every row`).toBe(count);
  }

  setDatabase(handle);
  const leader = await viewerFor('hp.lanhdao');
  const list = await listTasks(leader, {}, TODAY);
  expect(list.total).toBeGreaterThan(0);
  expect(list.rows.length).toBeGreaterThan(0);
  const headline = await taskHeadline(leader, { asOf: TODAY });
  expect(JSON.stringify(headline)).toMatch(/[1-9]/);
  const outcome = await signInWithPassword('hp.lanhdao', DEMO_PASSWORD, { address: null });
  expect(outcome.kind).toBe('signed_in');
}

describe.runIf(process.env.TEST_DRIVER !== 'postgres')('upgrading v0.1.0 on the embedded database', () => {
  it('keeps every row and serves after the current migrations', async () => {
    const client = new PGlite({ extensions: pgliteExtensions() });
    // psql's own lines (\restrict …) are for psql; the rest is plain SQL
    const script = readFileSync(DUMP, 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('\\'))
      .join('\n');
    await client.exec(script);
    await client.exec('RESET ALL');
    const handle = wrapPglite(client);
    try {
      await upgradesAndServes(handle);
    } finally {
      setDatabase(fileHandle);
      await handle.close();
    }
  }, 180_000);
});

describe.runIf(process.env.TEST_DRIVER === 'postgres')('upgrading v0.1.0 on PostgreSQL', () => {
  const name = `tracker_upgrade_${process.pid}_${Date.now()}`;
  afterAll(() => dropDatabase(name));

  it('keeps every row and serves after the current migrations', async () => {
    const url = await createDatabase(name);
    await promisify(execFile)('psql', [
      '-X',
      '-q',
      '-v',
      'ON_ERROR_STOP=1',
      '--single-transaction',
      '-f',
      DUMP,
      url,
    ]);
    const handle = wrapPool(new Pool({ connectionString: url, max: 3 }));
    try {
      await upgradesAndServes(handle);
    } finally {
      setDatabase(fileHandle);
      await handle.close();
    }
  }, 120_000);
});
