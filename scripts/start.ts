/**
 * `npm start`: checks the configuration, builds when there is no build yet, then runs
 * `next start`. The server itself applies migrations and seeds an empty database.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { authSecret, ConfigError } from '@/lib/config';

try {
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

const server = spawn(next, ['start', ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
