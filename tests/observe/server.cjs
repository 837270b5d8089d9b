'use strict';
/**
 * A stand-in for `next start` under scripts/metrics.cjs and scripts/request-id.cjs
 * (tests/observe/preloads.test.ts): /log writes console lines while it answers, /metrics
 * serves the registry the preload keeps on globalThis, anything else answers 200 (or 404 for
 * /missing).
 */
const http = require('node:http');

const server = http.createServer(async (request, response) => {
  if (request.url === '/metrics') {
    const { registry } = globalThis[Symbol.for('nq23.metrics')];
    response.setHeader('Content-Type', registry.contentType);
    response.end(await registry.metrics());
    return;
  }
  if (request.url === '/log') {
    // biome-ignore lint/suspicious/noConsole: the preload under test turns console lines into JSON
    console.log('served', { path: request.url });
    await new Promise((resolve) => setTimeout(resolve, 5));
    console.error(new Error('after an await'));
  }
  response.statusCode = request.url === '/missing' ? 404 : 200;
  response.end('ok');
});
// biome-ignore lint/suspicious/noConsole: outside a request the console must stay as it is
console.log('starting (outside any request)');
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening on ${server.address().port}\n`));
