import { sql } from 'drizzle-orm';
import { Client, Pool } from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '@/lib/logger';
import { type DatabaseHandle, openDatabase, selectRows } from './index';
import { applyRoleSettings, IMPORT_LIMITS, roleSettings, setLocalLimits } from './settings';
import { prepareDatabase } from './setup';

/**
 * The time limits of the application's PostgreSQL connections, taken from the environment the
 * way the server takes them: openDatabase + prepareDatabase. PGlite has no such limits.
 */
const onPostgres = process.env.TEST_DRIVER === 'postgres';

const VARIABLES = [
  'DATABASE_URL',
  'DATABASE_POOL_SIZE',
  'DATABASE_STATEMENT_TIMEOUT_MS',
  'DATABASE_LOCK_TIMEOUT_MS',
  'DATABASE_IDLE_TX_TIMEOUT_MS',
  'DATABASE_CONNECT_TIMEOUT_MS',
  'DATABASE_SESSION_SETTINGS',
  'DATABASE_PG_OPTIONS',
] as const;

const opened: DatabaseHandle[] = [];

/** The application's database as the server opens it, with these variables. */
async function openApp(env: Partial<Record<(typeof VARIABLES)[number], string>>): Promise<DatabaseHandle> {
  const saved = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of VARIABLES) delete process.env[name];
  Object.assign(process.env, { DATABASE_URL: process.env.TEST_FILE_DATABASE_URL }, env);
  try {
    const handle = openDatabase();
    opened.push(handle);
    await prepareDatabase(handle, { demo: false });
    return handle;
  } finally {
    for (const name of VARIABLES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
}

afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(opened.splice(0).map((h) => h.close()));
});

const show = async (handle: DatabaseHandle, name: string) =>
  (await selectRows<Record<string, string>>(handle.db, sql.raw(`SHOW ${name}`)))[0][name];

async function failure(
  work: Promise<unknown>,
): Promise<{ error: { code?: string; message: string }; ms: number }> {
  const started = Date.now();
  try {
    await work;
  } catch (error) {
    // drizzle wraps the driver's error; the database's answer is its cause
    const cause = ((error as { cause?: unknown }).cause ?? error) as { code?: string; message: string };
    return { error: cause, ms: Date.now() - started };
  }
  throw new Error('expected the statement to fail');
}

