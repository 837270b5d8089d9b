import { sql } from 'drizzle-orm';
import { logger } from '@/lib/logger';
import { type DatabaseHandle, openPool, primaryHandle, selectRows, withDatabase } from './index';

/**
 * Where reads that may lag (dashboards, reports, exports) go: the streaming read replica named by
 * DATABASE_REPLICA_URL, or the primary. The one place that decides.
 *
 * The replica is read when
 * - it is a standby that is caught up, or lags by at most DATABASE_REPLICA_MAX_LAG_S (default 30).
 *   "Caught up" compares positions in the write-ahead log, not clocks: the replica has replayed
 *   everything the primary had written when asked. Only when it has not does its lag count, as
 *   the age of the last transaction it replayed — an idle primary writes no transactions, so
 *   that age alone would grow without the replica falling behind;
 * - and it already holds the viewer's own last write: every write records an event with its
 *   actor in the same transaction as the change (db/queries/events.ts), so the replica has
 *   replayed the viewer's last change exactly when it has that event row. Until then the viewer
 *   reads the primary and sees their own change at once; other viewers may read the replica.
 *
 * The replica's state is asked at most once a second per process (both servers' positions);
 * the viewer's fence costs one indexed row on each side per request.
 */

export type ReadSource = {
  handle: DatabaseHandle;
  /** read from the replica: then `asOf` is the commit time of the last transaction it replayed */
  replica: boolean;
  asOf: Date | null;
};

type ReplicaState = { usable: boolean; asOf: Date | null; at: number };

const DEFAULT_MAX_LAG_S = 30;
const STATE_TTL_MS = 1000;

type Env = Record<string, string | undefined>;

/** DATABASE_REPLICA_MAX_LAG_S in ms: a number of seconds ≥ 0; anything else is the default. */
export function replicaMaxLagMs(env: Env = process.env): number {
  const raw = env.DATABASE_REPLICA_MAX_LAG_S?.trim();
  if (!raw) return DEFAULT_MAX_LAG_S * 1000;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw) * 1000;
  logger.warn(
    { variable: 'DATABASE_REPLICA_MAX_LAG_S', value: raw, fallback: DEFAULT_MAX_LAG_S },
    'DATABASE_REPLICA_MAX_LAG_S is not a number of seconds: using the default',
  );
  return DEFAULT_MAX_LAG_S * 1000;
}

type Holder = {
  __trackerReplica?: DatabaseHandle | null;
  __trackerReplicaState?: Promise<ReplicaState>;
};
const holder = globalThis as unknown as Holder;

/** The replica's pool, opened on first use; null without DATABASE_REPLICA_URL. */
export function replicaHandle(): DatabaseHandle | null {
  if (holder.__trackerReplica === undefined) {
    const url = process.env.DATABASE_URL ? process.env.DATABASE_REPLICA_URL : undefined;
    holder.__trackerReplica = url ? openPool(url) : null;
  }
  return holder.__trackerReplica;
}

/** Tests point reads at a replica of their own (null: none); the cached state is dropped. */
export function setReplica(handle: DatabaseHandle | null | undefined): void {
  holder.__trackerReplica = handle;
  holder.__trackerReplicaState = undefined;
}

async function askReplica(replica: DatabaseHandle): Promise<ReplicaState> {
  const at = Date.now();
  try {
    // The primary first: a replica that has replayed up to that position afterwards is caught up.
    const [primary] = await selectRows<{ lsn: string }>(
      primaryHandle().db,
      sql`SELECT pg_current_wal_lsn()::text AS lsn`,
    );
    const [state] = await selectRows<{
      standby: boolean;
      caught_up: boolean | null;
      as_of: Date | null;
      lag_ms: number | null;
    }>(
      replica.db,
      sql`SELECT pg_is_in_recovery() AS standby,
                 pg_last_wal_replay_lsn() >= ${primary.lsn}::pg_lsn AS caught_up,
                 pg_last_xact_replay_timestamp() AS as_of,
                 (extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS lag_ms`,
    );
    if (!state.standby) {
      logger.warn('DATABASE_REPLICA_URL is not a standby (not in recovery): reads stay on the primary');
      return { usable: false, asOf: null, at };
    }
    const lag = state.caught_up ? 0 : (state.lag_ms ?? Number.POSITIVE_INFINITY);
    const asOf = state.as_of ? new Date(state.as_of) : null;
    return { usable: lag <= replicaMaxLagMs(), asOf, at };
  } catch (error) {
    logger.warn({ err: error }, 'the read replica did not answer: reads stay on the primary');
    return { usable: false, asOf: null, at };
  }
}

/** The replica's state, asked at most once a second (concurrent requests share the question). */
function replicaState(replica: DatabaseHandle): Promise<ReplicaState> {
  const kept = holder.__trackerReplicaState;
  if (kept) {
    return kept.then((state) => {
      if (Date.now() - state.at <= STATE_TTL_MS || holder.__trackerReplicaState !== kept) return state;
      holder.__trackerReplicaState = undefined;
      return replicaState(replica);
    });
  }
  const asked = askReplica(replica);
  holder.__trackerReplicaState = asked;
  return asked;
}

/** Whether the replica holds the viewer's last recorded change (true when they have none). */
async function holdsLastWrite(replica: DatabaseHandle, viewerId: number): Promise<boolean> {
  const [last] = await selectRows<{ id: number }>(
    primaryHandle().db,
    // by id, the order of commits' allocation, never by `at` (the app's clock: demos and back-dated seeds)
    sql`SELECT max(id) AS id FROM events WHERE actor_id = ${viewerId} HAVING max(id) IS NOT NULL`,
  );
  if (!last) return true;
  const [seen] = await selectRows<{ held: boolean }>(
    replica.db,
    sql`SELECT EXISTS (SELECT 1 FROM events WHERE id = ${last.id}) AS held`,
  );
  return seen.held;
}

/** Where this viewer's lagging reads go now. */
export async function readDatabase(viewer: { id: number }): Promise<ReadSource> {
  const primary: ReadSource = { handle: primaryHandle(), replica: false, asOf: null };
  const replica = replicaHandle();
  if (!replica) return primary;
  const state = await replicaState(replica);
  if (!state.usable) return primary;
  try {
    if (!(await holdsLastWrite(replica, viewer.id))) return primary;
  } catch (error) {
    logger.warn({ err: error }, 'the read replica did not answer: reads stay on the primary');
    return primary;
  }
  return { handle: replica, replica: true, asOf: state.asOf };
}

/** `work` with every query through `db` reading from `source`. */
export function readFrom<T>(source: ReadSource, work: () => Promise<T>): Promise<T> {
  return withDatabase(source.handle, work);
}

/** The rows of `rows`, each batch read from `source` (a stream's batches are asked for later). */
export async function* readRowsFrom<T>(source: ReadSource, rows: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = rows[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await withDatabase(source.handle, () => iterator.next());
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await withDatabase(source.handle, async () => {
      await iterator.return?.();
    });
  }
}
