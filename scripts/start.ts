/**
 * `npm start` (also `npm start -- -p PORT [-H HOST]`): checks the configuration, builds the
 * production artifact when there is none (`npm run build`: next build + scripts/standalone.mjs),
 * then runs it exactly as the container does — `node scripts/serve.cjs` in `.next/standalone`:
 * Next's server wrapped by the client's address (lib/client-address.ts), the SIGTERM/SIGINT
 * drain, the request durations and the request ids (see scripts/serve.cjs). The server itself
 * applies migrations and
 * seeds an empty database. playwright.config.ts starts its servers with this same script.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { honoursAppNow } from '@/lib/clock';
import { authSecret, ConfigError, pgliteDir, trustedProxyHops } from '@/lib/config';

function fail(message: string): never {
  console.error(`Cannot start: ${message}`);
  process.exit(1);
}

let options: { port?: string; hostname?: string };
try {
  ({ values: options } = parseArgs({
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  }));
} catch (error) {
  fail(`${(error as Error).message} (usage: npm start -- [-p PORT] [-H HOST])`);
}

try {
  trustedProxyHops();
  process.env.AUTH_SECRET = authSecret();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const root = path.resolve(import.meta.dirname, '..');
const artifact = path.join(root, '.next', 'standalone');
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
if (!existsSync(path.join(root, '.next', 'BUILD_ID')) || !existsSync(path.join(artifact, 'server.js'))) {
  console.error('No production build yet: running npm run build first…');
  run('npm', ['run', 'build']);
} else if (read(path.join(artifact, '.assembled')) !== read(path.join(root, '.next', 'BUILD_ID'))) {
  // A `next build` run by hand: the artifact lacks its static files and preloads until completed.
  run(process.execPath, ['scripts/standalone.mjs']);
}

if (process.env.APP_NOW && !honoursAppNow()) {
  console.error('APP_NOW is ignored: it is honoured only with SEED_DEMO=1 (or in tests).');
}

const server = spawn(process.execPath, ['scripts/serve.cjs'], {
  cwd: artifact,
  stdio: 'inherit',
  env: {
    ...process.env,
    // The artifact runs in its own folder: the embedded database stays where it was asked for.
    PGLITE_DIR: pgliteDir(),
    PORT: options.port ?? process.env.PORT ?? '3000',
    // As `next start`: every interface unless asked (HOSTNAME may be the machine's name).
    HOSTNAME: options.hostname ?? '0.0.0.0',
    NODE_ENV: 'production',
  },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
