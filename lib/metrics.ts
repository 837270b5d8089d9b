import cluster from 'node:cluster';
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import * as promClient from 'prom-client';

/**
 * The one Prometheus registry of the process, kept on globalThis under a registry symbol: the
 * preload scripts/metrics.cjs (HTTP durations) and every Next bundle add to the same one, and
 * /api/metrics serves it. Metrics are made on first use and found again by name after.
 */
type Client = typeof promClient;
type Holder = { client: Client; registry: promClient.Registry; poolUsage?: () => PoolUsage };
const key = Symbol.for('nq23.metrics');

function holder(): Holder {
  const scope = globalThis as { [key]?: Holder };
  if (!scope[key]) {
    const registry = new promClient.Registry();
    promClient.collectDefaultMetrics({ register: registry });
    scope[key] = { client: promClient, registry };
  }
  return scope[key];
}

export function metricsRegistry(): promClient.Registry {
  return holder().registry;
}

function counter(name: string, help: string, labelNames: string[] = []): promClient.Counter<string> {
  const { client, registry } = holder();
  return (
    (registry.getSingleMetric(name) as promClient.Counter<string> | undefined) ??
    new client.Counter({ name, help, labelNames, registers: [registry] })
  );
}

function gauge(
  name: string,
  help: string,
  labelNames: string[] = [],
  collect?: (this: promClient.Gauge<string>) => void,
): promClient.Gauge<string> {
  const { client, registry } = holder();
  return (
    (registry.getSingleMetric(name) as promClient.Gauge<string> | undefined) ??
    new client.Gauge({ name, help, labelNames, registers: [registry], collect })
  );
}

/** Read at each scrape from the pool `collectPoolUsage` names (each worker's own, in a cluster). */
export const databasePool = () =>
  gauge(
    'db_pool_connections',
    'Database connections: in use, idle, and requests waiting for one',
    ['state'],
    function collect() {
      const usage = holder().poolUsage?.();
      if (!usage) return;
      this.set({ state: 'in_use' }, usage.inUse);
      this.set({ state: 'idle' }, usage.idle);
      this.set({ state: 'waiting' }, usage.waiting);
    },
  );
export const queryErrors = () =>
  counter('db_query_errors_total', 'Queries the database refused, by SQLSTATE class', ['class']);
export const signInFailures = () =>
  counter('auth_sign_in_failures_total', 'Sign-in attempts refused, by reason', ['reason']);
export const signInLocks = () => counter('auth_sign_in_locks_total', 'Sign-in keys locked by the throttle');
/** Set by the job queue (lib/jobs): jobs waiting to run. */
export const jobQueueDepth = () => gauge('jobs_queue_depth', 'Jobs waiting in the queue', ['queue']);
/** Incremented by the job queue (lib/jobs) when a job fails. */
export const jobFailures = () => counter('jobs_failures_total', 'Jobs that failed', ['queue']);
/** Incremented by the mail transport (lib/mail) for each mail handed over. */
export const mailsSent = () => counter('mails_sent_total', 'Mails handed to the SMTP server');
/** Incremented by the mail transport (lib/mail) for each mail that could not be sent. */
export const mailsFailed = () => counter('mails_failed_total', 'Mails the SMTP server did not take');

/** Every metric of the application exists (at 0) from the first scrape on. */
export function defineMetrics(): void {
  for (const make of [
    databasePool,
    queryErrors,
    signInFailures,
    signInLocks,
    jobQueueDepth,
    jobFailures,
    mailsSent,
    mailsFailed,
  ])
    make();
}

export type PoolUsage = { inUse: number; idle: number; waiting: number };

/** Where db_pool_connections reads the pool (db/index.ts poolUsage), named once per process. */
export function collectPoolUsage(read: () => PoolUsage): void {
  holder().poolUsage = read;
  databasePool();
}

/**
 * The metrics as Prometheus text. In a worker of several (WEB_CONCURRENCY, scripts/cluster.cjs) the
 * sum over the workers: the primary's AggregatorRegistry asks each worker's registry (every worker
 * sets its own pool gauge as it answers, scripts/metrics.cjs) and this worker waits for the answer.
 */
export async function metricsText(): Promise<string> {
  if (!cluster.isWorker || !process.send) return metricsRegistry().metrics();
  const id = randomUUID();
  const send = process.send.bind(process);
  return new Promise<string>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      process.off('message', onMessage);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error('metrics: the cluster primary did not answer'));
    }, 6000); // after prom-client's own 5 s, so that its error is the one told
    function onMessage(message: { type?: string; id?: string; text?: string; error?: string }) {
      if (message?.type !== 'nq23:metrics' || message.id !== id) return;
      done();
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.text ?? '');
    }
    process.on('message', onMessage);
    send({ type: 'nq23:metrics', id });
  });
}

/** A database error's SQLSTATE class ('23' integrity, '40' rollback, '57' cancelled…), or 'other'. */
export function countQueryError(error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  const sqlClass = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code.slice(0, 2) : 'other';
  queryErrors().inc({ class: sqlClass });
}

/**
 * Who may read /api/metrics: `absent` (METRICS_TOKEN unset: the route does not exist),
 * `denied` (no or another bearer token), `allowed`. Compared in constant time.
 */
export function metricsAccess(
  authorization: string | null,
  token = process.env.METRICS_TOKEN,
): 'absent' | 'denied' | 'allowed' {
  if (!token) return 'absent';
  const sent = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
  // Digests of equal length: the comparison tells nothing, not even the token's length.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(sent), digest(token)) && sent === token ? 'allowed' : 'denied';
}
