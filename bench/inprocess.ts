/**
 * Benchmarks that call the application's own query functions in this process: EXPLAIN of the
 * SQL the dashboard and the task list send (captured through drizzle's logger), concurrent
 * progress updates through applyTaskAction, and COPY as the export baseline.
 */
import { readFileSync } from 'node:fs';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { type Database, setDatabase } from '@/db/index';
import { taskHeadline } from '@/db/queries/dashboard';
import { progressOverTime, tasksByOrganization } from '@/db/queries/dashboard-breakdown';
import {
  recommendationHeadline,
  recommendationsByCategory,
  repliesOverdueByProvince,
} from '@/db/queries/dashboard-recommendations';
import { openExplanationCount } from '@/db/queries/explanations';
import { myWork, myWorkCounts } from '@/db/queries/my-work';
import { listNotifications, unreadCount } from '@/db/queries/notifications';
import { recommendationsByAddresseeStatus } from '@/db/queries/recommendation-figures';
import { listTasks, taskClassCountsFor } from '@/db/queries/task-list';
import { listTaskPage, listTasksAfter } from '@/db/queries/task-page';
import { applyTaskAction } from '@/db/queries/task-writes';
import { loadViewer, type Viewer } from '@/db/queries/viewer';
import * as schema from '@/db/schema';
import { addDays, today } from '@/lib/clock';
import { periodEnds } from '@/lib/domain/figures';
import { parseListParams } from '@/lib/validations/filters';
import type { BenchDatabase } from './generate';
import { percentile } from './stats';

const captured: { sql: string; params: unknown[] }[] = [];
let capturing = false;

/** Points the app's `db` at the bench database, with a logger that can record every query. */
export function pointAppAtBench(bench: BenchDatabase): void {
  const logger = {
    logQuery(query: string, params: unknown[]) {
      // the figure cache's snapshot read is not one of the figures' queries
      if (capturing && !query.includes('pg_current_snapshot')) captured.push({ sql: query, params });
    },
  };
  // biome-ignore lint/suspicious/noExplicitAny: the raw client of either driver
  const client = (bench.handle.db as any).$client;
  const db = (bench.driver === 'postgres'
    ? drizzlePg({ client, schema, logger })
    : drizzlePglite({ client, schema, logger })) as unknown as Database;
  setDatabase({ db, driver: bench.driver, close: bench.handle.close });
}

export async function viewerByLogin(bench: BenchDatabase, login: string): Promise<Viewer> {
  const { rows } = await bench.query('SELECT id, session_version FROM users WHERE login = $1', [login]);
  if (!rows[0]) throw new Error(`no user ${login}`);
  const viewer = await loadViewer(Number(rows[0].id), Number(rows[0].session_version));
  if (!viewer) throw new Error(`user ${login} inactive`);
  return viewer;
}

async function capture(run: () => Promise<unknown>) {
  captured.length = 0;
  capturing = true;
  try {
    await run();
  } finally {
    capturing = false;
  }
  return [...captured];
}

export type ExplainResult = {
  label: string;
  ms: number;
  seqScans: string[];
  sharedHit: number;
  sharedRead: number;
};

async function explainAll(
  bench: BenchDatabase,
  label: string,
  queries: { sql: string; params: unknown[] }[],
) {
  const results: ExplainResult[] = [];
  for (const [i, q] of queries.entries()) {
    // the planner's estimate a searched list reads (db/queries/task-counts.ts) is itself an EXPLAIN
    if (/^\s*EXPLAIN\b/i.test(q.sql)) continue;
    // Per-node timing (TIMING ON) adds a clock read per row and node, which on this shared VM
    // inflates queries over 100k rows several-fold: the time is taken with TIMING OFF, and the
    // median of three runs (the machine's load moves single runs by 2-3x).
    const runs = [];
    for (let k = 0; k < 3; k++) {
      const { rows } = await bench.query(
        `EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) ${q.sql}`,
        q.params,
      );
      const raw = rows[0]['QUERY PLAN'];
      runs.push((typeof raw === 'string' ? JSON.parse(raw) : raw)[0]);
    }
    runs.sort((a, b) => Number(a['Execution Time']) - Number(b['Execution Time']));
    const plan = runs[1];
    const seqScans: string[] = [];
    let hit = 0;
    let read = 0;
    const walk = (node: Record<string, unknown>) => {
      if (node['Node Type'] === 'Seq Scan') seqScans.push(`${node['Relation Name']}(${node['Actual Rows']})`);
      for (const child of (node.Plans as Record<string, unknown>[]) ?? []) walk(child);
    };
    walk(plan.Plan);
    hit += Number(plan.Plan['Shared Hit Blocks'] ?? 0);
    read += Number(plan.Plan['Shared Read Blocks'] ?? 0);
    results.push({
      label: `${label} #${i + 1}`,
      ms: Number(plan['Execution Time']),
      seqScans,
      sharedHit: hit,
      sharedRead: read,
    });
  }
  return results;
}

