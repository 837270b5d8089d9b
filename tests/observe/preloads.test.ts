import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parsePrometheusText } from './prometheus-text';

/**
 * scripts/metrics.cjs and scripts/request-id.cjs around a plain HTTP server
 * (tests/observe/server.cjs), started as `npm start` starts `next start`: in a folder whose
 * `.next/routes-manifest.json` names the routes. The real server is tested in e2e/metrics.spec.ts.
 */
const root = path.resolve(import.meta.dirname, '../..');
const cwd = mkdtempSync(path.join(tmpdir(), 'observe-'));
mkdirSync(path.join(cwd, '.next'));
writeFileSync(
  path.join(cwd, '.next', 'routes-manifest.json'),
  JSON.stringify({
    staticRoutes: [{ page: '/' }, { page: '/tasks' }, { page: '/log' }],
    dynamicRoutes: [
      { page: '/tasks/[code]', regex: '^/tasks/([^/]+?)(?:/)?$' },
      { page: '/tasks/[code]/edit', regex: '^/tasks/([^/]+?)/edit(?:/)?$' },
    ],
  }),
);
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

let child: ChildProcessWithoutNullStreams | undefined;
let output = '';
let port = 0;
afterEach(() => child?.kill('SIGKILL'));

async function start(env: Record<string, string> = {}) {
  output = '';
  child = spawn(
    process.execPath,
    [
      ...['forwarded-for.cjs', 'graceful-shutdown.cjs', 'metrics.cjs', 'request-id.cjs'].flatMap((file) => [
        '--require',
        path.join(root, 'scripts', file),
      ]),
      path.join(root, 'tests/observe/server.cjs'),
    ],
    { cwd, env: { ...process.env, NODE_PATH: path.join(root, 'node_modules'), ...env } },
  );
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  while (!/listening on \d+\n/.test(output)) await new Promise((resolve) => setTimeout(resolve, 20));
  port = Number(/listening on (\d+)/.exec(output)?.[1]);
}

const get = (p: string, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}${p}`, { headers });

async function scrape() {
  const response = await get('/metrics');
  return parsePrometheusText(await response.text());
}

const count = (samples: ReturnType<typeof parsePrometheusText>, labels: Record<string, string>) =>
  samples.find(
    (sample) =>
      sample.name === 'http_request_duration_seconds_count' &&
      Object.entries(labels).every(([name, value]) => sample.labels[name] === value),
  )?.value ?? 0;

describe('request metrics (scripts/metrics.cjs)', () => {
  it('times requests by route pattern, never by the raw path', async () => {
    await start();
    for (const p of [
      '/tasks/T-0001',
      '/tasks/T-0002?x=1',
      '/tasks/T-0003/edit',
      '/tasks',
      '/missing',
      '/x/123',
    ])
      await (await get(p)).text();
    const samples = await scrape();
    expect(count(samples, { route: '/tasks/[code]', method: 'GET', status: '200' })).toBe(2);
    expect(count(samples, { route: '/tasks/[code]/edit' })).toBe(1);
    expect(count(samples, { route: '/tasks' })).toBe(1);
    expect(count(samples, { route: 'other', status: '404' })).toBe(1);
    expect(count(samples, { route: 'other', status: '200' })).toBe(1);
    const routes = new Set(samples.map((sample) => sample.labels.route).filter(Boolean));
    expect([...routes].sort()).toEqual(['/tasks', '/tasks/[code]', '/tasks/[code]/edit', 'other']);

    await (await get('/tasks/T-0004')).text();
    expect(count(await scrape(), { route: '/tasks/[code]', status: '200' })).toBe(3);
  });
});

describe('request ids (scripts/request-id.cjs)', () => {
  const logLines = () =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { reqId?: string; msg: string; level: number });

  it('gives each request an id, sent back and carried by every console line written while serving it', async () => {
    await start();
    const first = await get('/log');
    const second = await get('/log');
    const ids = [first.headers.get('x-request-id'), second.headers.get('x-request-id')];
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const lines = logLines();
    for (const id of ids) {
      const mine = lines.filter((line) => line.reqId === id);
      expect(mine.map((line) => line.level)).toEqual([30, 50]);
      expect(mine[0].msg).toContain('served');
      expect(mine[1].msg).toContain('after an await');
    }
    // Outside a request the console is left as it is.
    expect(output).toContain('starting (outside any request)\n');
  });

  it('keeps an id sent by a proxy of our own only', async () => {
    await start();
    const sent = { 'X-Request-Id': 'nginx-0123456789abcdef' };
    expect((await get('/', sent)).headers.get('x-request-id')).not.toBe(sent['X-Request-Id']);
    child?.kill('SIGKILL');
    await start({ TRUST_PROXY_HOPS: '1' });
    expect((await get('/', sent)).headers.get('x-request-id')).toBe(sent['X-Request-Id']);
    expect((await get('/', { 'X-Request-Id': 'bad id with spaces' })).headers.get('x-request-id')).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });
});
