import { spawn } from 'node:child_process';
import { closeSync, openSync, readSync } from 'node:fs';
import { Client } from 'pg';
import { type BackupResult, refused } from './result';

/**
 * PostgreSQL's backup is pg_dump's custom format, as is: `pg_restore` reads it by hand too.
 * AUTH_SECRET is not in it (it lives in the server's environment): keep it with the backup.
 */
function run(command: string, args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error) => resolve({ code: 127, stderr: error.message }));
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

const toolFailed = (tool: string, stderr: string) =>
  refused('tool_failed', `${tool} failed: ${stderr.trim().split('\n').slice(-5).join('\n')}`);

export async function backupPostgres(url: string, file: string): Promise<BackupResult> {
  const { code, stderr } = await run('pg_dump', ['--format=custom', '--file', file, '--dbname', url]);
  return code === 0 ? { ok: true } : toolFailed('pg_dump', stderr);
}

function isCustomDump(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    return head.toString('latin1') === 'PGDMP';
  } finally {
    closeSync(fd);
  }
}

/** The schemas of the application's own (everything but PostgreSQL's). */
async function userSchemas(client: Client): Promise<{ schemas: string[]; tables: number }> {
  const { rows } = await client.query<{ schema: string; tables: string }>(
    `SELECT n.nspname AS schema, count(c.oid) AS tables
     FROM pg_namespace n LEFT JOIN pg_class c ON c.relnamespace = n.oid AND c.relkind IN ('r', 'p')
     WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
     GROUP BY n.nspname`,
  );
  return {
    schemas: rows.map((row) => row.schema),
    tables: rows.reduce((sum, row) => sum + Number(row.tables), 0),
  };
}

/**
 * Restores into the database at `url`, all in one transaction (pg_restore's SQL through
 * `psql --single-transaction`): a failure leaves the database as it was. A database with any
 * table is refused unless `force`: then its schemas are dropped in that same transaction, so
 * that no table of a later version is left beside the restored ones.
 */
export async function restorePostgres(file: string, url: string, force = false): Promise<BackupResult> {
  if (!isCustomDump(file)) {
    return refused(
      'not_a_backup',
      `${file} is not a PostgreSQL backup (npm run db:backup with DATABASE_URL).`,
    );
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  let drops: string[] = [];
  try {
    const { schemas, tables } = await userSchemas(client);
    if (tables > 0 && !force) {
      return refused(
        'not_empty',
        `The database is not empty (${tables} tables): nothing was restored. Add --force to replace its contents.`,
      );
    }
    if (tables > 0) {
      drops = [
        ...schemas.map((schema) => `DROP SCHEMA ${client.escapeIdentifier(schema)} CASCADE;`),
        'CREATE SCHEMA IF NOT EXISTS public;',
      ];
    }
  } finally {
    await client.end();
  }
  const { code, stderr } = await run('bash', [
    '-o',
    'pipefail',
    '-c',
    'pg_restore --no-owner --no-privileges --file=- "$1" | psql -X -q -v ON_ERROR_STOP=1 --single-transaction --dbname "$2" -c "$3" -f -',
    'restore',
    file,
    url,
    drops.join(' ') || 'SELECT 1;',
  ]);
  return code === 0 ? { ok: true } : toolFailed('pg_restore | psql', stderr);
}
