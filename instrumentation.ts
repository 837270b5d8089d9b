/**
 * Runs once when the server starts, before it answers: migrations and, into an empty database,
 * the seed; today's reminders if no instance has run them yet; then the job queue.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { prepareDatabase } = await import('./db/setup');
  const { logger } = await import('./lib/logger');
  const { markReady, onStop } = await import('./lib/lifecycle');
  const { seeded } = await prepareDatabase();
  logger.info({ seeded, driver: process.env.DATABASE_URL ? 'postgres' : 'pglite' }, 'database ready');
  const { runDailyReminders } = await import('./db/queries/reminders');
  const { today } = await import('./lib/clock');
  const reminders = await runDailyReminders(today());
  logger.info({ day: today(), ...reminders }, 'daily reminders at start');
  const { startJobs, stopJobs } = await import('./lib/jobs');
  try {
    await startJobs();
    onStop(stopJobs);
  } catch (error) {
    // Served without a queue, the server says so on /api/ready (503) rather than not starting.
    logger.error({ err: { message: (error as Error).message } }, 'job queue did not start');
  }
  markReady();
}
