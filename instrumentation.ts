/** Runs once when the server starts, before it answers: migrations and, into an empty database, the seed. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareDatabase } = await import('./db/setup');
  const { logger } = await import('./lib/logger');
  const { markReady } = await import('./lib/lifecycle');
  const { seeded } = await prepareDatabase();
  logger.info({ seeded, driver: process.env.DATABASE_URL ? 'postgres' : 'pglite' }, 'database ready');
  markReady();
}
