'use strict';
/**
 * The one command that serves the production artifact: `node scripts/serve.cjs` in the
 * artifact's folder (.next/standalone; the container's CMD, `npm start` and
 * e2e/standalone.spec.ts run it). It loads, in this order, what must wrap Next's HTTP server
 * before it starts — the client's address (forwarded-for), the SIGTERM drain
 * (graceful-shutdown), the request durations (metrics) and, last so that its context covers the
 * others, the request id of every log line (request-id) — then Next's standalone server.js.
 * With WEB_CONCURRENCY above 1 this process is the primary of that many such servers
 * (scripts/cluster.cjs).
 */
const cluster = require('node:cluster');
const { runPrimary, workerCount } = require('./cluster.cjs');

let workers;
try {
  workers = cluster.isPrimary ? workerCount() : 1;
} catch (error) {
  console.error(`Cannot start: ${error.message}`);
  process.exit(1);
}
if (workers > 1) {
  runPrimary(workers);
} else {
  require('./forwarded-for.cjs');
  require('./graceful-shutdown.cjs');
  require('./metrics.cjs');
  require('./request-id.cjs');
  require('../server.js');
}
