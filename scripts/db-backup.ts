/**
 * npm run db:backup -- FILE
 * PostgreSQL (DATABASE_URL set): pg_dump's custom format. Keep AUTH_SECRET with it: the
 * authenticator keys in the database are sealed with it. Embedded (PGLITE_DIR): one tar with
 * PGlite's dump and the auth-secret file; stop the server first (PGlite is one process).
 */
import path from 'node:path';
import { backupPglite } from '@/db/backup/pglite';
import { backupPostgres } from '@/db/backup/postgres';
import { DatabaseBusyError } from '@/db/index';
import { pgliteDir } from '@/lib/config';

const file = process.argv[2];
if (!file || file.startsWith('-') || process.argv.length > 3) {
  console.error('Usage: npm run db:backup -- FILE');
  process.exit(2);
}
const target = path.resolve(file);
const url = process.env.DATABASE_URL;
try {
  const result = url ? await backupPostgres(url, target) : await backupPglite(pgliteDir(), target);
  if (!result.ok) {
    console.error(`db:backup: ${result.message}`);
    process.exit(1);
  }
  console.log(`db:backup: written to ${target}`);
  if (url) console.log('Keep AUTH_SECRET with this backup: two-factor sign-in needs it after a restore.');
  else if (!result.secretIncluded && process.env.AUTH_SECRET) {
    console.log('AUTH_SECRET comes from the environment, not from a file: keep it with this backup.');
  }
} catch (error) {
  if (error instanceof DatabaseBusyError) {
    console.error(`db:backup: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