/**
 * Every query of a viewer's default dashboard (as of a day, cache off), by the figure that sends
 * it, each EXPLAIN ANALYZEd: the headline and class chart, the progress chart (two years by
 * month), the tile map and the organizations chart, the recommendation figures and the open
 * explanation count.
 */
export async function explainDashboard(bench: BenchDatabase, viewer: Viewer, asOf: string) {
  const filters = { asOf };
  const ends = periodEnds(addDays(asOf, -2 * 365), asOf, 'month');
  const figures: [string, () => Promise<unknown>][] = [
    ['taskHeadline', () => taskHeadline(viewer, filters)],
    ['tasksByOrganization', () => tasksByOrganization(viewer, filters)],
    ['progressOverTime', () => progressOverTime(viewer, filters, ends)],
    ['recommendationHeadline', () => recommendationHeadline(viewer, filters)],
    ['recommendationsByCategory', () => recommendationsByCategory(viewer, filters)],
    ['recommendationsByAddresseeStatus', () => recommendationsByAddresseeStatus(viewer, filters)],
    // the tile map's "replies overdue" figure
    ['repliesOverdueByProvince', () => repliesOverdueByProvince(viewer, filters)],
    ['openExplanationCount', () => openExplanationCount(viewer)],
  ];
  const results: (ExplainResult & { wallMs: number })[] = [];
  for (const [name, run] of figures) {
    const t0 = performance.now();
    const queries = await capture(run);
    const wallMs = Math.round(performance.now() - t0);
    for (const r of await explainAll(bench, `dashboard asOf ${asOf} ${name}`, queries))
      results.push({ ...r, wallMs });
  }
  return results;
}

/** The task list's queries (count, page, class counts) for URL parameters (asOf: a past day's list). */
export async function explainTaskList(bench: BenchDatabase, viewer: Viewer, search: Record<string, string>) {
  const params = parseListParams(search);
  if (!params.success) throw new Error('bad list params');
  const asOf = params.data.asOf ?? today();
  const queries = await capture(async () => {
    await listTasks(viewer, params.data, asOf);
    await taskClassCountsFor(viewer, params.data, asOf);
  });
  const results = await explainAll(bench, `tasks ${new URLSearchParams(search)}`, queries);
  const plans: string[] = [];
  for (const q of queries) {
    const { rows } = await bench.query(`EXPLAIN ${q.sql}`, q.params);
    plans.push(rows.map((r) => String(r['QUERY PLAN'])).join('\n'));
  }
  return { results, usesTrigram: plans.some((p) => p.includes('tasks_search_idx')) };
}

/**
 * Every query of the tasks page (db/queries/task-page.ts listTaskPage: the rows and the capped
 * counts) for URL parameters, on its first page and on the page after `deep` rows (by key), each
 * EXPLAIN ANALYZEd; with the plan's text for the slow ones.
 */
export async function explainTaskPage(
  bench: BenchDatabase,
  viewer: Viewer,
  search: Record<string, string>,
  deep: number,
) {
  const params = parseListParams(search);
  if (!params.success) throw new Error('bad list params');
  const asOf = params.data.asOf ?? today();
  const first = await capture(() => listTaskPage(viewer, params.data, asOf, {}));
  // the key `deep` rows in: the API's page of that size ends there
  const skipped = deep > 0 ? await listTasksAfter(viewer, params.data, asOf, { limit: deep }) : null;
  const after = skipped?.next ?? undefined;
  const later = after ? await capture(() => listTaskPage(viewer, params.data, asOf, { after })) : [];
  const label = `tasks ${new URLSearchParams(search)}`;
  return withSlowPlans(bench, [
    ...(await explainAll(bench, `${label} first page`, first)).map((r, i) => ({ ...r, query: first[i] })),
    ...(await explainAll(bench, `${label} after ${deep}`, later)).map((r, i) => ({ ...r, query: later[i] })),
  ]);
}

