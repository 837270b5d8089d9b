/** HTTP side of the benchmarks: sign in like a browser, then timed loops of GETs with a concurrency. */
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { percentile } from './stats';

/** A browser's cookie store for one user: name → value. */
export type CookieJar = Map<string, string>;

/**
 * Keeps a response's Set-Cookie answers in the jar, as a browser does: a cookie emptied or
 * expired (Max-Age ≤ 0, Expires past) is deleted. Returns how many cookies the response set.
 */
function cookiesOf(response: Response, jar: CookieJar): number {
  return keepCookies(response.headers.getSetCookie(), jar);
}
function keepCookies(lines: string[], jar: CookieJar): number {
  for (const line of lines) {
    const [pair, ...attributes] = line.split(';').map((part) => part.trim());
    const at = pair.indexOf('=');
    const name = pair.slice(0, at);
    const value = pair.slice(at + 1);
    const expired = attributes.some((attribute) => {
      const [key, setting = ''] = attribute.split('=');
      if (key.toLowerCase() === 'max-age') return Number(setting) <= 0;
      return key.toLowerCase() === 'expires' && Date.parse(setting) <= Date.now();
    });
    if (!value || expired) jar.delete(name);
    else jar.set(name, value);
  }
  return lines.length;
}
const header = (jar: CookieJar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** A jar holding the cookies of a Cookie header (what `login` returns). */
export function jarOf(cookie: string): CookieJar {
  const pairs = cookie.split(';').map((pair) => pair.trim());
  return new Map(
    pairs
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
}

/**
 * A GET with the jar's cookies that keeps the cookies the answer sets — the session cookie the
 * proxy renews once a minute: a client sending the first cookie for ever has every request after
 * the first minute renewed (sealed again), which no browser costs the server.
 */
export async function getWithJar(
  url: string,
  jar: CookieJar,
): Promise<{ response: Response; setCookies: number }> {
  const response = await fetch(url, { headers: { cookie: header(jar) }, redirect: 'manual' });
  return { response, setCookies: cookiesOf(response, jar) };
}

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
  /** bytes of an answer as sent: gzipped, as the server compresses a page */
  bytes: number;
  /** Set-Cookie headers answered: a renewal of the session about once a minute, not one a request */
  setCookies?: number;
};

/** bench/timed-get.cjs: one GET as a browser on another machine makes it (gzip, read to the end, not unzipped). */
const { timedGet } = createRequire(import.meta.url)('./timed-get.cjs') as {
  timedGet: (
    url: URL | string,
    cookie: string,
    agent: Agent,
  ) => Promise<{ status: number; bytes: number; setCookie: string[] }>;
};
const TIMED_GET = fileURLToPath(new URL('./timed-get.cjs', import.meta.url));

/** A GET of `url` with the jar's cookies that keeps the cookies the answer sets. */
async function getKeeping(url: URL, jar: CookieJar, agent: Agent) {
  const answer = await timedGet(url, header(jar), agent);
  return { ...answer, setCookies: keepCookies(answer.setCookie, jar) };
}

/** `requests` GETs of a URL by `concurrency` parallel loops, after `warmup` unmeasured ones. */
export async function load(
  base: string,
  path: string,
  cookie: string | CookieJar,
  concurrency: number,
  requests: number,
  warmup = 2,
): Promise<LoadResult> {
  // one jar for the loops (or the caller's, kept from call to call): a browser's tabs share their cookies
  const jar = typeof cookie === 'string' ? jarOf(cookie) : cookie;
  const url = new URL(base + path);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const times: number[] = [];
  let errors = 0;
  let bytes = 0;
  let setCookies = 0;
  let left = requests;
  try {
    for (let i = 0; i < warmup; i++) await getKeeping(url, jar, agent);
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (left-- > 0) {
          const t0 = performance.now();
          const answer = await getKeeping(url, jar, agent);
          times.push(performance.now() - t0);
          bytes = answer.bytes;
          setCookies += answer.setCookies;
          if (answer.status !== 200) errors++;
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return {
    url: path,
    concurrency,
    requests,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    errors,
    bytes,
    setCookies,
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
    const { Agent } = require('node:http');
    const { timedGet } = require(w.timedGet);
    const agent = new Agent({ keepAlive: true, maxSockets: w.concurrency });
    let stop = false;
    const times = [];
    let errors = 0;
    let bytes = 0;
    parentPort.on('message', () => { stop = true; });
    Promise.all(Array.from({ length: w.concurrency }, async () => {
      while (!stop) {
        const t0 = performance.now();
        const answer = await timedGet(w.url, w.cookie, agent);
        times.push(performance.now() - t0);
        bytes = answer.bytes;
        if (answer.status !== 200) errors++;
      }
    })).then(() => { agent.destroy(); parentPort.postMessage({ times, errors, bytes }); });`,
    { eval: true, workerData: { url: base + path, cookie, concurrency, timedGet: TIMED_GET } },
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
