/**
 * npm run bench -- [--base http://localhost:3600] [--cold-base http://localhost:3601] [--server-pid PID] [--runs 3] [--quick]
 *   [--import-rows 20000 | --skip-import]
 * npm run bench -- --base … [--cold-base …] --only organization   the /organizations/P31 figures alone
 * npm run bench -- --base … [--cold-base …] --only dashboard [--concurrency 1,10]   the national /dashboard alone
 * npm run bench -- --only dashboard-sql [--login L]   every dashboard query EXPLAIN ANALYZEd (today, a year back)
 * npm run bench -- --only updates [--seconds 30] [--workers 20] [--pool 10]   progress and status updates at once
 * npm run bench -- --base … --server-pid PID --export audit|tasks-xlsx|tasks-csv
 * npm run bench -- --base … --server-pid PID --only csv-copy [--runs 5]   the CSV exports PostgreSQL
 *   writes (COPY) against COPY of the same query, in one run (issue 20, targets 4 and 5)
 *   one export alone with the server's peak RSS: run it on a freshly started server.
 * HTTP figures need a running production server (--base); the in-process figures (EXPLAIN,
 * concurrent updates, COPY, the task import) run on DATABASE_URL or PGLITE_DIR. Prints one JSON
 * line per figure and writes them all to bench/last-run.json. The import runs last: it adds
 * `--import-rows` tasks to the database, which no later figure should see.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { taskExportQuery } from '@/db/queries/report-rows';
import { addDays, today } from '@/lib/clock';
import { parseListParams } from '@/lib/validations/filters';
import { copyOut, csvByCopy } from './csv-copy';
import { BENCH_PASSWORD, type BenchDatabase, openBenchDatabase } from './generate';
import { download, javascriptOf, load, login, rssMb } from './http';
import { importTasks } from './import';
import {
  concurrentUpdates,
  explainDashboard,
  explainTaskList,
  pointAppAtBench,
  statusUpdates,
  viewerByLogin,
} from './inprocess';
import { median } from './stats';

const figures: Record<string, unknown>[] = [];
/** Hải Phòng: a province of the demo data, with its communes' generated tasks. */
const ORGANIZATION = 'P31';
const ORGANIZATION_PAGE = `/organizations/${ORGANIZATION}`;
/** Rows per second of the all-tasks CSV export over HTTP, compared with COPY below. */
let csvRowsPerSecond: number | undefined;
function report(name: string, value: Record<string, unknown>) {
  const row = { name, load: loadavg()[0].toFixed(2), ...value };
  figures.push(row);
  console.log(JSON.stringify(row));
}

/** Median of `runs` runs of a load test, by p95. */
async function medianLoad(runs: number, once: () => Promise<{ p95: number; p50: number; errors: number }>) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once());
  return {
    p95: median(results.map((r) => r.p95)),
    p50: median(results.map((r) => r.p50)),
    p95s: results.map((r) => r.p95),
    errors: results.reduce((n, r) => n + r.errors, 0),
  };
}

/** Samples the server's RSS while `run` goes on; returns the peak. */
async function peakRss<T>(
  pid: number | undefined,
  run: () => Promise<T>,
): Promise<{ result: T; peakMb: number }> {
  let peak = pid ? rssMb(pid) : Number.NaN;
  const timer = pid ? setInterval(() => (peak = Math.max(peak, rssMb(pid))), 100) : undefined;
  try {
    return { result: await run(), peakMb: peak };
  } finally {
    clearInterval(timer);
  }
}

/**
 * A province's page (issue 19: p95 ≤ 300 ms cold): its headline, rank among the provinces, trend,
 * units, recommendations and sessions — warm, then cold on the server without the figure cache.
 */
async function organizationPage(base: string, runs: number, n: number, coldBase?: string) {
  const cookie = await login(base, 'bench.leader', BENCH_PASSWORD);
  report(
    `organization ${ORGANIZATION} c1`,
    await medianLoad(runs, () => load(base, ORGANIZATION_PAGE, cookie, 1, n)),
  );
  if (coldBase) {
    const coldCookie = await login(coldBase, 'bench.leader', BENCH_PASSWORD);
    report(
      `organization ${ORGANIZATION} cold c1`,
      await medianLoad(runs, () => load(coldBase, ORGANIZATION_PAGE, coldCookie, 1, n)),
    );
  }
}

