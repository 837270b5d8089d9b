'use strict';
/**
 * A stand-in for `next start` under scripts/graceful-shutdown.cjs (tests/shutdown/
 * graceful-shutdown.test.ts): an HTTP server whose /slow answers only when a line comes on
 * stdin, and a
 * database handle on globalThis (as db/index.ts keeps one) whose close() is reported, and a
 * stop hook (the job queue's) that reports when it runs.
 */
const http = require('node:http');

const pending = [];
globalThis.__trackerDb = {
  close: async () => {
    process.stdout.write('db closed\n');
  },
};
// as instrumentation.ts registers the job queue's stop (lib/lifecycle.ts onStop)
globalThis[Symbol.for('nq23.lifecycle')].stopHooks = [
  async () => {
    process.stdout.write('jobs stopped\n');
  },
];
const server = http.createServer((request, response) => {
  if (request.url === '/slow') {
    pending.push(response);
    process.stdout.write('slow taken\n');
    return;
  }
  response.end('ok');
});
process.stdin.on('data', () => {
  for (const held of pending.splice(0)) held.end('slow done');
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening on ${server.address().port}\n`));
