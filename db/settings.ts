import { type SQL, sql } from 'drizzle-orm';
import type { Pool } from 'pg';
import { logger } from '@/lib/logger';
import type { Database, Executor } from './index';

/**
 * Time limits and session settings of the application's PostgreSQL connections.
 *
 * They must hold through PgBouncer in transaction mode, which refuses the `options` startup
 * parameter and hands each transaction — and each single statement drizzle sends outside a
 * transaction — to whichever server connection is free, so a session `SET` would neither stick
 * nor stay ours. They are therefore stored as the defaults of the application's role in its
 * database (`ALTER ROLE CURRENT_USER IN DATABASE … SET`, at each start, from the environment):
 * every server session the role opens starts with them, whoever pooled it, at no cost per
 * query. Work that needs other limits (imports, exports) sets them with `SET LOCAL` inside its
 * own transaction.
 */

export type DatabaseLimits = {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  idleTxTimeoutMs: number;
  connectTimeoutMs: number;
};

export const DEFAULT_LIMITS: DatabaseLimits = {
  statementTimeoutMs: 30_000,
  lockTimeoutMs: 5_000,
  idleTxTimeoutMs: 60_000,
  connectTimeoutMs: 5_000,
};

const LIMIT_VARIABLES: Record<keyof DatabaseLimits, string> = {
  statementTimeoutMs: 'DATABASE_STATEMENT_TIMEOUT_MS',
  lockTimeoutMs: 'DATABASE_LOCK_TIMEOUT_MS',
  idleTxTimeoutMs: 'DATABASE_IDLE_TX_TIMEOUT_MS',
  connectTimeoutMs: 'DATABASE_CONNECT_TIMEOUT_MS',
};

/** PostgreSQL's own ceiling for a millisecond setting (INT_MAX). */
const MAX_MS = 2_147_483_647;

/**
 * No parallel workers: the app and its database share a couple of cores, and starting workers
 * for a 100k-row aggregate cost more than they saved (issue #8: 240-300 ms with two workers,
 * 30-100 ms without, at load 10).
 * No JIT: the scope filters' EXISTS sub-plans make the planner's cost estimates high, so a
 * 28 ms count of a province's recommendations was compiled first, for 3.6 s of CPU; under the
 * soak of issue 18 this alone saturated the machine (every page timed out). Nothing the
 * application runs is long enough for compiled expressions to pay back.
 */
export const DEFAULT_SESSION_SETTINGS = 'max_parallel_workers_per_gather=0 jit=off';

type Env = Record<string, string | undefined>;

/** The four limits from the environment; a value that is not a whole number of ms ≥ 0 falls back. */
export function databaseLimits(env: Env = process.env): DatabaseLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(LIMIT_VARIABLES) as (keyof DatabaseLimits)[]) {
    const name = LIMIT_VARIABLES[key];
    const raw = env[name]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (/^\d+$/.test(raw) && value <= MAX_MS) limits[key] = value;
    else
      logger.warn(
        { variable: name, value: raw, fallback: DEFAULT_LIMITS[key] },
        `${name} is not a whole number of milliseconds: using the default`,
      );
  }
  return limits;
}

const SETTING_NAME = /^[a-z_][a-z0-9_]*(\.[a-z0-9_]+)?$/;
const SETTING_VALUE = /^[A-Za-z0-9_.+-]+$/;

/**
 * DATABASE_SESSION_SETTINGS: `name=value` pairs separated by spaces or commas. The libpq form
 * of the variable it replaces (DATABASE_PG_OPTIONS, `-c name=value`) is read the same way.
 * Anything that does not parse falls back to the default, with a log line.
 */
export function sessionSettings(env: Env = process.env): Record<string, string> {
  let variable = 'DATABASE_SESSION_SETTINGS';
  let raw = env.DATABASE_SESSION_SETTINGS;
  if (raw === undefined && env.DATABASE_PG_OPTIONS !== undefined) {
    variable = 'DATABASE_PG_OPTIONS';
    raw = env.DATABASE_PG_OPTIONS;
    logger.warn('DATABASE_PG_OPTIONS is read as DATABASE_SESSION_SETTINGS; rename it');
  }
  const parsed = parseSettings(raw ?? DEFAULT_SESSION_SETTINGS);
  if (parsed) return parsed;
  logger.warn(
    { variable, value: raw, fallback: DEFAULT_SESSION_SETTINGS },
    `${variable} is not a list of name=value settings: using the default`,
  );
  return parseSettings(DEFAULT_SESSION_SETTINGS) as Record<string, string>;
}

function parseSettings(raw: string): Record<string, string> | null {
  const settings: Record<string, string> = {};
  for (const token of raw.split(/[\s,]+/).filter(Boolean)) {
    if (token === '-c') continue;
    const pair = token.replace(/^(-c|--)/, '');
    const at = pair.indexOf('=');
    const name = pair.slice(0, at).toLowerCase();
    const value = pair.slice(at + 1);
    if (at < 1 || !SETTING_NAME.test(name) || !SETTING_VALUE.test(value)) return null;
    settings[name] = value;
  }
  return settings;
}

