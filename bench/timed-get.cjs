'use strict';
/**
 * One GET as a browser on another machine makes it: the page asked gzipped and read to its last
 * byte, not unzipped, on the caller's keep-alive agent. The load generator shares the server's two
 * cores: undici's fetch (unzipping and buffering in JavaScript) cost it ~6.7 ms of CPU per national
 * dashboard, this ~2.3 ms. CommonJS, so that the timed loops of bench/http.ts and the worker thread
 * of its `loadWhile` run this one definition. `bytes`: the answer as sent (gzipped).
 */
const { request } = require('node:http');

function timedGet(url, cookie, agent) {
  return new Promise((resolve, reject) => {
    const sent = request(url, { agent, headers: { cookie, 'accept-encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => {
        bytes += chunk.length;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, bytes, setCookie: response.headers['set-cookie'] ?? [] }),
      );
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end();
  });
}

module.exports = { timedGet };
