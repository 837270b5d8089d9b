/**
 * A PgBouncer in transaction mode in front of the end-to-end PostgreSQL database, for the
 * `postgres` project's servers (playwright.config.ts starts it before them and stops it after).
 * Usage: node scripts/e2e-pgbouncer.mjs <pgbouncer binary> <port>, with E2E_DATABASE_URL set.
 * Runs in the foreground; its config lives in a temporary folder of its own.
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [binary, port] = process.argv.slice(2);
const server = new URL(process.env.E2E_DATABASE_URL ?? '');
const dir = path.join(tmpdir(), `tracker-e2e-pgbouncer-${port}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
chmodSync(dir, 0o755);
const config = path.join(dir, 'pgbouncer.ini');
writeFileSync(
  config,
  [
    '[databases]',
    `* = host=${server.hostname} port=${server.port || 5432} user=${decodeURIComponent(server.username)} password=${decodeURIComponent(server.password)}`,
    '[pgbouncer]',
    'listen_addr = 127.0.0.1',
    `listen_port = ${port}`,
    'unix_socket_dir =',
    'auth_type = any',
    'pool_mode = transaction',
    // two servers of 10 connections each: no client waits for a server connection
    'default_pool_size = 20',
    'max_client_conn = 200',
    'log_connections = 0',
    'log_disconnections = 0',
    'log_stats = 0',
  ].join('\n'),
  { mode: 0o644 },
);
// PgBouncer refuses to run as root: it drops to the postgres account then.
const asRoot = process.getuid?.() === 0;
const child = spawn(binary, asRoot ? ['-u', 'postgres', config] : [config], { stdio: 'inherit' });
const stop = () => child.kill('SIGINT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
