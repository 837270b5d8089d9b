import { Pool } from 'pg';
import type { TestProject } from 'vitest/node';
import { wrapPool } from '@/db/index';
import { prepareDatabase } from '@/db/setup';
import { setClock } from '@/lib/clock';
import { createDatabase, dropDatabase } from '../pg-admin';
import { TEST_NOW } from './test-now';

/** Migrates and seeds one template database; each test file gets a copy of it. */
export default async function setup(project: TestProject) {
  const template = `tracker_tpl_${process.pid}`;
  await dropDatabase(template);
  const url = await createDatabase(template);
  const handle = wrapPool(new Pool({ connectionString: url, max: 2 }));
  // The demo records dated from the seeding day (db/seed/relative.ts) are dated from the tests' day.
  setClock(TEST_NOW);
  await prepareDatabase(handle, { demo: true });
  await handle.close();
  project.provide('pgTemplate', template);
  return () => dropDatabase(template);
}