describe.runIf(onPostgres)('time limits of the application’s connections (PostgreSQL)', () => {
  it('a statement longer than DATABASE_STATEMENT_TIMEOUT_MS is cancelled with a clear error', async () => {
    const app = await openApp({ DATABASE_STATEMENT_TIMEOUT_MS: '300' });
    expect(await show(app, 'statement_timeout')).toBe('300ms');
    const { error, ms } = await failure(app.db.execute(sql`SELECT pg_sleep(5)`));
    expect(error.code).toBe('57014');
    expect(error.message).toBe('canceling statement due to statement timeout');
    expect(ms).toBeLessThan(3000);
    // a statement within the limit runs, on the same pool
    expect(await selectRows(app.db, sql`SELECT pg_sleep(0.05), 1 AS one`)).toHaveLength(1);
  });

  it('DATABASE_LOCK_TIMEOUT_MS: a write that waits for a locked row gives up', async () => {
    const app = await openApp({ DATABASE_LOCK_TIMEOUT_MS: '200' });
    expect(await show(app, 'lock_timeout')).toBe('200ms');
    const holder = new Client({ connectionString: process.env.TEST_FILE_DATABASE_URL });
    await holder.connect();
    try {
      const { rows } = await holder.query('SELECT min(id) AS id FROM tasks');
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE', [rows[0].id]);
      const { error, ms } = await failure(
        app.db.execute(sql`UPDATE tasks SET progress = progress WHERE id = ${rows[0].id}`),
      );
      expect(error.code).toBe('55P03');
      expect(error.message).toBe('canceling statement due to lock timeout');
      expect(ms).toBeLessThan(3000);
    } finally {
      await holder.query('ROLLBACK').catch(() => {});
      await holder.end();
    }
  });

  it('DATABASE_IDLE_TX_TIMEOUT_MS: a transaction left idle is ended, its locks freed, the process lives on', async () => {
    const app = await openApp({ DATABASE_IDLE_TX_TIMEOUT_MS: '300' });
    expect(await show(app, 'idle_in_transaction_session_timeout')).toBe('300ms');
    const warn = vi.spyOn(logger, 'warn');
    let held: { pid: number; id: number } | undefined;
    const { error } = await failure(
      app.db.transaction(async (tx) => {
        [held] = await selectRows<{ pid: number; id: number }>(
          tx,
          sql`SELECT pg_backend_pid() AS pid, id FROM tasks ORDER BY id LIMIT 1 FOR UPDATE`,
        );
        await new Promise((resolve) => setTimeout(resolve, 1200));
        await tx.execute(sql`SELECT 1`);
      }),
    );
    expect(error.message).toMatch(/idle-in-transaction timeout|not queryable|terminated/);
    // the driver's 'error' event was heard (a log line), not thrown at the process
    expect(warn.mock.calls.some((call) => String(call[1]).includes('database connection ended'))).toBe(true);
    const alive = await selectRows(app.db, sql`SELECT 1 FROM pg_stat_activity WHERE pid = ${held?.pid}`);
    expect(alive).toHaveLength(0);
    // the row it held is free again, and the pool still answers
    await app.db.execute(sql`UPDATE tasks SET progress = progress WHERE id = ${held?.id}`);
  });

  it('DATABASE_CONNECT_TIMEOUT_MS: waiting for a connection gives up', async () => {
    const app = await openApp({ DATABASE_CONNECT_TIMEOUT_MS: '300', DATABASE_POOL_SIZE: '1' });
    const busy = await app.pool!.connect();
    try {
      const { error, ms } = await failure(app.db.execute(sql`SELECT 1`));
      expect(error.message).toMatch(/timeout/i);
      expect(ms).toBeGreaterThanOrEqual(250);
      expect(ms).toBeLessThan(3000);
    } finally {
      busy.release();
    }
  });

  it('invalid values fall back to the defaults, with a log line; unset means the defaults', async () => {
    const warn = vi.spyOn(logger, 'warn');
    const app = await openApp({
      DATABASE_STATEMENT_TIMEOUT_MS: 'thirty seconds',
      DATABASE_LOCK_TIMEOUT_MS: '-5',
    });
    expect(await show(app, 'statement_timeout')).toBe('30s');
    expect(await show(app, 'lock_timeout')).toBe('5s');
    expect(await show(app, 'idle_in_transaction_session_timeout')).toBe('1min');
    expect(await show(app, 'max_parallel_workers_per_gather')).toBe('0');
    expect(await show(app, 'jit')).toBe('off');
    const lines = warn.mock.calls.map((call) => String(call[1]));
    expect(lines.some((line) => line.includes('DATABASE_STATEMENT_TIMEOUT_MS'))).toBe(true);
    expect(lines.some((line) => line.includes('DATABASE_LOCK_TIMEOUT_MS'))).toBe(true);
  });

  it('the session settings replace DATABASE_PG_OPTIONS; a setting dropped from the list is reset', async () => {
    let app = await openApp({ DATABASE_SESSION_SETTINGS: 'max_parallel_workers_per_gather=1 work_mem=7MB' });
    expect(await show(app, 'max_parallel_workers_per_gather')).toBe('1');
    expect(await show(app, 'work_mem')).toBe('7MB');
    app = await openApp({ DATABASE_SESSION_SETTINGS: 'no_such_setting=1' });
    expect(await show(app, 'work_mem')).toBe('4MB');
    expect(await show(app, 'max_parallel_workers_per_gather')).toBe('2');
    // the limits still hold when a listed setting is refused
    expect(await show(app, 'statement_timeout')).toBe('30s');
  });

  it('an import sets its own limits for its transaction only (SET LOCAL)', async () => {
    const app = await openApp({ DATABASE_STATEMENT_TIMEOUT_MS: '300' });
    const inside = await app.db.transaction(async (tx) => {
      await setLocalLimits(tx, IMPORT_LIMITS);
      await tx.execute(sql`SELECT pg_sleep(0.6)`);
      return (await selectRows<{ statement_timeout: string }>(tx, sql`SHOW statement_timeout`))[0];
    });
    expect(inside.statement_timeout).toBe('5min');
    expect(await show(app, 'statement_timeout')).toBe('300ms');
  });

  it('instances starting together store the settings once, without a failed start', async () => {
    const pools = Array.from(
      { length: 6 },
      () => new Pool({ connectionString: process.env.TEST_FILE_DATABASE_URL, max: 1 }),
    );
    const error = vi.spyOn(logger, 'error');
    try {
      const wanted = roleSettings({ DATABASE_STATEMENT_TIMEOUT_MS: '12345' });
      const changed = await Promise.all(pools.map((pool) => applyRoleSettings(pool, wanted)));
      expect(changed.filter(Boolean)).toHaveLength(1);
      expect(error).not.toHaveBeenCalled();
      const check = new Client({ connectionString: process.env.TEST_FILE_DATABASE_URL });
      await check.connect();
      expect((await check.query('SHOW statement_timeout')).rows[0].statement_timeout).toBe('12345ms');
      await check.end();
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });
});
