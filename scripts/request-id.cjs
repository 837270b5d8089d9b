'use strict';
/**
 * Preloaded (`node --require ./scripts/request-id.cjs`) by every command that serves the
 * application, after the other preloads (its wrapper is then the outermost): each request runs
 * in an AsyncLocalStorage context holding its id, so that every log line written while it is
 * served carries `reqId` — pino's lines (lib/logger.ts reads the same store) and whatever
 * Next or a library writes to the console, turned into JSON lines here. The id is sent back
 * as `X-Request-Id`. One sent by the client is kept only behind a proxy of our own
 * (TRUST_PROXY_HOPS > 0: nginx's `$request_id`), and only when it looks like an id.
 */
const http = require('node:http');
const { AsyncLocalStorage } = require('node:async_hooks');
const { randomUUID } = require('node:crypto');
const { format } = require('node:util');

const installed = Symbol.for('nq23.request-id');
const storeKey = Symbol.for('nq23.request-context'); // shared with lib/request-context.ts

const ID_PATTERN = /^[A-Za-z0-9._:-]{8,64}$/;

function requestIdFor(request) {
  const sent = request.headers['x-request-id'];
  const trusted = Number(process.env.TRUST_PROXY_HOPS || 0) > 0;
  return trusted && typeof sent === 'string' && ID_PATTERN.test(sent) ? sent : randomUUID();
}

const LEVELS = { debug: 20, log: 30, info: 30, warn: 40, error: 50 };

/** Inside a request, console lines become JSON lines with the request's id; outside, unchanged. */
function jsonConsole(storage) {
  for (const method of Object.keys(LEVELS)) {
    const original = console[method].bind(console);
    console[method] = (...args) => {
      const context = storage.getStore();
      if (!context) return original(...args);
      const line = { level: LEVELS[method], time: Date.now(), pid: process.pid, reqId: context.reqId };
      const stream = LEVELS[method] >= 40 ? process.stderr : process.stdout;
      stream.write(`${JSON.stringify({ ...line, msg: format(...args) })}\n`);
    };
  }
}

function install() {
  globalThis[storeKey] ??= new AsyncLocalStorage();
  const storage = globalThis[storeKey];
  jsonConsole(storage);
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithRequestId(event, ...args) {
    if (event !== 'request') return emit.call(this, event, ...args);
    const [request, response] = args;
    const reqId = requestIdFor(request);
    request.headers['x-request-id'] = reqId;
    if (!response.headersSent) response.setHeader('X-Request-Id', reqId);
    return storage.run({ reqId }, () => emit.call(this, event, ...args));
  };
}

if (!globalThis[installed]) {
  globalThis[installed] = true;
  install();
}

module.exports = { requestIdFor };
