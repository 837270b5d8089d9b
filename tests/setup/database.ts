import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Pool } from 'pg';
import { afterAll, inject } from 'vitest';
import { type DatabaseHandle, pgliteExtensions, setDatabase, wrapPglite, wrapPool } from '@/db/index';
import { setClock } from '@/lib/clock';
import { createDatabase, dropDatabase } from '../pg-admin';
import { TEST_NOW } from './test-now';

export { TEST_NOW };

setClock(TEST_NOW);

// Each test file gets its own database: a copy of the migrated, seeded template.
let handle: DatabaseHandle;
let dropAfter: string | undefined;
if (process.env.TEST_DRIVER === 'postgres') {
  dropAfter = `tracker_t_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const url = await createDatabase(dropAfter, inject('pgTemplate'));
  handle = wrapPool(new Pool({ connectionString: url, max: 5 }));
  // for tests that start another process on the same database (crash safety)
  process.env.TEST_FILE_DATABASE_URL = url;
} else {
  const dump = new Blob([readFileSync(inject('pgliteDump'))]);
  handle = wrapPglite(new PGlite({ loadDataDir: dump, extensions: pgliteExtensions() }));
}
setDatabase(handle);

afterAll(async () => {
  setDatabase(undefined);
  await handle.close();
  if (dropAfter) await dropDatabase(dropAfter);
});
