'use strict';
/**
 * Graceful shutdown, preloaded (`node --require ./scripts/graceful-shutdown.cjs`) next to
 * forwarded-for.cjs by every command that serves the application: `npm start`
 * (scripts/start.ts), the container (deploy/Dockerfile) and the end-to-end servers.
 *
 * `next start` (16.4) on SIGTERM/SIGINT closes its listener, waits for the requests in flight
 * without a time limit and exits 143/130 without closing our database. Instead, with
 * NEXT_MANUAL_SIG_HANDLE set here (Next then leaves the signals to us), on the first
 * SIGTERM or SIGINT:
 *  1. the server is draining: /api/ready, and every request that arrives from now on, is
 *     answered 503 `{"status":"draining"}` with `Connection: close` (nothing new starts;
 *     a proxy sees the refusal at once and may retry elsewhere);
 *  2. the requests already taken run to their end, for at most SHUTDOWN_TIMEOUT_MS (30 s);
 *     their connections close after their answer;
 *  3. the listeners close, the stop hooks run (lib/lifecycle.ts onStop: the job queue), the
 *     database is closed (pool.end() / PGlite close: the handle
 *     db/index.ts keeps on globalThis) and the process exits 0 (1 if the time limit cut
 *     requests short or the database did not close).
 * A second signal while draining changes nothing (a terminal's Ctrl+C reaches both
 * scripts/start.ts, which forwards it, and the server).
 */
const http = require('node:http');

const installed = Symbol.for('nq23.graceful-shutdown');
const lifecycleKey = Symbol.for('nq23.lifecycle'); // shared with lib/lifecycle.ts

function log(level, msg, extra) {
  const levels = { info: 30, warn: 40, error: 50 };
  const line = { level: levels[level], time: Date.now(), pid: process.pid, ...extra, msg };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function install() {
  process.env.NEXT_MANUAL_SIG_HANDLE = '1';
  globalThis[lifecycleKey] ??= { phase: 'starting' };
  const state = globalThis[lifecycleKey];
  const limitMs = Number(process.env.SHUTDOWN_TIMEOUT_MS || 30_000);
  const servers = new Set();
  const inFlight = new Set();
  let onIdle = () => {};

  function refuse(request, response) {
    response.shouldKeepAlive = false;
    response.writeHead(503, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'Retry-After': '5',
      Connection: 'close',
    });
    response.end('{"status":"draining"}');
    request.resume();
  }

  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithDrain(event, ...args) {
    if (event === 'listening') servers.add(this);
    if (event === 'close') servers.delete(this);
    if (event === 'request') {
      const [request, response] = args;
      if (state.phase === 'draining') {
        refuse(request, response);
        return true;
      }
      inFlight.add(response);
      response.once('close', () => {
        inFlight.delete(response);
        if (inFlight.size === 0) onIdle();
      });
    }
    return emit.call(this, event, ...args);
  };

  async function closeDatabase() {
    const handle = globalThis.__trackerDb;
    globalThis.__trackerDb = undefined;
    // the read replica's pool (db/read-database.ts), when one was opened
    const replica = globalThis.__trackerReplica;
    globalThis.__trackerReplica = null;
    await replica?.close().catch(() => {});
    if (!handle) return true;
    try {
      await handle.close();
      return true;
    } catch (error) {
      log('error', 'database did not close', { err: { message: error?.message } });
      return false;
    }
  }

  async function shutdown(signal) {
    if (state.phase === 'draining') return;
    state.phase = 'draining';
    log('info', 'draining: no new requests, waiting for those in flight', {
      signal,
      inFlight: inFlight.size,
    });
    for (const response of inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
    for (const server of servers) server.closeIdleConnections?.();

    let timer;
    const drained = await new Promise((resolve) => {
      if (inFlight.size === 0) return resolve(true);
      onIdle = () => resolve(true);
      timer = setTimeout(() => resolve(false), limitMs);
    });
    clearTimeout(timer);
    if (!drained)
      log('warn', 'drain time limit reached: cutting requests short', { inFlight: inFlight.size });

    await Promise.all(
      [...servers].map(
        (server) =>
          new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections?.();
          }),
      ),
    );
    for (const hook of state.stopHooks ?? []) {
      try {
        await hook();
      } catch (error) {
        log('error', 'a stop hook failed', { err: { message: error?.message } });
      }
    }
    const closed = await closeDatabase();
    log('info', 'stopped', { signal, drained, databaseClosed: closed });
    process.exit(drained && closed ? 0 : 1);
  }

  for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void shutdown(signal));
}

if (!globalThis[installed]) {
  globalThis[installed] = true;
  install();
}