/** The results, with the plan's text of each query over `slowMs`. */
async function withSlowPlans(
  bench: BenchDatabase,
  results: (ExplainResult & { query: { sql: string; params: unknown[] } })[],
  slowMs = 20,
) {
  const out: (ExplainResult & { plan?: string })[] = [];
  for (const { query, ...r } of results)
    out.push(r.ms > slowMs ? { ...r, plan: await explainText(bench, query) } : r);
  return out;
}

/**
 * The queries of /my-work (the page's lists, the navigation badge's counts, the unread-notification
 * badge every page shows) and of the notifications page, EXPLAIN ANALYZEd.
 */
export async function explainMyWork(bench: BenchDatabase, viewer: Viewer, label: string) {
  const queries = await capture(async () => {
    await myWork(viewer, today());
    await myWorkCounts(viewer, today());
    await unreadCount(viewer);
    await listNotifications(viewer, 1);
  });
  return withSlowPlans(
    bench,
    (await explainAll(bench, `my-work ${label}`, queries)).map((r, i) => ({ ...r, query: queries[i] })),
  );
}

/** EXPLAIN (ANALYZE) text of a query, for the report. */
export async function explainText(bench: BenchDatabase, q: { sql: string; params: unknown[] }) {
  const { rows } = await bench.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
  return rows.map((r) => String(r['QUERY PLAN'])).join('\n');
}

/**
 * The API's list query (GET /api/v1/tasks, db/queries/task-list.ts listTasksAfter) for the first
 * page and for the page after `deep` rows, each EXPLAIN ANALYZEd: what bench:api measures over
 * HTTP, without the HTTP.
 */
export async function explainApiTaskList(bench: BenchDatabase, viewer: Viewer, limit: number, deep: number) {
  const asOf = today();
  let after: Awaited<ReturnType<typeof listTasksAfter>>['next'] = null;
  for (let skipped = 0; skipped < deep; skipped += limit) {
    const page = await listTasksAfter(viewer, {}, asOf, { after: after ?? undefined, limit });
    if (!page.next) break;
    after = page.next;
  }
  const queries = await capture(async () => {
    await listTasksAfter(viewer, {}, asOf, { limit });
    if (after) await listTasksAfter(viewer, {}, asOf, { after, limit });
  });
  return explainAll(bench, `api tasks limit=${limit} (first, after ${deep})`, queries);
}

/**
 * The CPU time (ms) of this process and of the database's server processes on this database (read
 * from /proc: the bench and PostgreSQL on one machine), to divide by the updates made in between.
 */
async function cpuNow(bench: BenchDatabase): Promise<{ node: number; server: Map<number, number> }> {
  const { rows } = await bench.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  const tick = 10; // ms per clock tick (USER_HZ = 100)
  const server = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      server.set(Number(pid), (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      // another machine's server, or a process gone: not counted
    }
  }
  const { user, system } = process.cpuUsage();
  return { node: (user + system) / 1000, server };
}

function cpuPer(before: Awaited<ReturnType<typeof cpuNow>>, after: typeof before, n: number) {
  let server = 0;
  for (const [pid, ms] of after.server) server += ms - (before.server.get(pid) ?? 0);
  return { nodeCpuMsPerUpdate: (after.node - before.node) / n, serverCpuMsPerUpdate: server / n };
}

/**
 * Status updates at once (issue 20, target 3): per province a worker moves its in-progress tasks to
 * "awaiting confirmation" (the official reports) and back (the coordinator returns the report) —
 * every write a new status period, so every write changes task_rollup in its transaction. After the
 * run: events written = updates acknowledged (none lost), and the rollup's national figure as of
 * today = a count of the tasks table, per province.
 */
