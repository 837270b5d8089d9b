import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase, selectRows } from './index';
import { prepareDatabase } from './setup';

/**
 * The application's time limits hold through PgBouncer in transaction mode, where each
 * transaction and each single statement may run on another server connection, and where the
 * libpq `options` startup parameter is refused. Runs a PgBouncer of its own (Debian's
 * `pgbouncer`, `apt-get install pgbouncer`; .ci/run installs it) on a free port from 6432.
 */
function findPgbouncer(): string | null {
  for (const candidate of ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'ignore' });
      return candidate;
    } catch {}
  }
  return null;
}

const onPostgres = process.env.TEST_DRIVER === 'postgres';
const binary = onPostgres ? findPgbouncer() : null;
if (onPostgres && !binary) {
  console.warn('pgbouncer.int.test: SKIPPED — pgbouncer is not installed (apt-get install -y pgbouncer)');
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

async function waitForPort(port: number, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pgbouncer did not listen on ${port}`);
}

describe.runIf(onPostgres && binary)('time limits through PgBouncer (transaction mode)', () => {
  let bouncer: ChildProcess | undefined;
  let dir = '';
  let bouncerUrl = '';
  let app: DatabaseHandle | undefined;

  beforeAll(async () => {
    const server = new URL(process.env.TEST_FILE_DATABASE_URL as string);
    let port = 6432;
    while (!(await portFree(port))) port++;
    dir = mkdtempSync(path.join(tmpdir(), 'pgbouncer-'));
    chmodSync(dir, 0o777);
    const config = path.join(dir, 'pgbouncer.ini');
    writeFileSync(
      config,
      [
        '[databases]',
        `* = host=${server.hostname} port=${server.port || 5432} user=${decodeURIComponent(server.username)} password=${decodeURIComponent(server.password)}`,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${port}`,
        'unix_socket_dir =',
        'auth_type = any',
        'pool_mode = transaction',
        'default_pool_size = 4',
        'max_client_conn = 100',
        `logfile = ${dir}/pgbouncer.log`,
        `pidfile = ${dir}/pgbouncer.pid`,
      ].join('\n'),
    );
    chmodSync(config, 0o644);
    // PgBouncer refuses to run as root: drop to the postgres account then.
    const asRoot = process.getuid?.() === 0;
    bouncer = spawn(binary as string, asRoot ? ['-u', 'postgres', config] : [config], { stdio: 'ignore' });
    await waitForPort(port, 10_000);
    const url = new URL(server);
    url.port = String(port);
    bouncerUrl = url.toString();

    const saved = { ...process.env };
    Object.assign(process.env, {
      DATABASE_URL: bouncerUrl,
      DATABASE_STATEMENT_TIMEOUT_MS: '300',
      DATABASE_LOCK_TIMEOUT_MS: '200',
    });
    try {
      app = openDatabase();
      await prepareDatabase(app, { demo: false });
    } finally {
      process.env = saved;
    }
  });

  afterAll(async () => {
    await app?.close();
    bouncer?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the `options` startup parameter (why the limits are not sent that way)', async () => {
    const client = new Client({ connectionString: bouncerUrl, options: '-c statement_timeout=300' });
    client.on('error', () => {});
    await expect(client.connect()).rejects.toThrow(/unsupported startup parameter/);
  });

  it('cancels every statement longer than the limit, whichever server connection runs it', async () => {
    const db = app?.db;
    if (!db) throw new Error('no database');
    const started = Date.now();
    // parallel single statements (drizzle sends them outside any transaction) spread over
    // several server connections; a transaction too
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 8 }, () => db.execute(sql`SELECT pg_sleep(3)`)),
      db.transaction(async (tx) => {
        await tx.execute(sql`SELECT pg_sleep(3)`);
      }),
    ]);
    expect(Date.now() - started).toBeLessThan(2500);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const error = (outcome as PromiseRejectedResult).reason as { cause?: { code?: string } };
      expect(error.cause?.code).toBe('57014');
    }
    const [{ statement_timeout }] = await selectRows<{ statement_timeout: string }>(
      db,
      sql`SHOW statement_timeout`,
    );
    expect(statement_timeout).toBe('300ms');
  });

  it('holds the lock limit too', async () => {
    const db = app?.db;
    if (!db) throw new Error('no database');
    const holder = new Client({ connectionString: process.env.TEST_FILE_DATABASE_URL });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      const { rows } = await holder.query('SELECT id FROM tasks ORDER BY id LIMIT 1 FOR UPDATE');
      const outcome = await db
        .execute(sql`UPDATE tasks SET progress = progress WHERE id = ${rows[0].id}`)
        .then(
          () => null,
          (error: { cause?: { code?: string } }) => error.cause?.code,
        );
      expect(outcome).toBe('55P03');
    } finally {
      await holder.query('ROLLBACK').catch(() => {});
      await holder.end();
    }
  });
});
