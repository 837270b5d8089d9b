import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * scripts/graceful-shutdown.cjs around a plain HTTP server (tests/shutdown/server.cjs); the
 * real `next start` under it is tested in e2e/graceful-shutdown.spec.ts.
 */
const root = path.resolve(import.meta.dirname, '../..');
let port = 0;
const url = (p: string) => `http://127.0.0.1:${port}${p}`;
let child: ChildProcessWithoutNullStreams | undefined;
let output = '';

async function start(env: Record<string, string> = {}) {
  output = '';
  child = spawn(
    process.execPath,
    [
      '--require',
      path.join(root, 'scripts/graceful-shutdown.cjs'),
      path.join(root, 'tests/shutdown/server.cjs'),
    ],
    { env: { ...process.env, ...env } },
  );
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  await until('listening on ');
  await until('\n');
  port = Number(/listening on (\d+)/.exec(output)?.[1]);
  return { exited };
}

async function until(text: string) {
  while (!output.includes(text)) await new Promise((resolve) => setTimeout(resolve, 20));
}

const get = async (p: string) => {
  const response = await fetch(url(p));
  return {
    status: response.status,
    connection: response.headers.get('connection'),
    text: await response.text(),
  };
};

afterEach(() => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('graceful shutdown (scripts/graceful-shutdown.cjs)', () => {
  it('on SIGTERM refuses new requests with 503, finishes the one in flight, closes the database, exits 0', async () => {
    const { exited } = await start();
    expect((await get('/')).status).toBe(200);
    const slow = get('/slow');
    await until('slow taken');
    child!.kill('SIGTERM');
    await until('draining');
    expect(await get('/api/ready')).toEqual({
      status: 503,
      connection: 'close',
      text: '{"status":"draining"}',
    });
    // A second signal (a terminal's Ctrl+C reaches the server twice) changes nothing.
    child!.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(child!.exitCode).toBeNull();
    expect(output).not.toContain('db closed');

    child!.stdin.write('release\n');
    expect(await slow).toMatchObject({ status: 200, text: 'slow done' });
    expect(await exited).toEqual([0, null]);
    expect(output).toContain('db closed');
    // the job queue stops before the database closes
    expect(output.indexOf('jobs stopped')).toBeGreaterThan(-1);
    expect(output.indexOf('jobs stopped')).toBeLessThan(output.indexOf('db closed'));
    expect(output).toContain('"drained":true');
  });

  it('exits 0 at once when nothing is in flight', async () => {
    const { exited } = await start();
    child!.kill('SIGINT');
    expect(await exited).toEqual([0, null]);
    expect(output).toContain('db closed');
  });

  it('cuts requests short at SHUTDOWN_TIMEOUT_MS, still closes the database, and exits 1', async () => {
    const { exited } = await start({ SHUTDOWN_TIMEOUT_MS: '500' });
    const slow = get('/slow').catch(() => 'cut');
    await until('slow taken');
    const signalled = Date.now();
    child!.kill('SIGTERM');
    expect(await exited).toEqual([1, null]);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(await slow).toBe('cut');
    expect(output).toContain('db closed');
    expect(output).toContain('drain time limit reached');
  });
});
