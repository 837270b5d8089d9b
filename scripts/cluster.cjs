'use strict';
/**
 * WEB_CONCURRENCY: how many server processes share the port (Node's cluster). One process (the
 * default) renders one page at a time on one core; on a machine with more cores, each worker
 * takes its share of the connections, as several containers behind a balancer would — the
 * database already serialises what must be once (migrations, the daily reminders, the job queue's
 * locks, the throttles). The embedded database (no DATABASE_URL) is one process's: it refuses more.
 *
 * The primary only forks and watches: it serves nothing itself.
 *  - A worker that dies unasked is forked again after a second; five deaths within a minute stop
 *    the primary with exit code 1 (a worker that cannot start is not forked for ever).
 *  - SIGTERM/SIGINT go to every worker, each drains as scripts/graceful-shutdown.cjs says, and the
 *    primary exits when the last one has (1 if one of them did).
 *  - /api/metrics in any worker answers the sum over the workers: the worker asks the primary
 *    (`nq23:metrics`), whose prom-client AggregatorRegistry asks every worker's registry.
 */
const cluster = require('node:cluster');

const MAX_WORKERS = 64;

/** The number of server processes asked for; throws a message for a person on a wrong value. */
function workerCount(env = process.env) {
  const raw = env.WEB_CONCURRENCY;
  if (raw === undefined || raw.trim() === '') return 1;
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > MAX_WORKERS) {
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to ${MAX_WORKERS} (got "${raw}")`);
  }
  if (count > 1 && !env.DATABASE_URL) {
    throw new Error(
      'WEB_CONCURRENCY above 1 needs PostgreSQL (DATABASE_URL): the embedded database is one process’s',
    );
  }
  return count;
}

function log(level, msg, extra) {
  const levels = { info: 30, warn: 40, error: 50 };
  const line = { level: levels[level], time: Date.now(), pid: process.pid, ...extra, msg };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** Workers that die unasked this many times within CRASH_WINDOW_MS stop the primary (exit 1). */
const CRASH_LIMIT = 5;
const CRASH_WINDOW_MS = 60_000;

/** Runs the primary: `count` workers, kept, stopped together, their metrics summed. */
function runPrimary(count) {
  let stopping = false;
  let failed = false;
  const alive = new Set();
  const crashes = [];
  const fork = () => alive.add(cluster.fork().id);
  for (let i = 0; i < count; i++) fork();
  log('info', 'server workers started', { workers: count });

  cluster.on('exit', (worker, code, signal) => {
    alive.delete(worker.id);
    if (stopping) {
      if (code !== 0) failed = true;
      if (alive.size === 0) process.exit(failed ? 1 : 0);
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while (crashes[0] < now - CRASH_WINDOW_MS) crashes.shift();
    if (crashes.length >= CRASH_LIMIT) {
      // a worker that cannot start (no database, a failed migration) would be forked for ever
      log('error', 'server workers keep dying: stopping', { deaths: crashes.length, code, signal });
      for (const other of Object.values(cluster.workers)) other.process.kill('SIGTERM');
      process.exit(1);
    }
    log('error', 'server worker died: starting another', { worker: worker.process.pid, code, signal });
    // not unref'd: with every worker gone, this timer is what keeps the primary alive
    setTimeout(() => {
      if (!stopping) fork();
    }, 1000);
  });

  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      if (alive.size === 0) process.exit(0);
      for (const worker of Object.values(cluster.workers)) worker.process.kill(signal);
    });
  }

  let aggregator;
  cluster.on('message', (worker, message) => {
    if (message?.type !== 'nq23:metrics') return;
    try {
      aggregator ??= new (require('prom-client').AggregatorRegistry)();
    } catch (error) {
      worker.send({ type: 'nq23:metrics', id: message.id, error: error.message });
      return;
    }
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: 'nq23:metrics', id: message.id, text }),
      (error) => worker.send({ type: 'nq23:metrics', id: message.id, error: error.message }),
    );
  });
}

module.exports = { workerCount, runPrimary, MAX_WORKERS, CRASH_LIMIT };