async function http(base: string, runs: number, n: number, pid: number | undefined, coldBase?: string) {
  const cookie = await login(base, 'bench.leader', BENCH_PASSWORD);
  report('dashboard c1', await medianLoad(runs, () => load(base, '/dashboard', cookie, 1, n)));
  report('dashboard c10', await medianLoad(runs, () => load(base, '/dashboard', cookie, 10, n * 2)));
  if (coldBase) {
    // The same pages from a server without the figure cache (FIGURE_CACHE_ENTRIES=0): what the
    // first view after every write costs.
    const coldCookie = await login(coldBase, 'bench.leader', BENCH_PASSWORD);
    report('dashboard cold c1', await medianLoad(runs, () => load(coldBase, '/dashboard', coldCookie, 1, n)));
    report(
      'dashboard cold c10',
      await medianLoad(runs, () => load(coldBase, '/dashboard', coldCookie, 10, n * 2)),
    );
  }
  await organizationPage(base, runs, n, coldBase);
  report('tasks province=P01', await medianLoad(runs, () => load(base, '/tasks?province=P01', cookie, 1, n)));
  report('tasks q=hai phong', await medianLoad(runs, () => load(base, '/tasks?q=hai%20phong', cookie, 1, n)));
  for (const format of ['csv', 'xlsx']) {
    const { result, peakMb } = await peakRss(pid, () =>
      download(base, `/api/export/task-results?format=${format}`, cookie),
    );
    report(`export task-results ${format}`, { ...result, peakRssMb: peakMb });
  }
  // Figures 4 and 5: every task (the national leader sees all of them), CSV and XLSX, streamed.
  for (const format of ['csv', 'xlsx']) {
    const { result, peakMb } = await peakRss(pid, () =>
      download(base, `/api/export/tasks?format=${format}`, cookie),
    );
    const rowsPerSecond = format === 'csv' ? Math.round(result.lines / (result.ms / 1000)) : undefined;
    if (rowsPerSecond) csvRowsPerSecond = rowsPerSecond;
    report(`export tasks ${format}`, { ...result, rowsPerSecond, peakRssMb: peakMb });
  }
  for (const path of ['/dashboard', '/tasks'])
    report(`javascript ${path}`, await javascriptOf(base, path, cookie));
}

/**
 * One export alone, with the server's RSS before it and at its peak (figures 4 and 5 on a fresh
 * server). The audit log as the national coordinator: the administrator must first enrol in
 * two-factor sign-in, which the benchmark user has not.
 */
async function freshExport(base: string, which: string, pid: number | undefined) {
  const paths: Record<string, [string, string]> = {
    audit: ['bench.coordinator', '/api/export/audit'],
    'tasks-xlsx': ['bench.leader', '/api/export/tasks?format=xlsx'],
    'tasks-csv': ['bench.leader', '/api/export/tasks?format=csv'],
  };
  const [user, path] = paths[which] ?? [];
  if (!path) throw new Error(`--export: one of ${Object.keys(paths).join(', ')}`);
  const cookie = await login(base, user, BENCH_PASSWORD);
  const beforeMb = pid ? rssMb(pid) : undefined;
  const { result, peakMb } = await peakRss(pid, () => download(base, path, cookie));
  report(`export ${which} (fresh server)`, {
    ...result,
    rowsPerSecond: Math.round(result.lines / (result.ms / 1000)),
    rssBeforeMb: beforeMb,
    peakRssMb: peakMb,
  });
  writeFileSync('bench/last-run.json', `${JSON.stringify(figures, null, 2)}\n`);
}

