import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import { createRequire } from 'node:module';
import { type APIRequestContext, expect, test } from '@playwright/test';
import { Pool } from 'pg';
import { E2E_NOW } from '../playwright.config';
import { createDatabase, dropDatabase } from '../tests/pg-admin';
import { actionId, callAction, signedIn } from './security/action-client';

/**
 * SIGTERM in the middle of a burst of task updates (scripts/graceful-shutdown.cjs): a server
 * of its own (`npm start`'s scripts/start.ts, on its own fresh PostgreSQL database, port
 * E2E_PORT + 10), officials and a coordinator updating tasks over HTTP through the server
 * action, and one update whose body is still arriving when the signal comes. The server must
 * answer /api/ready 503 while it drains, finish that update, exit 0, and leave every
 * acknowledged update in the database with its event (and its status period), none half-written.
 */
const require = createRequire(import.meta.url);
const { encodeReply } =
  require('next/dist/compiled/react-server-dom-webpack/cjs/react-server-dom-webpack-client.node.production.js') as {
    encodeReply: (value: unknown) => Promise<FormData | string>;
  };

const port = Number(process.env.E2E_PORT || 3100) + 10;
const baseURL = `http://localhost:${port}`;
const TASK_ACTION = 'app/(app)/tasks/actions.ts#taskAction' as const;
const dbName = `tracker_e2e_drain_${port}`;

test.describe.configure({ mode: 'serial' });

let server: ChildProcess;
let exited: Promise<[number | null, NodeJS.Signals | null]>;
let client: Pool;
let output = '';

