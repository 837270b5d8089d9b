/**
 * npm run bench:api -- --base http://localhost:3600 [--login bench.coordinator] [--limit 1000]
 *   [--requests 200] [--runs 3] [--concurrency 1,10] [--explain]
 *
 * The REST API's list (issue 21: p95 ≤ 150 ms for 1,000 tasks at 100,000 tasks): GET
 * /api/v1/tasks?limit=1000 with a read-only token of the national coordinator, following each
 * answer's `next` cursor to the end of the list and starting again, by 1 and by 10 parallel
 * loops; p50/p95 of every page (the first and the deep ones alike), median of `runs` runs.
 *
 * Needs a production server (`next start`) on a bench database in PostgreSQL
 * (`npm run bench:data -- --tasks 100000` with DATABASE_URL), and the same DATABASE_URL here:
 * the token is written straight into api_tokens (its SHA-256 only) and revoked at the end. Start
 * the server with API_RATE_PER_MINUTE=999999, or the per-token rate limit (600 a minute by
 * default) answers 429 within seconds — counted here as errors, and named in the output.
 * Prints one JSON line per figure and writes them to bench/last-api-run.json.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { makeToken } from '@/lib/api/token-secret';
import { openBenchDatabase } from './generate';
import { explainApiTaskList, pointAppAtBench, viewerByLogin } from './inprocess';
import { median, percentile } from './stats';

const TARGET_P95_MS = 150;

type PageResult = {
  p50: number;
  p95: number;
  pages: number;
  errors: number;
  limited: number;
  rows: number;
  statuses: Record<string, number>;
};

/** `requests` page fetches by `concurrency` loops, each walking the list by its cursor. */
async function walk(base: string, first: string, token: string, concurrency: number, requests: number) {
  const times: number[] = [];
  let errors = 0;
  let limited = 0;
  let rows = 0;
  let left = requests;
  const statuses: Record<string, number> = {};
  const headers = { Authorization: `Bearer ${token}`, 'Accept-Language': 'vi' };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      let path: string | null = first;
      while (left-- > 0) {
        const started = performance.now();
        const response: Response = await fetch(base + (path ?? first), { headers });
        const text = await response.text();
        times.push(performance.now() - started);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        if (response.status !== 200) {
          if (response.status === 429) limited++;
          errors++;
          path = first;
          continue;
        }
        const body = JSON.parse(text) as { data: unknown[]; next: string | null };
        rows += body.data.length;
        path = body.next ?? first;
      }
    }),
  );
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    pages: times.length,
    errors,
    limited,
    rows,
    statuses,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      base: { type: 'string', default: 'http://localhost:3600' },
      login: { type: 'string', default: 'bench.coordinator' },
      limit: { type: 'string', default: '1000' },
      requests: { type: 'string', default: '200' },
      runs: { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '1,10' },
      /** also EXPLAIN ANALYZE the list's query in this process (first page, and one after 50,000 rows) */
      explain: { type: 'boolean', default: false },
    },
  });
  if (!process.env.DATABASE_URL)
    throw new Error(
      'bench:api needs DATABASE_URL (the bench database the server runs on): it writes its token there.',
    );
  const bench = openBenchDatabase();
  const { rows: users } = await bench.query('SELECT id FROM users WHERE login = $1 AND active', [
    values.login,
  ]);
  if (!users.length) throw new Error(`No active account ${values.login}: run npm run bench:data first.`);
  const { rows: counted } = await bench.query(`SELECT count(*)::int AS n FROM tasks`);
  const { token, hash, prefix } = makeToken();
  const { rows: made } = await bench.query(
    `INSERT INTO api_tokens (user_id, name, token_hash, prefix, scope, expires_at)
     VALUES ($1, $2, $3, $4, 'read', now() + interval '1 day') RETURNING id`,
    [users[0].id, `bench:api ${new Date().toISOString()}`, hash, prefix],
  );
  const figures: Record<string, unknown>[] = [];
  if (values.explain) {
    pointAppAtBench(bench);
    const viewer = await viewerByLogin(bench, values.login);
    for (const result of await explainApiTaskList(bench, viewer, Number(values.limit), 50_000)) {
      figures.push({ name: 'explain', ...result });
      console.log(JSON.stringify({ name: 'explain', ...result }));
    }
  }
  const first = `/api/v1/tasks?limit=${Number(values.limit)}`;
  try {
    // one unmeasured walk of the first pages: the server's code and the database's pages are warm
    await walk(values.base, first, token, 1, 5);
    for (const concurrency of values.concurrency.split(',').map(Number)) {
      const runs: PageResult[] = [];
      for (let i = 0; i < Number(values.runs); i++)
        runs.push(await walk(values.base, first, token, concurrency, Number(values.requests)));
      const p95 = median(runs.map((r) => r.p95));
      const row = {
        name: `api tasks limit=${values.limit} c${concurrency}`,
        tasks: Number(counted[0].n),
        load: loadavg()[0].toFixed(2),
        p50: median(runs.map((r) => r.p50)),
        p95,
        p95s: runs.map((r) => r.p95),
        pages: runs.reduce((n, r) => n + r.pages, 0),
        rowsPerPage: Math.round(
          runs.reduce((n, r) => n + r.rows, 0) /
            Math.max(
              1,
              runs.reduce((n, r) => n + r.pages - r.errors, 0),
            ),
        ),
        errors: runs.reduce((n, r) => n + r.errors, 0),
        rateLimited: runs.reduce((n, r) => n + r.limited, 0),
        statuses: runs.map((r) => r.statuses),
        target: `p95 ≤ ${TARGET_P95_MS} ms`,
        met: p95 <= TARGET_P95_MS,
      };
      figures.push(row);
      console.log(JSON.stringify(row));
      if (row.rateLimited)
        console.error('429s: start the server with API_RATE_PER_MINUTE=999999 for this benchmark.');
    }
  } finally {
    await bench.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1', [made[0].id]);
    await bench.handle.close();
  }
  writeFileSync('bench/last-api-run.json', `${JSON.stringify(figures, null, 2)}\n`);
  if (figures.some((f) => Number(f.errors) > 0)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
