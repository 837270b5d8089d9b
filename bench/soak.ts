/**
 * npm run bench:soak -- --bases http://127.0.0.1:3701,http://127.0.0.1:3702 --pids P1,P2
 *   [--users 200] [--minutes 10] [--warmup 1] [--think 2-5]
 * The soak run (issue 18): simulated users — officials updating their tasks, leaders reading
 * dashboards and unit pages, coordinators listing and exporting — signed in through the login
 * action and spread over the instances, each pausing `think` seconds (a range, uniformly drawn;
 * default 2–5) between steps, for `minutes` after
 * `warmup` unmeasured ones. Reports every page's p50/p95, the error count and each server's
 * memory (median of the first and of the last measured minute). Needs a bench database
 * (`npm run bench:data`) on DATABASE_URL (read directly for the tasks' versions), production
 * servers started with TRUST_PROXY_HOPS=1 (each user gets an address of its own), and a build in
 * .next (the server actions' ids). See bench/RESULTS.md "Soak".
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { APIRequestContext } from '@playwright/test';
import { Pool } from 'pg';
import { callAction, signedIn } from '../e2e/security/action-client';
import { BENCH_PASSWORD } from './generate';
import { rssMb } from './http';
import { median, percentile } from './stats';

const { values } = parseArgs({
  options: {
    bases: { type: 'string' },
    pids: { type: 'string', default: '' },
    users: { type: 'string', default: '200' },
    minutes: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    think: { type: 'string', default: '2-5' },
  },
});
if (!values.bases || !process.env.DATABASE_URL) {
  console.error('usage: DATABASE_URL=… npm run bench:soak -- --bases URL1,URL2 --pids PID1,PID2');
  process.exit(1);
}
const bases = values.bases.split(',');
const pids = values.pids ? values.pids.split(',').map(Number) : [];
const userCount = Number(values.users);
const warmupMs = Number(values.warmup) * 60_000;
const measureMs = Number(values.minutes) * 60_000;
const [thinkMin, thinkMax] = values.think.split('-').map((s) => Number(s) * 1000);
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });

type Kind = 'official' | 'leader' | 'coordinator';
type Sim = { kind: Kind; login: string; task?: string; province?: string; base: string; ip: string };

/** 70 % officials (each with an open task of their commune), 20 % leaders, 10 % coordinators. */
async function simulatedUsers(): Promise<Sim[]> {
  const officials = (
    await pool.query(
      `SELECT DISTINCT ON (u.id) u.login, t.code FROM users u JOIN tasks t ON t.assignee_org_id = u.organization_id
       WHERE u.login LIKE 'bench.c%' AND u.role = 'official' AND t.status = 'in_progress'
       ORDER BY u.id, t.code LIMIT $1`,
      [Math.round(userCount * 0.7)],
    )
  ).rows;
  const provinces = (
    await pool.query(`SELECT code FROM organizations WHERE kind = 'province' ORDER BY code`)
  ).rows.map((r) => String(r.code));
  const sims: Omit<Sim, 'base' | 'ip'>[] = officials.map((r) => ({
    kind: 'official',
    login: r.login,
    task: r.code,
  }));
  for (let i = 0; sims.length < userCount; i++) {
    const province = provinces[i % provinces.length];
    const kind: Kind = i % 3 === 2 ? 'coordinator' : 'leader';
    sims.push({ kind, login: `bench.${province.toLowerCase()}.${kind}`, province });
  }
  return sims.map((s, i) => ({ ...s, base: bases[i % bases.length], ip: `10.77.${i >> 8}.${i & 255}` }));
}

const times = new Map<string, number[]>();
let errors = 0;
let conflicts = 0;
let measuring = false;
const errorSamples: string[] = [];

async function timed(page: string, run: () => Promise<{ ok: boolean; what: string }>) {
  const t0 = performance.now();
  let outcome: { ok: boolean; what: string };
  try {
    outcome = await run();
  } catch (error) {
    outcome = { ok: false, what: (error as Error).message };
  }
  if (!measuring) return;
  const list = times.get(page) ?? [];
  list.push(performance.now() - t0);
  times.set(page, list);
  if (!outcome.ok) {
    errors++;
    if (errorSamples.length < 10) errorSamples.push(`${page}: ${outcome.what}`);
  }
}

const get = (api: APIRequestContext, url: string) => async () => {
  const response = await api.get(url, { maxRedirects: 0 });
  await response.body();
  return { ok: response.status() === 200, what: `${url} ${response.status()}` };
};

const pause = () =>
  new Promise((resolve) => setTimeout(resolve, thinkMin + Math.random() * (thinkMax - thinkMin)));

