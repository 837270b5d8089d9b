'use strict';
/**
 * Preloaded (`node --require ./scripts/metrics.cjs`) by every command that serves the
 * application: times every request into the `http_request_duration_seconds` histogram of the
 * one metrics registry (kept on globalThis; lib/metrics.ts adds the application's own metrics
 * to it and /api/metrics serves it). The route label is the Next route the path matches in
 * the build's routes manifest (`/tasks/[code]`, never `/tasks/T-0001`), `/_next/static` for
 * assets and `other` for anything else, so the label's values stay as few as the routes.
 */
const http = require('node:http');
const { readFileSync } = require('node:fs');
const path = require('node:path');

const installed = Symbol.for('nq23.metrics-preload');
const holderKey = Symbol.for('nq23.metrics'); // shared with lib/metrics.ts

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Matches paths to route patterns; built once from `.next/routes-manifest.json`. */
function routeMatcher(manifestFile) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    manifest = { staticRoutes: [], dynamicRoutes: [] };
  }
  const statics = new Set((manifest.staticRoutes || []).map((route) => route.page));
  const dynamics = (manifest.dynamicRoutes || []).map((route) => ({
    page: route.page,
    regex: new RegExp(route.regex),
  }));
  return function routeOf(url) {
    let pathname = (url || '/').split('?')[0] || '/';
    if (pathname.startsWith('/_next/static/')) return '/_next/static';
    if (pathname.startsWith('/_next/')) return '/_next';
    // Router prefetches ask for a page's payload under a suffix of the page's own path.
    pathname = pathname.replace(/(\.segments\/.*|\.rsc)$/, '') || '/';
    if (pathname.length > 1 && pathname.endsWith('/')) pathname = pathname.slice(0, -1);
    if (statics.has(pathname)) return pathname;
    for (const route of dynamics) if (route.regex.test(pathname)) return route.page;
    return 'other';
  };
}

function install() {
  let client;
  try {
    client = require('prom-client');
  } catch {
    return; // no metrics without prom-client; serving goes on
  }
  globalThis[holderKey] ??= { client, registry: new client.Registry() };
  const { registry } = globalThis[holderKey];
  // A worker of several (scripts/cluster.cjs) answers the primary's AggregatorRegistry with this
  // registry; prom-client sets that answer up when an AggregatorRegistry is made in the worker.
  if (require('node:cluster').isWorker) {
    client.AggregatorRegistry.setRegistries([registry]);
    new client.AggregatorRegistry();
  }
  const duration =
    registry.getSingleMetric('http_request_duration_seconds') ??
    new client.Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
  let routeOf;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitTimed(event, ...args) {
    if (event === 'request') {
      const [request, response] = args;
      const started = process.hrtime.bigint();
      routeOf ??= routeMatcher(path.join(process.cwd(), '.next', 'routes-manifest.json'));
      const route = routeOf(request.url);
      const method = METHODS.has(request.method) ? request.method : 'OTHER';
      response.once('close', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const status = response.writableFinished ? String(response.statusCode) : 'aborted';
        duration.observe({ method, route, status }, seconds);
      });
    }
    return emit.call(this, event, ...args);
  };
}

if (!globalThis[installed]) {
  globalThis[installed] = true;
  install();
}

module.exports = { routeMatcher };
