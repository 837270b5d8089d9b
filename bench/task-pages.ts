/**
 * npm run bench:task-pages -- --base http://localhost:3240 [--runs 3] [--requests 20] [--concurrency 1,10]
 *   [--walk province=P01] [--walk-only]
 * DATABASE_URL=… npm run bench:task-pages -- --explain [--deep 20000]
 *
 * Issue 20, target 2: the pages people open most, measured from outside on a production server —
 * /tasks filtered and searched (national leader), /my-work (a province coordinator and a commune
 * official), a task page (the official's own task). p50/p95 per concurrency, the median of
 * `--runs` runs by p95. `--walk` follows the list's "next page" links from the first page to the
 * last (`rel="next"`, or `?page=N` on a build without them) and times every page at c=1.
 * Needs DATABASE_URL of the server's database only to pick the official and their task.
 * `--explain` (no server): EXPLAIN ANALYZE of every query of those /tasks lists (first page, and
 * the page after `--deep` rows) and of /my-work for both viewers, in this process, with the plan
 * of each query over 20 ms.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { BENCH_PASSWORD, openBenchDatabase } from './generate';
import { type CookieJar, jarOf, load, login } from './http';
import { explainMyWork, explainTaskPage, pointAppAtBench, viewerByLogin } from './inprocess';
import { median, percentile } from './stats';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    runs: { type: 'string', default: '3' },
    requests: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '1,10' },
    walk: { type: 'string' },
    /** the walk stops after this many pages */
    'max-pages': { type: 'string', default: '5000' },
    explain: { type: 'boolean', default: false },
    deep: { type: 'string', default: '20000' },
    'walk-only': { type: 'boolean', default: false },
    only: { type: 'string' },
    /** N requests of each page at c=2, 5 s apart: the busy spans bench/cpu-profile.ts --segments finds */
    'profile-series': { type: 'string' },
  },
});
if (!values.base && !values.explain) {
  console.error('usage: DATABASE_URL=… npm run bench:task-pages -- --base URL [--walk province=P01]');
  process.exit(1);
}
const base = values.base ?? '';
const runs = Number(values.runs);
const requests = Number(values.requests);
const figures: Record<string, unknown>[] = [];

function report(name: string, value: Record<string, unknown>) {
  const row = { name, load: loadavg()[0].toFixed(2), ...value };
  figures.push(row);
  console.log(JSON.stringify(row));
}

/** A commune official with an open task of their own commune: the soak's official. */
async function officialAndTask(): Promise<{ login: string; task: string }> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  try {
    const { rows } = await pool.query(
      `SELECT u.login, t.code FROM users u JOIN tasks t ON t.assignee_org_id = u.organization_id
       WHERE u.login LIKE 'bench.c%' AND u.role = 'official' AND t.status = 'in_progress'
       ORDER BY u.id, t.code LIMIT 1`,
    );
    return { login: rows[0].login, task: rows[0].code };
  } finally {
    await pool.end();
  }
}

async function measure(name: string, path: string, cookie: CookieJar) {
  const series = Number(values['profile-series'] ?? 0);
  if (series) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const result = await load(base, path, cookie, 2, series, 0);
    report(`${name} profile series`, { path, requests: series, p50: result.p50, errors: result.errors });
    return;
  }
  for (const c of values.concurrency!.split(',').map(Number)) {
    const results = [];
    for (let i = 0; i < runs; i++)
      results.push(await load(base, path, cookie, c, c === 1 ? requests : requests * 2));
    report(`${name} c${c}`, {
      path,
      p95: median(results.map((r) => r.p95)),
      p50: median(results.map((r) => r.p50)),
      p95s: results.map((r) => r.p95),
      errors: results.reduce((n, r) => n + r.errors, 0),
      setCookies: results.reduce((n, r) => n + (r.setCookies ?? 0), 0),
      gzipKb: Math.round(results[0].bytes / 1024),
    });
  }
}

/** Every page of a list, first to last, each timed once (c=1). */
async function walk(query: string, cookie: string) {
  const times: number[] = [];
  let path: string | null = `/tasks?${query}`;
  let pages = 0;
  let slowest = { ms: 0, path: '' };
  const maxPages = Number(values['max-pages']);
  while (path && pages < maxPages) {
    const t0 = performance.now();
    const response = await fetch(base + path, { headers: { cookie }, redirect: 'manual' });
    const html = await response.text();
    const ms = performance.now() - t0;
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    times.push(ms);
    if (ms > slowest.ms) slowest = { ms: Math.round(ms), path };
    pages++;
    const next = /<a[^>]*rel="next"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*rel="next"/.exec(html);
    if (next) path = (next[1] ?? next[2]).replaceAll('&amp;', '&');
    else {
      // a build without rel="next": page numbers, as long as the page says there are more
      const counter = /(?:Trang|Page) (\d+)(?:\/| of )(\d+)/.exec(html.replaceAll('<!-- -->', ''));
      path = counter && Number(counter[1]) < Number(counter[2]) ? `/tasks?${query}&page=${pages + 1}` : null;
    }
  }
  report(`walk /tasks?${query}`, {
    pages,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.round(Math.max(...times)),
    first: Math.round(times[0]),
    last: Math.round(times.at(-1) ?? 0),
    slowest,
  });
}

/** The queries of the measured pages, EXPLAIN ANALYZEd in this process against DATABASE_URL. */
async function explain() {
  const bench = openBenchDatabase();
  pointAppAtBench(bench);
  const deep = Number(values.deep);
  const leader = await viewerByLogin(bench, 'bench.leader');
  const coordinator = await viewerByLogin(bench, 'bench.p01.coordinator');
  const official = await viewerByLogin(bench, (await officialAndTask()).login);
  const print = (rows: Record<string, unknown>[]) => {
    for (const { plan, ...row } of rows) {
      report(String(row.label), row);
      if (plan) console.log(plan);
    }
  };
  for (const search of [{ province: 'P01' }, { q: 'hai phong' }, {}] as Record<string, string>[])
    print(await explainTaskPage(bench, leader, search, deep));
  print(await explainTaskPage(bench, coordinator, {}, deep));
  print(await explainMyWork(bench, official, 'commune official'));
  print(await explainMyWork(bench, coordinator, 'province coordinator'));
  await bench.handle.close();
}

async function main() {
  if (values.explain) return explain();
  const leader = await login(base, 'bench.leader', BENCH_PASSWORD);
  if (values.walk) await walk(values.walk, leader);
  if (!values['walk-only']) {
    const only = values.only?.split(',');
    const want = (name: string) => !only || only.includes(name);
    // each user's cookies kept from page to page, as their browser keeps them
    const leaderJar = jarOf(leader);
    if (want('tasks-province')) await measure('/tasks?province=P01', '/tasks?province=P01', leaderJar);
    if (want('tasks-search')) await measure('/tasks?q=hai phong', '/tasks?q=hai%20phong', leaderJar);
    const official = await officialAndTask();
    const officialCookie = jarOf(await login(base, official.login, BENCH_PASSWORD));
    const coordinator = jarOf(await login(base, 'bench.p01.coordinator', BENCH_PASSWORD));
    if (want('my-work')) {
      await measure('/my-work (commune official)', '/my-work', officialCookie);
      await measure('/my-work (province coordinator)', '/my-work', coordinator);
    }
    if (want('task'))
      await measure('/tasks/[code] (its official)', `/tasks/${official.task}`, officialCookie);
  }
  writeFileSync('bench/last-task-pages.json', `${JSON.stringify(figures, null, 2)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
