'use strict';
/**
 * WEB_CONCURRENCY: how many server processes share the port (Node's cluster). One process (the
 * default) renders one page at a time on one core; on a machine with more cores, each worker
 * takes its share of the connections, as several containers behind a balancer would — the
 * database already serialises what must be once (migrations, the daily reminders, the job queue's
 * locks, the throttles). The embedded database (no DATABASE_URL) is one process's: it refuses more.
 *
 * The primary only forks and watches: it serves nothing itself.
 *  - A worker that dies unasked is forked again after a second.
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

/** Runs the primary: `count` workers, kept, stopped together, their metrics summed. */
function runPrimary(count) {
  let stopping = false;
  let failed = false;
  for (let i = 0; i < count; i++) cluster.fork();
  log('info', 'server workers started', { workers: count });

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (code !== 0) failed = true;
      if (Object.keys(cluster.workers).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    log('error', 'server worker died: starting another', { worker: worker.process.pid, code, signal });
    setTimeout(() => {
      if (!stopping) cluster.fork();
    }, 1000).unref();
  });

  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      const workers = Object.values(cluster.workers);
      if (workers.length === 0) process.exit(0);
      for (const worker of workers) worker.process.kill(signal);
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

module.exports = { workerCount, runPrimary, MAX_WORKERS };
