import 'server-only';
import { sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { type DatabaseHandle, databaseHandle, selectRows } from '../index';
import type { FigureFilters } from './dashboard-scope';
import type { Viewer } from './viewer';

/**
 * Figures kept across requests for as long as the data they read has not changed (issue #8: ten
 * leaders opening the dashboard at once each recomputed ~100k status periods).
 *
 * A figure is keyed by what it depends on — the viewer's reach (their scope's path: the only
 * thing the visibility rules read), the filters and any further arguments — and by the generation
 * of the figure data read just before computing: the sum of `figure_generations`, a counter that
 * every transaction writing one of the tables the figures read bumps once, in that transaction
 * (migration 0016's triggers, on FIGURE_TABLES below; a test fails when a figure reads another
 * table). Snapshots are nested and a committed bump never goes away, so the sum only grows: a
 * later request reading the same sum sees no commit that touched figure data since the key was
 * read, and the figure (computed from a snapshot at least as recent as its key's) is the one it
 * would compute. Writes elsewhere — notifications, mails, the job queue, sessions, throttles —
 * leave the figures cached (issue 15: the daily reminder run made every figure cold; the snapshot
 * key changed with any commit). Concurrent requests share one computation (the promise is kept
 * while it runs).
 *
 * A settled figure is kept as its value, not as the promise: a promise made during a request carries
 * that request's async context (AsyncLocalStorage's store: Next's request store, and through it the
 * whole React render), so 500 kept promises held ~150 rendered requests alive — the soak's servers
 * grew by a quarter in ten minutes (bench/RESULTS.md, "Soak").
 */

/**
 * The tables the cached figures read, each with a trigger that bumps `figure_generations`
 * (events: only a recommendation's rows, the ones recommendation-as-of.ts reads for a past day).
 */
export const FIGURE_TABLES = [
  'organizations',
  'reviews',
  'tasks',
  'task_status_periods',
  'task_rollup',
  'task_rollup_month',
  'task_recommendations',
  'task_supporting_units',
  'recommendations',
  'recommendation_addressees',
  'recommendation_rollup',
  'events',
] as const;

const configured = Number.parseInt(process.env.FIGURE_CACHE_ENTRIES ?? '', 10);
/** Entries per database; unset or not a number: 500. */
const MAX_ENTRIES = Number.isNaN(configured) ? 500 : configured;

/** A figure being computed (shared by the requests that ask meanwhile), or its value once computed. */
type Entry = { running: Promise<unknown> } | { value: unknown };

/** One cache per database handle: tests open several databases in one process. */
const stores = new WeakMap<DatabaseHandle, LRUCache<string, Entry>>();

function storeOf(handle: DatabaseHandle) {
  let store = stores.get(handle);
  if (!store) {
    store = new LRUCache<string, Entry>({ max: Math.max(1, MAX_ENTRIES) });
    stores.set(handle, store);
  }
  return store;
}

/**
 * The generation of the figure data a figure is about to be computed from, read just before: per
 * call, not per request, so that a request which writes and then reads figures never sees its own
 * older key.
 */
async function currentGeneration(): Promise<string> {
  const [row] = await selectRows<{ generation: string }>(
    databaseHandle().db,
    sql`SELECT sum(n)::text AS generation FROM figure_generations`,
  );
  return row.generation;
}

/** The filters as a key: only the fields the figures read. */
function filtersKey(filters: FigureFilters | undefined) {
  return filters ? [filters.asOf, filters.review ?? null, filters.org ?? null, filters.level ?? 'top'] : null;
}

/** The names of every cached figure: the test of FIGURE_TABLES runs each of them. */
export const CACHED_FIGURES = new Set<string>();

/** A figure function: the viewer, the filters, and maybe further arguments (JSON values). */
type FigureFunction = (viewer: Viewer, ...args: never[]) => Promise<unknown>;

/**
 * `compute`, served from the cache while the data it reads is unchanged. Its result is shared between
 * requests: callers must not mutate it. FIGURE_CACHE_ENTRIES=0 turns the cache off.
 */
export function cachedFigure<T extends FigureFunction>(name: string, compute: T): T {
  CACHED_FIGURES.add(name);
  if (MAX_ENTRIES <= 0) return compute;
  const run = compute as unknown as (
    viewer: Viewer,
    filters?: FigureFilters,
    ...rest: unknown[]
  ) => Promise<unknown>;
  const cached = async (viewer: Viewer, filters?: FigureFilters, ...rest: unknown[]) => {
    const generation = await currentGeneration();
    const key = JSON.stringify([name, viewer.scope.path, filtersKey(filters), rest, generation]);
    const store = storeOf(databaseHandle());
    const kept = store.get(key);
    if (kept) return 'value' in kept ? kept.value : kept.running;
    const entry = { running: run(viewer, filters, ...rest) };
    store.set(key, entry);
    try {
      const value = await entry.running;
      // the value replaces the promise, unless the entry was evicted or replaced meanwhile
      if (store.peek(key) === entry) store.set(key, { value });
      return value;
    } catch (error) {
      if (store.peek(key) === entry) store.delete(key);
      throw error;
    }
  };
  return cached as unknown as T;
}
