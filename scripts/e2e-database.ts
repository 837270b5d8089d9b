/** Prints the URL of a fresh database for the end-to-end server on PostgreSQL. */
import { createDatabase, dropDatabase } from '@/tests/pg-admin';

const name = `tracker_e2e_${process.env.E2E_PORT || 3100}`;
await dropDatabase(name);
console.log(await createDatabase(name));