/** What every session of the application's role in its database starts with. */
export function roleSettings(env: Env = process.env): Record<string, string> {
  const limits = databaseLimits(env);
  return {
    ...sessionSettings(env),
    statement_timeout: String(limits.statementTimeoutMs),
    lock_timeout: String(limits.lockTimeoutMs),
    idle_in_transaction_session_timeout: String(limits.idleTxTimeoutMs),
  };
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Makes the role's defaults in this database exactly `settings` (others reset): serialised by an
 * advisory lock and written only when they differ, so that instances starting together neither
 * fight nor rewrite the catalog each time. A setting the role may not set (unknown, or reserved
 * to superusers) is left out with a log line rather than failing the others. The session that ran
 * it started before the new defaults: it takes them too (through PgBouncer, that server
 * connection stays in the pool), and the client is closed rather than pooled. Returns whether
 * the stored defaults changed.
 */
export async function applyRoleSettings(pool: Pool, wanted: Record<string, string>): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('tracker:role-settings'))");
    const allowed = await client.query<{ name: string }>(
      `SELECT name FROM pg_settings WHERE name = ANY($1::text[])
          AND (context = 'user' OR (context = 'superuser' AND (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)))`,
      [Object.keys(wanted)],
    );
    const names = new Set(allowed.rows.map((r) => r.name));
    const settings = Object.fromEntries(Object.entries(wanted).filter(([name]) => names.has(name)));
    const refused = Object.keys(wanted).filter((name) => !names.has(name));
    if (refused.length)
      logger.warn({ refused }, 'database settings left out: unknown, or not settable by this role');
    const { rows } = await client.query<{ database: string; setting: string | null }>(
      `SELECT current_database() AS database, s.setting
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (
           SELECT unnest(setconfig) AS setting FROM pg_db_role_setting
            WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND setrole = (SELECT oid FROM pg_roles WHERE rolname = current_user)) s ON TRUE`,
    );
    const current = new Map<string, string>();
    for (const { setting } of rows) {
      if (!setting) continue;
      const at = setting.indexOf('=');
      current.set(setting.slice(0, at), setting.slice(at + 1));
    }
    const target = `ALTER ROLE CURRENT_USER IN DATABASE ${quoteIdent(rows[0].database)}`;
    const statements: string[] = [];
    for (const [name, value] of Object.entries(settings)) {
      if (current.get(name) !== value) statements.push(`${target} SET ${name} = '${value}'`);
    }
    for (const name of current.keys()) {
      if (!(name in settings)) statements.push(`${target} RESET ${name}`);
    }
    for (const statement of statements) await client.query(statement);
    const entries = Object.entries(settings);
    if (entries.length) {
      await client.query(
        `SELECT ${entries.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, false)`).join(', ')}`,
        entries.flat(),
      );
    }
    await client.query('COMMIT');
    if (statements.length) logger.info({ settings }, 'database role settings updated');
    return statements.length > 0;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    logger.error(
      { err: error, settings: wanted },
      'could not store the database settings (ALTER ROLE … IN DATABASE … SET): time limits are not in force',
    );
    return false;
  } finally {
    client.release(true);
  }
}

export type LocalLimits = { statementTimeoutMs: number; lockTimeoutMs: number; idleTxTimeoutMs: number };

/** The statement that sets limits of the current transaction only (`SET LOCAL`). */
export function localLimitsSql(limits: LocalLimits): SQL {
  const set = (name: string, ms: number): SQL => sql`set_config(${name}, ${String(ms)}, true)`;
  return sql`SELECT ${sql.join(
    [
      set('statement_timeout', limits.statementTimeoutMs),
      set('lock_timeout', limits.lockTimeoutMs),
      set('idle_in_transaction_session_timeout', limits.idleTxTimeoutMs),
    ],
    sql`, `,
  )}`;
}

/** Limits of the current transaction only (`SET LOCAL`), in one round trip. */
export async function setLocalLimits(tx: Executor, limits: LocalLimits): Promise<void> {
  await tx.execute(localLimitsSql(limits));
}

/** `work` in a transaction of its own with these limits: for reads that need other limits. */
export function withLocalLimits<T>(
  database: Database,
  limits: LocalLimits,
  work: (tx: Executor) => Promise<T>,
) {
  return database.transaction(async (tx) => {
    await setLocalLimits(tx, limits);
    return work(tx);
  });
}

/**
 * An import checks and writes thousands of rows in one transaction; an export batch reads up to
 * 10,000 rows with their classes. Both may take longer than a page's statement, and an import may
 * wait for rows that users are editing. An export holds no transaction while the client reads (a
 * slow client would leave it idle in transaction): each batch is a short transaction of its own.
 */
export const IMPORT_LIMITS: LocalLimits = {
  statementTimeoutMs: 300_000,
  lockTimeoutMs: 30_000,
  idleTxTimeoutMs: 300_000,
};
export const EXPORT_LIMITS: LocalLimits = {
  statementTimeoutMs: 120_000,
  lockTimeoutMs: 5_000,
  idleTxTimeoutMs: 60_000,
};
/**
 * An export written by the database (`COPY … TO STDOUT`, db/copy.ts) is one statement that lasts
 * as long as the client takes to download it: a slow link must not cut it at two minutes.
 */
export const COPY_EXPORT_LIMITS: LocalLimits = { ...EXPORT_LIMITS, statementTimeoutMs: 1_800_000 };
