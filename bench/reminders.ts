/**
 * npm run bench:reminders [-- --base http://localhost:3500 [--cold-base …] [--concurrency 1,10]]
 * (after `npm run bench:data -- --tasks 100000`, DATABASE_URL set)
 * The daily reminder run on the benchmark data: 5,000 open tasks are made due tomorrow (lib/clock's
 * today + 1), the day's run is forgotten, then runDailyReminders(today) is timed — the due-soon
 * reminders and every weekly overdue reminder the data calls for, in one transaction.
 * With `--base` (a production server on the same database), the national leader's /dashboard is
 * timed as bench/run.ts times it: before the run (`load`), then throughout the run (`loadWhile`),
 * at each concurrency; `--cold-base` adds a server without the figure cache (FIGURE_CACHE_ENTRIES=0).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { setDatabase } from '@/db/index';
import { runDailyReminders } from '@/db/queries/reminders';
import { today } from '@/lib/clock';
import { BENCH_PASSWORD, type BenchDatabase, openBenchDatabase } from './generate';
import { type LoadResult, load, loadWhile, login } from './http';

const DUE_TOMORROW = 5000;
/** The dashboard's p95 target (bench/RESULTS.md, figure 1). */
const DASHBOARD_P95_MS = 300;

type Server = { label: string; base: string; cookie: string };

const load1 = () => Number(loadavg()[0].toFixed(1));

async function servers(): Promise<{ list: Server[]; concurrencies: number[] }> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      'cold-base': { type: 'string' },
      concurrency: { type: 'string', default: '1,10' },
    },
  });
  const named = [
    ['warm', values.base],
    ['cold', values['cold-base']],
  ].filter((pair): pair is [string, string] => !!pair[1]);
  const list = await Promise.all(
    named.map(async ([label, base]) => ({
      label,
      base,
      cookie: await login(base, 'bench.leader', BENCH_PASSWORD),
    })),
  );
  return { list, concurrencies: values.concurrency.split(',').map(Number) };
}

const summary = (r: LoadResult) => ({
  requests: r.requests,
  p50: r.p50,
  p95: r.p95,
  errors: r.errors,
  withinTarget: r.p95 <= DASHBOARD_P95_MS,
});

/**
 * One timed day's run, from a clean slate (today's reminders forgotten), with one server's
 * dashboard timed throughout at one concurrency (`timed`), if any.
 */
async function timedRun(bench: BenchDatabase, day: string, timed?: { server: Server; concurrency: number }) {
  await bench.query('DELETE FROM notifications WHERE day = $1::date', [day]);
  await bench.query('DELETE FROM reminder_runs WHERE day = $1::date', [day]);
  const before = timed
    ? summary(
        await load(
          timed.server.base,
          '/dashboard',
          timed.server.cookie,
          timed.concurrency,
          timed.concurrency * 10,
        ),
      )
    : undefined;
  const loadBefore = load1();
  let loadPeak = loadBefore;
  const sampler = setInterval(() => (loadPeak = Math.max(loadPeak, load1())), 1000);
  const started = performance.now();
  const running = runDailyReminders(day);
  const during = timed
    ? summary(
        await loadWhile(timed.server.base, '/dashboard', timed.server.cookie, timed.concurrency, running),
      )
    : undefined;
  const result = await running;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return {
    ...(timed ? { dashboard: `${timed.server.label} c${timed.concurrency}` } : {}),
    run: { ...result, seconds: Number(seconds.toFixed(2)), withinTarget: seconds <= 60 },
    ...(timed ? { dashboardBefore: before, dashboardDuringRun: during } : {}),
    loadAverage1m: { before: loadBefore, peakDuringRun: loadPeak },
  };
}

async function main() {
  const dashboards = await servers();
  const bench = openBenchDatabase();
  setDatabase(bench.handle);
  const day = today();
  const count = async (sql: string, params: unknown[] = []) =>
    Number((await bench.query(sql, params)).rows[0].n);
  await bench.query(
    `UPDATE tasks SET due_on = $1::date + 1 WHERE id IN (
       SELECT id FROM tasks WHERE status IN ('not_started', 'in_progress') ORDER BY id LIMIT ${DUE_TOMORROW})`,
    [day],
  );
  const facts = {
    tasks: await count('SELECT count(*) AS n FROM tasks'),
    dueTomorrow: await count(
      `SELECT count(*) AS n FROM tasks WHERE due_on = $1::date + 1 AND status IN ('not_started', 'in_progress')`,
      [day],
    ),
    overdue: await count(
      `SELECT count(*) AS n FROM tasks WHERE due_on < $1::date AND status IN ('not_started', 'in_progress')`,
      [day],
    ),
  };
  // each server and concurrency gets a run of its own, as bench/run.ts measures them one at a time
  const plan = dashboards.list.flatMap((server) =>
    dashboards.concurrencies.map((concurrency) => ({ server, concurrency })),
  );
  const runs = [];
  for (const timed of plan.length ? plan : [undefined]) runs.push(await timedRun(bench, day, timed));
  const again = performance.now();
  const second = await runDailyReminders(day);
  const kinds = (
    await bench.query('SELECT kind, count(*) AS n FROM notifications WHERE day = $1::date GROUP BY kind', [
      day,
    ])
  ).rows;
  console.warn(
    JSON.stringify(
      {
        driver: bench.driver,
        day,
        ...facts,
        dashboardTargetP95Ms: DASHBOARD_P95_MS,
        runs,
        secondRun: { ...second, ms: Math.round(performance.now() - again) },
        kinds,
      },
      null,
      2,
    ),
  );
  await bench.handle.close();
}

await main();
