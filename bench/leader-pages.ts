/**
 * npm run bench:leader -- --base http://localhost:3322 [--login bench.p01.leader] [--province P01]
 *   [--requests 20] [--concurrency 1,4] [--runs 3]
 *
 * The three pages a province leader of the soak (bench/soak.ts, leaderStep) reads: the dashboard as
 * of a day of the last year (a different day each request, as the soak asks), the province's page
 * and the reports. Run it against a server without the figure cache (FIGURE_CACHE_ENTRIES=0): every
 * request is then cold, as the first one after a write is. Prints one JSON line per page and
 * concurrency (p50 / p95 in ms, the median of the runs, with the 1-minute load beside).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { BENCH_PASSWORD } from './generate';
import { login } from './http';
import { median, percentile } from './stats';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://localhost:3322' },
    login: { type: 'string', default: 'bench.p01.leader' },
    province: { type: 'string', default: 'P01' },
    requests: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '1,4' },
    runs: { type: 'string', default: '3' },
  },
});
const base = values.base;
const requests = Number(values.requests);
const runs = Number(values.runs);

/** The day the soak's leader asks for on its `i`-th step: one of the last year. */
const dayBack = (i: number) => new Date(Date.now() - (i % 365) * 86_400_000).toISOString().slice(0, 10);

const PAGES: Record<string, (i: number) => string> = {
  '/dashboard?asOf=': (i) => `/dashboard?asOf=${dayBack(7 + i * 13)}`,
  '/organizations/[code]': () => `/organizations/${values.province}`,
  '/reports': () => '/reports',
};

async function once(cookie: string, path: (i: number) => string, concurrency: number) {
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const i = next++;
        const t0 = performance.now();
        const response = await fetch(base + path(i), { headers: { cookie }, redirect: 'manual' });
        await response.arrayBuffer();
        times.push(performance.now() - t0);
        if (response.status !== 200) errors++;
      }
    }),
  );
  return { p50: percentile(times, 50), p95: percentile(times, 95), errors };
}

const cookie = await login(base, values.login, BENCH_PASSWORD);
for (const [name, path] of Object.entries(PAGES)) {
  // Two unmeasured requests: the server's code for the page is loaded and compiled.
  for (let i = 0; i < 2; i++)
    await (await fetch(base + path(1000 + i), { headers: { cookie } })).arrayBuffer();
  for (const concurrency of values.concurrency.split(',').map(Number)) {
    const results = [];
    for (let r = 0; r < runs; r++) results.push(await once(cookie, path, concurrency));
    console.log(
      JSON.stringify({
        page: name,
        concurrency,
        p50: median(results.map((r) => r.p50)),
        p95: median(results.map((r) => r.p95)),
        p95s: results.map((r) => r.p95),
        errors: results.reduce((n, r) => n + r.errors, 0),
        load: loadavg()[0].toFixed(2),
      }),
    );
  }
}
