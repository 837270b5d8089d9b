import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressFromForwardedFor } from '@/lib/client-address';

/**
 * The preload that every serving command loads, over real HTTP: a server in a child process
 * started the same way (`node --require scripts/forwarded-for.cjs`) echoes the header it got.
 */
let server: ChildProcess;
let base = '';

beforeAll(async () => {
  const preload = path.resolve(import.meta.dirname, 'forwarded-for.cjs');
  server = spawn(
    process.execPath,
    [
      '--require',
      preload,
      '-e',
      `require('node:http').createServer((req, res) =>
          res.end(req.url === '/proto' ? String(req.headers['x-forwarded-proto']) : req.headers['x-forwarded-for'] ?? ''))
        .listen(0, '127.0.0.1', function () { console.log(this.address().port); });`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const [chunk] = (await once(server.stdout!, 'data')) as [Buffer];
  base = `http://127.0.0.1:${chunk.toString().trim()}`;
});

afterAll(() => {
  server?.kill();
});

const seen = async (forwardedFor?: string) =>
  (await fetch(base, { headers: forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {} })).text();

describe('the socket address appended to X-Forwarded-For', () => {
  it('is the header when the client sent none', async () => {
    expect(await seen()).toBe('127.0.0.1');
  });

  it('comes last, after whatever the client wrote, so that with 0 hops the client cannot choose', async () => {
    const header = await seen('203.0.113.9');
    expect(header).toBe('203.0.113.9, 127.0.0.1');
    expect(addressFromForwardedFor(header, 0)).toBe('127.0.0.1');
    // Behind one proxy the entry it appended (here: what the "proxy" sent) is the client.
    expect(addressFromForwardedFor(header, 1)).toBe('203.0.113.9');
    expect(addressFromForwardedFor(await seen('198.51.100.1, 203.0.113.9'), 0)).toBe('127.0.0.1');
  });
});

describe('X-Forwarded-Proto', () => {
  it('reaches the application in lower case, as a URL reads a scheme (Next, Auth.js and the session reader agree)', async () => {
    const proto = async (value: string) =>
      (await fetch(`${base}/proto`, { headers: { 'X-Forwarded-Proto': value } })).text();
    expect(await proto('HTTPS')).toBe('https');
    expect(await proto(' Https ')).toBe('https');
    expect(await proto('http')).toBe('http');
  });
});