test.beforeAll(async () => {
  test.skip(test.info().project.name !== 'postgres', 'its own server on its own PostgreSQL database');
  test.setTimeout(120_000);
  await dropDatabase(dbName);
  const url = await createDatabase(dbName);
  server = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/start.ts', '-p', String(port)],
    {
      env: {
        ...process.env,
        DATABASE_URL: url,
        AUTH_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only',
        SEED_DEMO: '1',
        APP_NOW: E2E_NOW,
        LOG_LEVEL: 'warn',
        TRUST_PROXY_HOPS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  exited = once(server, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const started = Date.now();
  for (;;) {
    const status = await fetch(`${baseURL}/api/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() - started > 90_000) throw new Error(`server did not get ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  client = new Pool({ connectionString: url, max: 4 });
});

test.afterAll(async () => {
  await client?.end();
  if (server && server.exitCode === null && server.signalCode === null) {
    server.kill('SIGKILL');
    await exited;
  }
  await dropDatabase(dbName);
});

type Facts = { version: number; status: string; events: number; periods: number; open: number };

async function facts(code: string): Promise<Facts> {
  const { rows } = await client.query(
    `SELECT t.version, t.status,
       (SELECT count(*) FROM events e WHERE e.entity_type = 'task' AND e.entity_id = t.id AND e.action LIKE 'task.%')::int AS events,
       (SELECT count(*) FROM task_status_periods p WHERE p.task_id = t.id)::int AS periods,
       (SELECT count(*) FROM task_status_periods p WHERE p.task_id = t.id AND p.valid_to IS NULL AND p.status = t.status)::int AS open
     FROM tasks t WHERE t.code = $1`,
    [code],
  );
  return rows[0] as Facts;
}

async function version(code: string): Promise<number> {
  const { rows } = await client.query('SELECT version FROM tasks WHERE code = $1', [code]);
  return rows[0].version as number;
}

/** The form of one update, for the task's current version. */
async function form(kind: 'progress' | 'toggle', code: string, i: number): Promise<Record<string, string>> {
  const v = String(await version(code));
  if (kind === 'progress')
    return { action: 'progress', code, version: v, progress: String(10 + (i % 80)), note: `drain ${i}` };
  const { rows } = await client.query('SELECT status FROM tasks WHERE code = $1', [code]);
  return rows[0].status === 'cancelled'
    ? { action: 'reopen', code, version: v, reason: `drain ${i}` }
    : { action: 'cancel', code, version: v, reason: `drain ${i}` };
}

test('SIGTERM during a burst: acknowledged updates kept whole, /api/ready 503 while draining, exit 0 @postgres', async () => {
  test.setTimeout(120_000);
  const { rows } = await client.query(
    `SELECT code FROM tasks WHERE code LIKE 'NV-HP-%' AND status IN ('in_progress', 'not_started')
       AND code NOT IN ('NV-HP-05', 'NV-HP-06') ORDER BY code LIMIT 1`,
  );
  const toggled = rows[0].code as string;
  const writers: { login: string; code: string; kind: 'progress' | 'toggle'; ip: string }[] = [
    { login: 'hp.mttq', code: 'NV-HP-05', kind: 'progress', ip: '198.51.100.21' },
    { login: 'hp.danvan', code: 'NV-HP-06', kind: 'progress', ip: '198.51.100.22' },
    { login: 'bnv', code: 'NV-BNV-01', kind: 'progress', ip: '198.51.100.23' },
    { login: 'hp.dieuphoi', code: toggled, kind: 'toggle', ip: '198.51.100.24' },
  ];
  const codes = writers.map((w) => w.code);
  const before = new Map<string, Facts>();
  for (const code of codes) before.set(code, await facts(code));
  const apis = new Map<string, APIRequestContext>();
  for (const w of writers) apis.set(w.login, await signedIn(baseURL, w.login, undefined, w.ip));

  const acked = new Map<string, number>();
  const ackCount = new Map<string, number>();
  const answers = new Map<number, number>();
  let stop = false;
  async function write(w: (typeof writers)[number]) {
    const api = apis.get(w.login)!;
    for (let i = 0; !stop; i++) {
      let fields: Record<string, string>;
      try {
        fields = await form(w.kind, w.code, i);
      } catch {
        return;
      }
      try {
        const outcome = await callAction(api, baseURL, `/tasks/${w.code}`, TASK_ACTION, fields);
        answers.set(outcome.status, (answers.get(outcome.status) ?? 0) + 1);
        if (outcome.state?.status === 'success') {
          acked.set(w.code, Math.max(acked.get(w.code) ?? 0, Number(fields.version) + 1));
          ackCount.set(w.code, (ackCount.get(w.code) ?? 0) + 1);
        }
      } catch {
        // refused connection once the server has closed: the update was not acknowledged
        answers.set(0, (answers.get(0) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }

  // One update whose body is still on its way when the signal comes: it was taken, so it must finish.
  const slowCode = 'NV-HP-05';
  const cookies = (await apis.get('hp.mttq')!.storageState()).cookies
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const slowWriters = writers.filter((w) => w.code !== slowCode);
  const burst = slowWriters.map((w) => write(w));
  // A burst under way: every writer has had a few updates acknowledged.
  while (slowWriters.some((w) => (ackCount.get(w.code) ?? 0) < 3)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const slowVersion = await version(slowCode);
  const encoded = await encodeReply([
    { status: 'idle' },
    (() => {
      const f = new FormData();
      for (const [k, v] of Object.entries({
        action: 'progress',
        code: slowCode,
        version: String(slowVersion),
        progress: '77',
        note: 'in flight at SIGTERM',
      }))
        f.append(k, v);
      return f;
    })(),
  ]);
  const body = new Response(encoded);
  const bytes = Buffer.from(await body.arrayBuffer());
  const slow = http.request(`${baseURL}/tasks/${slowCode}`, {
    method: 'POST',
    headers: {
      'Next-Action': actionId(TASK_ACTION),
      Accept: 'text/x-component',
      Origin: baseURL,
      Cookie: cookies,
      'X-Forwarded-For': '198.51.100.21',
      'Content-Type': body.headers.get('content-type') ?? 'text/plain;charset=UTF-8',
      'Content-Length': String(bytes.length),
    },
  });
  const slowAnswer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    slow.on('response', (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    slow.on('error', reject);
  });
  slow.write(bytes.subarray(0, 10));
  await new Promise((resolve) => setTimeout(resolve, 300));

  server.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 300));
  // Draining: new requests are refused with 503, readiness first.
  const ready = await fetch(`${baseURL}/api/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ status: 'draining' });
  expect(server.exitCode, 'the server waits for the request in flight').toBeNull();

  slow.end(bytes.subarray(10));
  const { status: slowStatus, text: slowText } = await slowAnswer;
  expect(slowStatus).toBe(200);
  expect(slowText).toContain('"success"');

  const [code, signal] = await exited;
  stop = true;
  await Promise.all(burst);
  expect({ code, signal }, output).toEqual({ code: 0, signal: null });
  expect(output).toContain('"drained":true');
  expect(output).toContain('"databaseClosed":true');
  // No answer was a server error: each was a success, a refusal, or the 503 of the drain.
  expect(
    [...answers.keys()].filter((s) => s >= 500 && s !== 503),
    JSON.stringify([...answers]),
  ).toEqual([]);

  for (const w of writers) {
    const was = before.get(w.code)!;
    const now = await facts(w.code);
    const label = `${w.code}: ${JSON.stringify({ was, now, acked: acked.get(w.code) })}`;
    // every acknowledged update is there…
    expect(now.version, label).toBeGreaterThanOrEqual(acked.get(w.code) ?? was.version + 1);
    // …each committed one with exactly one event, none without its change…
    expect(now.events - was.events, label).toBe(now.version - was.version);
    // …and one open status period, holding the task's status; a status change opened a period.
    expect(now.open, label).toBe(1);
    if (w.kind === 'toggle') expect(now.periods - was.periods, label).toBe(now.version - was.version);
    else expect(now.periods, label).toBe(was.periods);
  }
  expect(await version(slowCode)).toBeGreaterThanOrEqual(slowVersion + 1);
  const { rows: slowRows } = await client.query('SELECT progress, last_note FROM tasks WHERE code = $1', [
    slowCode,
  ]);
  expect(slowRows[0]).toEqual({ progress: 77, last_note: 'in flight at SIGTERM' });
});
