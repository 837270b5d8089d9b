import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/tests/free-port';
import { parsePrometheusText } from '@/tests/observe/prometheus-text';

const { workerCount } = require('./cluster.cjs') as { workerCount: (env: Record<string, string>) => number };

describe('WEB_CONCURRENCY', () => {
  it('is one server by default, any whole number up to 64 on PostgreSQL', () => {
    expect(workerCount({})).toBe(1);
    expect(workerCount({ WEB_CONCURRENCY: ' ' })).toBe(1);
    expect(workerCount({ WEB_CONCURRENCY: '1' })).toBe(1);
    expect(workerCount({ WEB_CONCURRENCY: '2', DATABASE_URL: 'postgres://db/x' })).toBe(2);
    expect(workerCount({ WEB_CONCURRENCY: '64', DATABASE_URL: 'postgres://db/x' })).toBe(64);
  });

  it('refuses what is not a count, and more than one process on the embedded database', () => {
    for (const value of ['0', '-1', '1.5', 'two', '65'])
      expect(() => workerCount({ WEB_CONCURRENCY: value, DATABASE_URL: 'postgres://db/x' })).toThrow(
        /WEB_CONCURRENCY must be a whole number from 1 to 64/,
      );
    expect(() => workerCount({ WEB_CONCURRENCY: '2' })).toThrow(/needs PostgreSQL/);
  });
});

/**
 * The primary of scripts/cluster.cjs over real processes: its workers (tests/cluster/worker.ts: the
 * metrics preload and lib/metrics.ts's metricsText, behind a plain HTTP server) share one port.
 */
describe('the cluster primary', () => {
  let primary: ChildProcess;
  let base = '';
  /** GET on a connection of its own (a kept-alive one would stay with one worker). */
  const get = (path = '/') =>
    new Promise<string>((resolve, reject) => {
      http
        .get(`${base}${path}`, { agent: false }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => {
            body += chunk;
          });
          response.on('end', () => resolve(body));
        })
        .on('error', reject);
    });
  const pidOf = async () => Number(await get());
  /** The pids that answer, once two different ones have (up to 30 s: a worker starts in seconds). */
  const twoWorkers = async () => {
    const seen = new Set<number>();
    for (const start = Date.now(); seen.size < 2 && Date.now() - start < 30_000; ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await pidOf().then(
        (pid) => seen.add(pid),
        () => undefined,
      );
    }
    return seen;
  };

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const script = `const cluster = require('node:cluster');
      cluster.setupPrimary({ exec: ${JSON.stringify(path.resolve(import.meta.dirname, '../tests/cluster/worker.ts'))},
        execArgv: ['--import', 'tsx'] });
      require(${JSON.stringify(path.resolve(import.meta.dirname, 'cluster.cjs'))}).runPrimary(2);`;
    primary = spawn(process.execPath, ['-e', script], {
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // both workers listening (each compiles its TypeScript first)
    await twoWorkers();
  }, 40_000);

  afterAll(() => {
    if (primary.exitCode === null) primary.kill('SIGKILL');
  });

  it('shares the port between its workers and sums their metrics on any of them', async () => {
    const pids = await twoWorkers();
    expect(pids.size).toBe(2);
    const served = await Promise.all(Array.from({ length: 10 }, pidOf));
    const text = await get('/metrics');
    const count = parsePrometheusText(text)
      .filter((s) => s.name === 'http_request_duration_seconds_count')
      .reduce((sum, s) => sum + s.value, 0);
    // every request both workers answered before this one, whichever worker answers it
    expect(count).toBeGreaterThanOrEqual(served.length + pids.size);
  });

  it('starts another worker in place of one that died', async () => {
    const dead = await pidOf();
    process.kill(dead, 'SIGKILL');
    const seen = await twoWorkers();
    expect(seen.size).toBe(2);
    expect(seen.has(dead)).toBe(false);
  }, 40_000);

  it('stops every worker on SIGTERM and exits 0 when they have', async () => {
    primary.kill('SIGTERM');
    const [code] = await once(primary, 'exit');
    expect(code).toBe(0);
    await expect(get()).rejects.toThrow();
  }, 20_000);
});

describe('a primary whose workers cannot start', () => {
  it('stops with exit code 1 after five deaths in a minute instead of forking them for ever', async () => {
    const script = `const cluster = require('node:cluster');
      cluster.setupPrimary({ exec: ${JSON.stringify(path.resolve(import.meta.dirname, '../tests/cluster/dying-worker.cjs'))}, execArgv: [] });
      require(${JSON.stringify(path.resolve(import.meta.dirname, 'cluster.cjs'))}).runPrimary(2);`;
    const primary = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    primary.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const [code] = await once(primary, 'exit');
    expect(code).toBe(1);
    expect(output).toContain('server workers keep dying: stopping');
  }, 20_000);
});
