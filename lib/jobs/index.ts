import PgBoss from 'pg-boss';
import { type DatabaseHandle, directConnectionString, primaryHandle } from '@/db/index';
import { TIME_ZONE } from '@/lib/clock';
import { logger } from '@/lib/logger';
import { setNudger } from './nudge';
import { pgliteDb } from './pglite-db';
import { SCHEDULES, type Schedule } from './registry';

/**
 * The job queue and scheduler (DESIGN.md, "Wave 2"): pg-boss in its own schema `pgboss` of the
 * application's database, started by the server (instrumentation.ts) and stopped before the
 * database closes on SIGTERM (lib/lifecycle.ts). On PostgreSQL it has its own small pool on
 * DATABASE_DIRECT_URL (session-level connections, past PgBouncer) or DATABASE_URL; on PGlite
 * it shares the application's instance.
 */
export const JOB_SCHEMA = 'pgboss';

type Holder = { __trackerJobs?: PgBoss };
const holder = globalThis as unknown as Holder;

export type JobOptions = {
  /** a PostgreSQL connection for the queue; default DATABASE_DIRECT_URL, DATABASE_URL, the handle's */
  connectionString?: string;
  schedules?: readonly Schedule[];
  /** how often a worker looks for a job (seconds) */
  pollingIntervalSeconds?: number;
};

function connection(handle: DatabaseHandle, options: JobOptions): ConstructorParameters<typeof PgBoss>[0] {
  const base = { schema: JOB_SCHEMA, application_name: 'tracker-jobs' };
  if (handle.pglite) {
    // One process: nothing to supervise across instances, and every poll shares the event loop.
    return { ...base, db: pgliteDb(handle.pglite) };
  }
  const connectionString =
    options.connectionString || directConnectionString() || handle.pool?.options.connectionString;
  return { ...base, connectionString, max: 3 };
}

/**
 * Creates a queue unless it exists. pg-boss 10 creates a queue (a partition of its job table)
 * without a lock: instances starting together may deadlock or collide; the loser looks again.
 */
async function ensureQueue(boss: PgBoss, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(name)) return;
    try {
      await boss.createQueue(name, { name, policy: 'singleton' });
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
    }
  }
}

/** Starts a queue (one per process on the server; tests may start several) with the schedules. */
export async function createJobs(
  handle: DatabaseHandle = primaryHandle(),
  options: JobOptions = {},
): Promise<PgBoss> {
  const boss = new PgBoss(connection(handle, options));
  boss.on('error', (error) => logger.warn({ err: { message: error.message } }, 'job queue error'));
  await boss.start();
  for (const schedule of options.schedules ?? SCHEDULES) {
    await ensureQueue(boss, schedule.name);
    await boss.schedule(schedule.name, schedule.cron, {}, { tz: TIME_ZONE });
    await boss.work(
      schedule.name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 },
      async () => {
        const started = Date.now();
        const result = await schedule.run();
        logger.info({ job: schedule.name, ms: Date.now() - started, result }, 'job done');
      },
    );
  }
  return boss;
}

/** The server's queue, started once (instrumentation.ts). */
export async function startJobs(): Promise<void> {
  if (holder.__trackerJobs) return;
  const boss = await createJobs();
  holder.__trackerJobs = boss;
  // one extra run per 5-second slot at most, however many changes ask for one
  setNudger((name) => boss.send(name, {}, { singletonSeconds: 5 }));
}

/** Stops taking jobs, lets the running ones end (10 s at most), then lets go of the database. */
export async function stopJobs(): Promise<void> {
  const boss = holder.__trackerJobs;
  holder.__trackerJobs = undefined;
  setNudger(undefined);
  await boss?.stop({ graceful: true, timeout: 10_000, wait: true });
}

/** For /api/ready: the queue is started and answers. */
export async function jobsReady(): Promise<boolean> {
  const boss = holder.__trackerJobs;
  if (!boss) return false;
  try {
    await boss.getQueue(SCHEDULES[0].name);
    return true;
  } catch {
    return false;
  }
}
