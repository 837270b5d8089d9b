import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { Pool } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { readHashes } from '@/scripts/migration-hashes';
import { createDatabase, dropDatabase } from '@/tests/pg-admin';
import { databaseHandle, db, wrapPool } from './index';
import { applyRoleSettings, roleSettings } from './settings';
import { applyMigrations, MIGRATIONS_FOLDER } from './setup';

/**
 * A migration that backfills runs for as long as the data takes (0020 and 0021: ~45 s each at
 * 1,000,000 tasks): the role's time limits, made for pages, must not cut it — the server would not
 * start on a large database. Here the role's statement limit is 1 ms: every migration still applies.
 */
describe.runIf(process.env.TEST_DRIVER === 'postgres')('migrations without the time limits of pages', () => {
  const name = `tracker_migrate_${process.pid}_${Date.now()}`;
  afterAll(() => dropDatabase(name));

  it('applies every migration although the role cuts statements at 1 ms', async () => {
    const url = await createDatabase(name);
    const handle = wrapPool(new Pool({ connectionString: url, max: 2 }));
    try {
      await applyRoleSettings(handle.pool!, { ...roleSettings(), statement_timeout: '1' });
      const limited = await handle.pool!.query<{ statement_timeout: string }>('SHOW statement_timeout');
      expect(limited.rows[0].statement_timeout).toBe('1ms');

      await applyMigrations(handle);

      const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
      const counter = await handle.pool!.connect();
      try {
        await counter.query('SET statement_timeout = 0');
        const { rows } = await counter.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations',
        );
        expect(rows[0].n).toBe(journal.entries.length);
      } finally {
        counter.release(true);
      }
      // the pages' connections keep their limit
      const after = await handle.pool!.query<{ statement_timeout: string }>('SHOW statement_timeout');
      expect(after.rows[0].statement_timeout).toBe('1ms');
    } finally {
      await handle.close();
    }
  }, 120_000);
});

/**
 * drizzle applies only the migrations dated after the last one a database holds: a database migrated
 * with a later one first (a branch's 0023_task_list_counts, 1796201600000, before 0021 came in) would
 * start without 0021's tables, and the national dashboard fail on them. The start-up stops instead.
 */
describe('a migration dated before the last one applied', () => {
  it('stops the start-up, naming it, instead of skipping it', async () => {
    await applyMigrations(databaseHandle());
    const hash = readHashes()['0021_recommendation_rollup.sql'];
    await db.execute(sql`DELETE FROM drizzle.__drizzle_migrations WHERE hash = ${hash}`);
    await expect(applyMigrations(databaseHandle())).rejects.toThrow(/0021_recommendation_rollup/);
  });
});