async function inProcess(bench: BenchDatabase, quick: boolean, explainOnly: boolean, importRows: number) {
  pointAppAtBench(bench);
  const leader = await viewerByLogin(bench, 'bench.leader');
  const today = new Date().toISOString().slice(0, 10);
  const yearBack = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  for (const asOf of [today, yearBack]) {
    for (const r of await explainDashboard(bench, leader, asOf)) report(`explain ${r.label}`, r);
  }
  const past = [
    { asOf: yearBack, class: 'overdue' },
    { asOf: yearBack, province: 'P01' },
  ];
  for (const search of [{ province: 'P01' }, { q: 'hai phong' }, ...past] as Record<string, string>[]) {
    const { results, usesTrigram } = await explainTaskList(bench, leader, search);
    for (const r of results) report(`explain ${r.label}`, r);
    if (search.q) report('search uses tasks_search_idx', { usesTrigram });
  }
  if (explainOnly) return;
  const { rows } = await bench.query(
    `SELECT login FROM users WHERE login LIKE 'bench.p%.official' ORDER BY login`,
  );
  const logins = rows.map((r) => String(r.login)).slice(0, quick ? 4 : 20);
  report('concurrent progress updates', await concurrentUpdates(bench, logins, quick ? 3 : 30));

  if (bench.driver === 'postgres') {
    // The baseline an export of every task is compared with: COPY of the export's own query
    // (db/queries/report-rows.ts, taskExportQuery) to stdout, in this process.
    const copy = await copyOut(bench, taskExportQuery(leader, parseListParams({}).data!, today), 'csv');
    const copyRowsPerSecond = copy.rowsPerSecond;
    report('COPY all tasks to stdout (csv)', copy);
    if (csvRowsPerSecond)
      report('csv export rows/s as a share of COPY', {
        percent: Math.round((100 * csvRowsPerSecond) / copyRowsPerSecond),
      });
  }
  // Figure 8: a spreadsheet of new tasks, dry run then commit, by the national coordinator;
  // then the same tasks again with later due dates (every row an update).
  if (importRows > 0) {
    const { create, extend } = await importTasks(bench, importRows, { extend: true });
    report(`task import ${importRows} new rows (${bench.driver})`, create);
    if (extend) report(`task import ${importRows} due-date changes (${bench.driver})`, extend);
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      base: { type: 'string', default: process.env.BENCH_URL },
      /** a second server of the same build with FIGURE_CACHE_ENTRIES=0 */
      'cold-base': { type: 'string' },
      'server-pid': { type: 'string' },
      runs: { type: 'string', default: '3' },
      quick: { type: 'boolean', default: false },
      requests: { type: 'string', default: '20' },
      'skip-inprocess': { type: 'boolean', default: false },
      'explain-only': { type: 'boolean', default: false },
      'import-rows': { type: 'string', default: '20000' },
      'skip-import': { type: 'boolean', default: false },
      export: { type: 'string' },
      /** `organization`: only the organization page's figures (warm and, with --cold-base, cold) */
      only: { type: 'string' },
      /** --only updates: how long each run lasts, and how many provinces write at once */
      seconds: { type: 'string', default: '30' },
      /** --only dashboard: the concurrencies, e.g. 1,10 (requests per run: --requests × c) */
      concurrency: { type: 'string', default: '1' },
      workers: { type: 'string', default: '20' },
      /** --only updates: the pool's connections (the application's default, DATABASE_POOL_SIZE or 10) */
      pool: { type: 'string', default: process.env.DATABASE_POOL_SIZE || '10' },
      /** --only dashboard-sql: whose dashboard (a province leader's reads its reach, not the country) */
      login: { type: 'string', default: 'bench.leader' },
    },
  });
  const runs = Number(values.runs);
  const pid = values['server-pid'] ? Number(values['server-pid']) : undefined;
  if (values.base && values.only === 'organization') {
    await organizationPage(
      values.base,
      runs,
      values.quick ? 3 : Number(values.requests),
      values['cold-base'],
    );
    writeFileSync('bench/last-run.json', `${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  if (values.only === 'dashboard' && values.base) {
    const n = values.quick ? 3 : Number(values.requests);
    const concurrency = values.concurrency.split(',').map(Number);
    const cookie = await login(values.base, 'bench.leader', BENCH_PASSWORD);
    for (const c of concurrency) {
      report(
        `dashboard c${c}`,
        await medianLoad(runs, () => load(values.base!, '/dashboard', cookie, c, n * c)),
      );
    }
    const coldBase = values['cold-base'];
    if (coldBase) {
      const coldCookie = await login(coldBase, 'bench.leader', BENCH_PASSWORD);
      for (const c of concurrency) {
        report(
          `dashboard cold c${c}`,
          await medianLoad(runs, () => load(coldBase, '/dashboard', coldCookie, c, n * c)),
        );
      }
    }
    writeFileSync('bench/last-run.json', `${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  if (values.only === 'csv-copy' && values.base) {
    const bench = openBenchDatabase();
    try {
      pointAppAtBench(bench);
      const cookies = {
        leader: await login(values.base, 'bench.leader', BENCH_PASSWORD),
        coordinator: await login(values.base, 'bench.coordinator', BENCH_PASSWORD),
      };
      await csvByCopy(bench, values.base, cookies, pid, runs, report);
    } finally {
      await bench.handle.close();
    }
    writeFileSync('bench/last-run.json', `${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  if (values.only === 'dashboard-sql') {
    const bench = openBenchDatabase();
    try {
      pointAppAtBench(bench);
      const leader = await viewerByLogin(bench, values.login);
      for (const asOf of [today(), addDays(today(), -365)])
        for (const r of await explainDashboard(bench, leader, asOf)) report(`explain ${r.label}`, r);
    } finally {
      await bench.handle.close();
    }
    writeFileSync('bench/last-run.json', `${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  if (values.only === 'updates') {
    // The writes go through a pool as large as the application's (db/index.ts openPool), so that
    // the figure is what one server does, not what 4 connections allow.
    const bench = openBenchDatabase(Number(values.pool));
    try {
      pointAppAtBench(bench);
      const seconds = Number(values.seconds);
      const workers = Number(values.workers);
      const { rows } = await bench.query(
        `SELECT login FROM users WHERE login LIKE 'bench.p%.official' ORDER BY login`,
      );
      const logins = rows.map((r) => String(r.login)).slice(0, workers);
      report('concurrent progress updates', await concurrentUpdates(bench, logins, seconds));
      const provinces = logins.map((login) => login.split('.')[1]);
      report('concurrent status updates', await statusUpdates(bench, provinces, seconds));
    } finally {
      await bench.handle.close();
    }
    writeFileSync('bench/last-run.json', `${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  if (values.base && values.export) {
    await freshExport(values.base, values.export, pid);
    return;
  }
  if (values.base)
    await http(values.base, runs, values.quick ? 3 : Number(values.requests), pid, values['cold-base']);
  if (!values['skip-inprocess']) {
    const bench = openBenchDatabase();
    try {
      const importRows = values['skip-import'] ? 0 : Number(values['import-rows']);
      await inProcess(bench, values.quick, values['explain-only'], importRows);
    } finally {
      await bench.handle.close();
    }
  }
  writeFileSync('bench/last-run.json', `${JSON.stringify(figures, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
