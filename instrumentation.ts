/**
 * Runs once when the server starts, before it answers: the session secret, migrations and, into
 * an empty database, the seed; today's reminders if no instance has run them yet; then the job queue.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // The session secret first (on the embedded database it is made beside the data when there is
  // none): a server without one stops here, not at its first signed-in request.
  const { authSecret } = await import('./lib/config');
  authSecret();
  const { prepareDatabase } = await import('./db/setup');
  const { logger } = await import('./lib/logger');
  const { markReady, onStop } = await import('./lib/lifecycle');
  const { seeded } = await prepareDatabase();
  logger.info({ seeded, driver: process.env.DATABASE_URL ? 'postgres' : 'pglite' }, 'database ready');
  // Every metric exists from the start: a worker of several answers the primary's sum (/api/metrics)
  // with its own, whether or not it served the scrape itself.
  const { poolUsage } = await import('./db/index');
  const { collectPoolUsage, defineMetrics } = await import('./lib/metrics');
  defineMetrics();
  collectPoolUsage(poolUsage);
  const { runDailyReminders } = await import('./db/queries/reminders');
  const { today } = await import('./lib/clock');
  const startReminders = async () => {
    try {
      logger.info({ day: today(), ...(await runDailyReminders(today())) }, 'daily reminders at start');
    } catch (error) {
      // the 00:05 schedule runs them again; a failed start-up run must not stop the server
      logger.error({ err: { message: (error as Error).message } }, 'daily reminders at start failed');
    }
  };
  // The embedded database answers after today's reminders; on PostgreSQL (possibly several
  // instances, a run of many seconds) the server is ready at once and the run goes on beside it.
  const background = !!process.env.DATABASE_URL;
  if (!background) await startReminders();
  const { startJobs, stopJobs } = await import('./lib/jobs');
  try {
    await startJobs();
    onStop(stopJobs);
  } catch (error) {
    // Served without a queue, the server says so on /api/ready (503) rather than not starting.
    logger.error({ err: { message: (error as Error).message } }, 'job queue did not start');
  }
  markReady();
  if (background) void startReminders();
}