export async function statusUpdates(bench: BenchDatabase, provinces: string[], seconds: number) {
  const workers = await Promise.all(
    provinces.map(async (p) => ({
      official: await viewerByLogin(bench, `bench.${p}.official`),
      coordinator: await viewerByLogin(bench, `bench.${p}.coordinator`),
    })),
  );
  const counted = `SELECT count(*)::int AS n FROM events WHERE action IN ('task.report', 'task.return')`;
  const before = await bench.query(counted);
  const cpuBefore = await cpuNow(bench);
  const latencies: number[] = [];
  let ok = 0;
  let conflicts = 0;
  let failures = 0;
  const day = today();
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    workers.map(async ({ official, coordinator }, w) => {
      const { rows } = await bench.query(
        `SELECT code FROM tasks WHERE assignee_org_id = $1 AND status IN ('in_progress', 'awaiting_confirmation')
          AND parent_id IS NULL ORDER BY code LIMIT 50`,
        [official.org.id],
      );
      let i = w;
      while (Date.now() < deadline && rows.length) {
        const code = String(rows[i++ % rows.length].code);
        const { rows: v } = await bench.query('SELECT version, status FROM tasks WHERE code = $1', [code]);
        const version = Number(v[0].version);
        const reporting = v[0].status === 'in_progress';
        const t0 = performance.now();
        const result = reporting
          ? await applyTaskAction(
              official,
              {
                action: 'report',
                code,
                version,
                completedOn: day,
                note: null,
                openPartsNote: 'Bench',
              } as never,
              day,
            )
          : await applyTaskAction(
              coordinator,
              { action: 'return', code, version, reason: 'Bench' } as never,
              day,
            );
        latencies.push(performance.now() - t0);
        if (result.ok) ok++;
        else if (result.reason === 'conflict') conflicts++;
        else failures++;
      }
    }),
  );
  const cpuAfter = await cpuNow(bench);
  const after = await bench.query(counted);
  const eventDelta = Number(after.rows[0].n) - Number(before.rows[0].n);
  const { rows: mismatched } = await bench.query(
    `WITH r AS (SELECT province_id, sum(total) AS n, sum(awaiting) AS awaiting FROM task_rollup
        WHERE day <= $1::date GROUP BY 1 HAVING sum(total) <> 0),
      t AS (SELECT coalesce(o.province_id, 0) AS province_id, count(*) AS n,
          count(*) FILTER (WHERE t.status = 'awaiting_confirmation') AS awaiting
        FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id WHERE t.status <> 'cancelled' GROUP BY 1)
      SELECT count(*)::int AS n FROM ((TABLE r EXCEPT TABLE t) UNION ALL (TABLE t EXCEPT TABLE r)) x`,
    [day],
  );
  return {
    workers: provinces.length,
    seconds,
    ok,
    conflicts,
    failures,
    perSecond: ok / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    eventDelta,
    lostUpdates: ok - eventDelta,
    rollupProvincesOff: Number(mismatched[0].n),
    // what an update costs, the bench's own read of the version included
    ...cpuPer(cpuBefore, cpuAfter, ok + conflicts + failures),
  };
}

/**
 * `workers` officials each update the progress of in-progress tasks of their own unit through
 * applyTaskAction for `seconds`; lost updates = successes that left no event.
 */
export async function concurrentUpdates(bench: BenchDatabase, logins: string[], seconds: number) {
  const viewers = await Promise.all(logins.map((l) => viewerByLogin(bench, l)));
  const before = await bench.query(`SELECT count(*)::int AS n FROM events WHERE action = 'task.progress'`);
  const latencies: number[] = [];
  let ok = 0;
  let conflicts = 0;
  let failures = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    viewers.map(async (viewer, w) => {
      const { rows } = await bench.query(
        `SELECT code FROM tasks WHERE assignee_org_id = $1 AND status = 'in_progress' ORDER BY code LIMIT 50`,
        [viewer.org.id],
      );
      let i = w;
      while (Date.now() < deadline && rows.length) {
        const code = String(rows[i++ % rows.length].code);
        const { rows: v } = await bench.query('SELECT version FROM tasks WHERE code = $1', [code]);
        const t0 = performance.now();
        const result = await applyTaskAction(
          viewer,
          { action: 'progress', code, version: Number(v[0].version), progress: i % 100, note: null } as never,
          today(),
        );
        latencies.push(performance.now() - t0);
        if (result.ok) ok++;
        else if (result.reason === 'conflict') conflicts++;
        else failures++;
      }
    }),
  );
  const after = await bench.query(`SELECT count(*)::int AS n FROM events WHERE action = 'task.progress'`);
  const eventDelta = Number(after.rows[0].n) - Number(before.rows[0].n);
  return {
    workers: logins.length,
    seconds,
    ok,
    conflicts,
    failures,
    perSecond: ok / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    eventDelta,
    lostUpdates: ok - eventDelta,
  };
}
