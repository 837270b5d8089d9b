import 'server-only';
import { sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { type DatabaseHandle, databaseHandle, selectRows } from '../index';
import type { FigureFilters } from './dashboard-scope';
import type { Viewer } from './viewer';

/**
 * Figures kept across requests for as long as the database has not changed (issue #8: ten
 * leaders opening the dashboard at once each recomputed ~100k status periods).
 *
 * A figure is keyed by what it depends on — the viewer's reach (their scope's path: the only
 * thing the visibility rules read), the filters and any further arguments — and by the
 * snapshot read just before computing, `pg_current_snapshot()`: which transactions had
 * committed. Any write that commits afterwards gives every later request another snapshot, so a
 * figure is only ever served while nothing has changed since it was computed (it was computed
 * in a snapshot at least as recent as its key's, and a later one can only be equal if nothing
 * committed in between). Concurrent requests share one computation (the promise is kept).
 */

const configured = Number.parseInt(process.env.FIGURE_CACHE_ENTRIES ?? '', 10);
/** Entries per database; unset or not a number: 500. */
const MAX_ENTRIES = Number.isNaN(configured) ? 500 : configured;

/** One cache per database handle: tests open several databases in one process. */
const stores = new WeakMap<DatabaseHandle, LRUCache<string, Promise<unknown>>>();

function storeOf(handle: DatabaseHandle) {
  let store = stores.get(handle);
  if (!store) {
    store = new LRUCache<string, Promise<unknown>>({ max: Math.max(1, MAX_ENTRIES) });
    stores.set(handle, store);
  }
  return store;
}

/**
 * The committed state a figure is about to be computed from, read just before: per call, not
 * per request, so that a request which writes and then reads figures never sees its own older key.
 */
async function currentSnapshot(): Promise<string> {
  const [row] = await selectRows<{ snapshot: string }>(
    databaseHandle().db,
    sql`SELECT pg_current_snapshot()::text AS snapshot`,
  );
  return row.snapshot;
}

/** The filters as a key: only the fields the figures read. */
function filtersKey(filters: FigureFilters | undefined) {
  return filters ? [filters.asOf, filters.review ?? null, filters.org ?? null, filters.level ?? 'top'] : null;
}

/** A figure function: the viewer, the filters, and maybe further arguments (JSON values). */
type FigureFunction = (viewer: Viewer, ...args: never[]) => Promise<unknown>;

/**
 * `compute`, served from the cache while the database is unchanged. Its result is shared between
 * requests: callers must not mutate it. FIGURE_CACHE_ENTRIES=0 turns the cache off.
 */
export function cachedFigure<T extends FigureFunction>(name: string, compute: T): T {
  if (MAX_ENTRIES <= 0) return compute;
  const run = compute as unknown as (
    viewer: Viewer,
    filters?: FigureFilters,
    ...rest: unknown[]
  ) => Promise<unknown>;
  const cached = async (viewer: Viewer, filters?: FigureFilters, ...rest: unknown[]) => {
    const snapshot = await currentSnapshot();
    const key = JSON.stringify([name, viewer.scope.path, filtersKey(filters), rest, snapshot]);
    const store = storeOf(databaseHandle());
    const kept = store.get(key);
    if (kept) return kept;
    const computed = run(viewer, filters, ...rest);
    store.set(key, computed);
    computed.catch(() => store.delete(key));
    return computed;
  };
  return cached as unknown as T;
}
