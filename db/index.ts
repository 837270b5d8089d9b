import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite, type Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { Pool } from 'pg';
import { pgliteDir } from '@/lib/config';
import { logger } from '@/lib/logger';
import { countQueryError, type PoolUsage } from '@/lib/metrics';
import * as schema from './schema';
import { databaseLimits } from './settings';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A database or a transaction: what a query that may run inside a larger write accepts. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  driver: 'pglite' | 'postgres';
  close: () => Promise<void>;
  /** the PostgreSQL pool behind `db` (absent on PGlite) */
  pool?: Pool;
  /** the embedded database behind `db` (absent on PostgreSQL): the job queue shares it */
  pglite?: PGlite;
};

export class DatabaseBusyError extends Error {}

export function pgliteExtensions() {
  return { pg_trgm };
}

/**
 * Every query the database refuses counts in db_query_errors_total (lib/metrics.ts): its
 * `query` is wrapped where the driver sends every statement (a pg client of the pool; PGlite
 * and each of its transactions). The caller still gets the same promise and the same error.
 */
function countErrorsOf<T extends { query: (...args: never[]) => unknown }>(target: T): T {
  const query = target.query.bind(target) as (...args: unknown[]) => unknown;
  target.query = ((...args: unknown[]) => {
    // pg's Pool.query hands its client a callback rather than awaiting a promise
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: unknown, ...rest: unknown[]) => {
        if (error) countQueryError(error);
        return last(error, ...rest);
      };
    }
    const result = query(...args);
    if (result instanceof Promise) result.catch(countQueryError);
    return result;
  }) as T['query'];
  return target;
}

export function wrapPglite(client: PGlite, release: () => void = () => {}): DatabaseHandle {
  countErrorsOf(client);
  const transaction = client.transaction.bind(client);
  client.transaction = (<T>(work: (tx: PgliteTransaction) => Promise<T>) =>
    transaction((tx) => work(countErrorsOf(tx)))) as PGlite['transaction'];
  return {
    db: drizzlePglite({ client, schema }) as unknown as Database,
    driver: 'pglite',
    pglite: client,
    close: async () => {
      await client.close();
      release();
    },
  };
}

export function wrapPool(pool: Pool): DatabaseHandle {
  // A connection the server ends (the idle-in-transaction limit, a restart, an operator) makes
  // its client emit 'error', idle or checked out: unheard, that event would end the process.
  // The message and code only: pg hangs the whole client (its connection parameters) on the error.
  const ended = (error: Error & { code?: string }) => ({ message: error.message, code: error.code });
  pool.on('error', (error) => logger.warn({ err: ended(error) }, 'database connection ended while idle'));
  pool.on('connect', (client) => {
    client.on('error', (error) =>
      logger.warn({ err: ended(error) }, 'database connection ended while in use'),
    );
    countErrorsOf(client);
  });
  return {
    db: drizzlePg({ client: pool, schema }) as unknown as Database,
    driver: 'postgres',
    close: () => pool.end(),
    pool,
  };
}

/** PGlite is one process: a lock file with our pid keeps a second one out. */
export function lockPglite(dir: string): () => void {
  const lockFile = `${dir}.lock`;
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new DatabaseBusyError(
        `The embedded database ${dir} is in use by process ${pid} (a running server?). Stop it first.`,
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => rmSync(lockFile, { force: true });
  process.once('exit', release);
  return release;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Where work that needs a session of its own connects: session advisory locks (migrations), the
 * job queue, LISTEN. Behind PgBouncer in transaction mode, DATABASE_URL names the pooler, which
 * hands each transaction to any server connection: DATABASE_DIRECT_URL names PostgreSQL itself.
 * Unset, DATABASE_URL (no pooler in between). Undefined on the embedded database.
 */
export function directConnectionString(env: Record<string, string | undefined> = process.env) {
  return env.DATABASE_DIRECT_URL || env.DATABASE_URL || undefined;
}

/**
 * How long an idle connection stays open: five minutes, not pg's ten seconds, so a server
 * between bursts of requests does not connect again (DNS, TCP, SCRAM) for each burst. An idle
 * connection does not keep a script's process alive (allowExitOnIdle).
 */
export const POOL_IDLE_MS = 5 * 60_000;

/** A pool on `url`, as the application's connections are made. */
export function openPool(url: string, max = Number(process.env.DATABASE_POOL_SIZE || 10)): DatabaseHandle {
  // No `options` startup parameter (PgBouncer refuses it): session settings and time limits
  // are the role's defaults in the database, stored by prepareDatabase (db/settings.ts).
  return wrapPool(
    new Pool({
      connectionString: url,
      max,
      connectionTimeoutMillis: databaseLimits().connectTimeoutMs,
      idleTimeoutMillis: POOL_IDLE_MS,
      // probes from 30 s of silence: a firewall or NAT that drops connections idle for a few
      // minutes does not leave a kept connection to hang the next query until the kernel gives up
      keepAlive: true,
      keepAliveInitialDelayMillis: 30_000,
      allowExitOnIdle: true,
    }),
  );
}

/** The only place a database client is made: PostgreSQL when DATABASE_URL is set, else PGlite. */
export function openDatabase(): DatabaseHandle {
  const url = process.env.DATABASE_URL;
  if (url) return openPool(url);
  const dir = pgliteDir();
  mkdirSync(dir, { recursive: true });
  const release = lockPglite(dir);
  return wrapPglite(new PGlite(dir, { extensions: pgliteExtensions() }), release);
}

// One handle per process, kept on globalThis: Next bundles instrumentation and routes
// separately, and two PGlite instances on one folder would corrupt it.
const holder = globalThis as unknown as { __trackerDb?: DatabaseHandle };

/** The primary's handle, whatever scope the caller runs in: writes always go there. */
export function primaryHandle(): DatabaseHandle {
  holder.__trackerDb ??= openDatabase();
  return holder.__trackerDb;
}

/** The pool's connections for /api/metrics, without opening the database (PGlite: one, idle). */
export function poolUsage(): PoolUsage {
  const handle = holder.__trackerDb;
  if (!handle) return { inUse: 0, idle: 0, waiting: 0 };
  if (!handle.pool) return { inUse: 0, idle: 1, waiting: 0 };
  const { totalCount, idleCount, waitingCount } = handle.pool;
  return { inUse: totalCount - idleCount, idle: idleCount, waiting: waitingCount };
}

/**
 * The handle of the current scope: the one `withDatabase` set (a read replica, see
 * db/read-database.ts), else the primary's. Query functions reach it through `db` below.
 */
const scoped = new AsyncLocalStorage<DatabaseHandle>();

export function databaseHandle(): DatabaseHandle {
  return scoped.getStore() ?? primaryHandle();
}

/** `work` with `db` (and databaseHandle()) answering from `handle`. */
export function withDatabase<T>(handle: DatabaseHandle, work: () => T): T {
  return scoped.run(handle, work);
}

/** Tests give each file its own database. */
export function setDatabase(handle: DatabaseHandle | undefined): void {
  holder.__trackerDb = handle;
}

export async function closeDatabase(): Promise<void> {
  const handle = holder.__trackerDb;
  holder.__trackerDb = undefined;
  await handle?.close();
}

/** The database, opened on first use (never during `next build`). */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = databaseHandle().db;
    const value = Reflect.get(real, property, real);
    return typeof value === 'function' ? value.bind(real) : value;
  },
});

/** Rows of a raw SQL query, the same with either driver (both answer `{ rows }`). */
export async function selectRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
