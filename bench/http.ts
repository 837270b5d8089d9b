/** HTTP side of the benchmarks: sign in like a browser, then timed fetch loops with a concurrency. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { percentile } from './stats';

function cookiesOf(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at), pair.slice(at + 1));
  }
}
const header = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** CSRF token from /api/auth/csrf, then the credentials callback; returns the Cookie header. */
export async function login(base: string, loginName: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesOf(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header(jar) },
    body: new URLSearchParams({ csrfToken, login: loginName, password, callbackUrl: `${base}/` }),
  });
  cookiesOf(response, jar);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) {
    throw new Error(`login ${loginName} failed: ${response.status} ${response.headers.get('location')}`);
  }
  return header(jar);
}

export type LoadResult = {
  url: string;
  concurrency: number;
  requests: number;
  p50: number;
  p95: number;
  errors: number;
  bytes: number;
};

/** `requests` GETs of a URL by `concurrency` parallel loops, after `warmup` unmeasured ones. */
export async function load(
  base: string,
  path: string,
  cookie: string,
  concurrency: number,
  requests: number,
  warmup = 2,
): Promise<LoadResult> {
  for (let i = 0; i < warmup; i++) await (await fetch(base + path, { headers: { cookie } })).arrayBuffer();
  const times: number[] = [];
  let errors = 0;
  let bytes = 0;
  let left = requests;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (left-- > 0) {
        const t0 = performance.now();
        const response = await fetch(base + path, { headers: { cookie }, redirect: 'manual' });
        const body = await response.arrayBuffer();
        times.push(performance.now() - t0);
        bytes = body.byteLength;
        if (response.status !== 200) errors++;
      }
    }),
  );
  return {
    url: path,
    concurrency,
    requests,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors,
    bytes,
  };
}

/**
 * One download: time, size and rows (lines) of an export, counted as the body streams in: the
 * audit CSV of 10.8 million events is longer than a string may be, and a body held whole would
 * weigh on the machine the server shares.
 */
export async function download(
  base: string,
  path: string,
  cookie: string,
  headers: Record<string, string> = {},
) {
  const t0 = performance.now();
  const response = await fetch(base + path, { headers: { ...headers, cookie } });
  let bytes = 0;
  let lines = 0;
  const reader = response.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
    const chunk = next.value;
    bytes += chunk.length;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  }
  const ms = performance.now() - t0;
  return { url: path, status: response.status, ms: Math.round(ms), bytes, lines };
}

/** JavaScript a page loads: its script tags, each fetched and gzipped. */
export async function javascriptOf(base: string, path: string, cookie: string) {
  const html = await (await fetch(base + path, { headers: { cookie } })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gzip = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return {
    url: path,
    scripts: sources.length,
    rawKb: Math.round(raw / 1024),
    gzipKb: Math.round(gzip / 1024),
  };
}

/** Resident memory of a process, from /proc (VmRSS, in MB). */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = status.match(/VmRSS:\s+(\d+)/);
    return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * GETs of a URL by `concurrency` parallel loops, timed until `done` settles — in a worker thread,
 * so that whatever the calling thread computes meanwhile (a reminder run's rows) does not delay
 * the clock of the requests. The requests' own p50/p95, as `load` reports them.
 */
export async function loadWhile(
  base: string,
  path: string,
  cookie: string,
  concurrency: number,
  done: Promise<unknown>,
): Promise<LoadResult> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(
    `const { parentPort, workerData: w } = require('node:worker_threads');
    let stop = false;
    const times = [];
    let errors = 0;
    let bytes = 0;
    parentPort.on('message', () => { stop = true; });
    Promise.all(Array.from({ length: w.concurrency }, async () => {
      while (!stop) {
        const t0 = performance.now();
        const response = await fetch(w.url, { headers: { cookie: w.cookie }, redirect: 'manual' });
        const body = await response.arrayBuffer();
        times.push(performance.now() - t0);
        bytes = body.byteLength;
        if (response.status !== 200) errors++;
      }
    })).then(() => parentPort.postMessage({ times, errors, bytes }));`,
    { eval: true, workerData: { url: base + path, cookie, concurrency } },
  );
  const answer = new Promise<{ times: number[]; errors: number; bytes: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await done.catch(() => undefined);
  worker.postMessage('stop');
  const { times, errors, bytes } = await answer;
  await worker.terminate();
  return {
    url: path,
    concurrency,
    requests: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors,
    bytes,
  };
}
