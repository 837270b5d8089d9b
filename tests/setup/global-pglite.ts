import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { pgliteExtensions, wrapPglite } from '@/db/index';
import { prepareDatabase } from '@/db/setup';
import { setClock } from '@/lib/clock';
import { TEST_NOW } from './test-now';

/** Migrates and seeds one PGlite database, then dumps it: each test file restores the dump. */
export default async function setup(project: TestProject) {
  const handle = wrapPglite(new PGlite({ extensions: pgliteExtensions() }));
  // The demo records dated from the seeding day (db/seed/relative.ts) are dated from the tests' day.
  setClock(TEST_NOW);
  await prepareDatabase(handle, { demo: true });
  const client = (handle.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('gzip');
  await handle.close();
  const dir = path.resolve('node_modules/.cache/tracker-tests');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pglite-${process.pid}.tar.gz`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDump', file);
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    pgTemplate: string;
  }
}
