/**
 * `npm start`: checks the configuration, builds when there is no build yet, then runs
 * `next start` with scripts/forwarded-for.cjs preloaded (the socket's address becomes the last
 * X-Forwarded-For entry: see lib/client-address.ts) and scripts/graceful-shutdown.cjs (SIGTERM
 * and SIGINT drain the requests in flight, close the database, exit 0), scripts/metrics.cjs (HTTP
 * durations by route for /api/metrics) and scripts/request-id.cjs (a request id in every log line
 * of a request; last, so that its context covers the others). The server itself applies migrations and
 * seeds an empty database. playwright.config.ts starts its servers with this same script.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { honoursAppNow } from '@/lib/clock';
import { authSecret, ConfigError, trustedProxyHops } from '@/lib/config';

try {
  trustedProxyHops();
  process.env.AUTH_SECRET = authSecret();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const next = 'node_modules/.bin/next';
if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build yet: running next build first…');
  const build = spawnSync(next, ['build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (process.env.APP_NOW && !honoursAppNow()) {
  console.error('APP_NOW is ignored: it is honoured only with SEED_DEMO=1 (or in tests).');
}

const preloads = ['forwarded-for.cjs', 'graceful-shutdown.cjs', 'metrics.cjs', 'request-id.cjs'].flatMap(
  (file) => ['--require', path.resolve(import.meta.dirname, file)],
);
const server = spawn(
  process.execPath,
  [...preloads, 'node_modules/next/dist/bin/next', 'start', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