async function officialStep(api: APIRequestContext, sim: Sim, i: number) {
  await timed('/my-work', get(api, '/my-work'));
  await pause();
  await timed('/tasks/[code]', get(api, `/tasks/${sim.task}`));
  await pause();
  const { rows } = await pool.query('SELECT version FROM tasks WHERE code = $1', [sim.task]);
  await timed('progress update', async () => {
    const outcome = await callAction(
      api,
      sim.base,
      `/tasks/${sim.task}`,
      'app/(app)/tasks/actions.ts#taskAction',
      {
        action: 'progress',
        code: sim.task as string,
        version: String(rows[0].version),
        progress: String(10 + (i % 80)),
        note: `soak ${i}`,
      },
    );
    if (outcome.state?.status === 'error' && /conflict|changed/i.test(String(outcome.state.message)))
      conflicts++;
    const ok = outcome.status === 200 && outcome.state?.status !== 'error';
    return {
      ok: ok || /conflict|changed/i.test(String(outcome.state?.message)),
      what: JSON.stringify(outcome.state),
    };
  });
}

async function leaderStep(api: APIRequestContext, sim: Sim, i: number) {
  // a dashboard as of a day of the last year: a figure the cache may not hold yet
  const asOf = new Date(Date.now() - (i % 365) * 86_400_000).toISOString().slice(0, 10);
  await timed('/dashboard', get(api, `/dashboard?asOf=${asOf}`));
  await pause();
  await timed('/organizations/[code]', get(api, `/organizations/${sim.province}`));
  await pause();
  await timed('/reports', get(api, '/reports'));
}

async function coordinatorStep(api: APIRequestContext, sim: Sim, i: number) {
  await timed('/tasks', get(api, `/tasks?class=overdue&page=${1 + (i % 3)}`));
  await pause();
  if (i % 5 === 0) await timed('export CSV', get(api, `/api/export/tasks?format=csv&org=${sim.province}`));
  else await timed('/recommendations', get(api, '/recommendations'));
}

async function main() {
  const sims = await simulatedUsers();
  const apis: APIRequestContext[] = [];
  for (let i = 0; i < sims.length; i += 10) {
    apis.push(
      ...(await Promise.all(
        sims.slice(i, i + 10).map((s) => signedIn(s.base, s.login, BENCH_PASSWORD, s.ip)),
      )),
    );
  }
  console.log(
    JSON.stringify({ signedIn: apis.length, officials: sims.filter((s) => s.kind === 'official').length }),
  );
  const started = Date.now();
  const end = started + warmupMs + measureMs;
  const memory = pids.map(() => [] as { at: number; mb: number }[]);
  const sampler = setInterval(() => {
    const at = Date.now() - started - warmupMs;
    if (at >= 0) for (const [i, pid] of pids.entries()) memory[i].push({ at, mb: rssMb(pid) });
    measuring = Date.now() >= started + warmupMs;
  }, 5000);
  await Promise.all(
    sims.map(async (sim, n) => {
      // arrivals spread over one longest pause, as in a steady state (not 200 first steps at once)
      await new Promise((resolve) => setTimeout(resolve, (n / sims.length) * Math.max(5000, thinkMax)));
      for (let i = 0; Date.now() < end; i++) {
        const step =
          sim.kind === 'official' ? officialStep : sim.kind === 'leader' ? leaderStep : coordinatorStep;
        await step(apis[n], sim, i);
        await pause();
      }
    }),
  );
  clearInterval(sampler);
  const pages = Object.fromEntries(
    [...times].map(([page, list]) => [
      page,
      { n: list.length, p50: Math.round(percentile(list, 50)), p95: Math.round(percentile(list, 95)) },
    ]),
  );
  const servers = memory.map((samples, i) => {
    const first = median(samples.filter((s) => s.at < 60_000).map((s) => s.mb));
    const last = median(samples.filter((s) => s.at >= measureMs - 60_000).map((s) => s.mb));
    // the median of each measured minute: a leak climbs to the end, a heap that settles flattens
    const perMinuteMb = Array.from({ length: Math.ceil(measureMs / 60_000) }, (_, m) =>
      median(samples.filter((s) => s.at >= m * 60_000 && s.at < (m + 1) * 60_000).map((s) => s.mb)),
    );
    return {
      pid: pids[i],
      firstMinuteMb: first,
      lastMinuteMb: last,
      growth: Number((last / first - 1).toFixed(3)),
      perMinuteMb,
    };
  });
  const requests = [...times.values()].reduce((n, l) => n + l.length, 0);
  const result = {
    users: sims.length,
    thinkSeconds: values.think,
    minutes: measureMs / 60_000,
    requests,
    errors,
    errorRate: requests ? errors / requests : 0,
    conflicts,
    load: loadavg()[0].toFixed(2),
    pages,
    servers,
    errorSamples,
  };
  console.log(JSON.stringify(result, null, 2));
  writeFileSync('bench/last-soak.json', `${JSON.stringify(result, null, 2)}\n`);
  await Promise.all(apis.map((a) => a.dispose()));
  await pool.end();
}

await main();
