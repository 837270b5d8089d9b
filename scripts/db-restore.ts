/**
 * npm run db:restore -- FILE [--force]
 * Into the database the server would use (DATABASE_URL, else PGLITE_DIR). A database that is
 * not empty is refused unless --force: PostgreSQL's schemas are then replaced in the same
 * transaction as the restore; the embedded folder (and a differing auth-secret) are moved aside.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { restorePglite } from '@/db/backup/pglite';
import { restorePostgres } from '@/db/backup/postgres';
import { DatabaseBusyError } from '@/db/index';
import { pgliteDir } from '@/lib/config';

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
}
try {
  parsed = parseOptions();
} catch (error) {
  console.error(`db:restore: ${(error as Error).message}\nUsage: npm run db:restore -- FILE [--force]`);
  process.exit(2);
}
const [file, ...extra] = parsed.positionals;
if (!file || extra.length) {
  console.error('Usage: npm run db:restore -- FILE [--force]');
  process.exit(2);
}
const source = path.resolve(file);
if (!existsSync(source)) {
  console.error(`db:restore: ${source} does not exist.`);
  process.exit(1);
}
const url = process.env.DATABASE_URL;
const force = parsed.values.force === true;
try {
  const result = url
    ? await restorePostgres(source, url, force)
    : await restorePglite(source, pgliteDir(), force);
  if (!result.ok) {
    console.error(`db:restore: ${result.message}`);
    process.exit(1);
  }
  for (const kept of result.keptAside ?? []) console.log(`db:restore: the previous ${kept} was kept aside.`);
  console.log(`db:restore: restored from ${source}. The server applies newer migrations when it starts.`);
  if (url) console.log('Start the server with the AUTH_SECRET kept with this backup.');
} catch (error) {
  if (error instanceof DatabaseBusyError) {
    console.error(`db:restore: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
