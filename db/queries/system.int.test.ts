import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { viewerFor } from '@/tests/viewers';
import { scheduleRuns } from './system';

describe('last run of each schedule (/admin/system)', () => {
  it("is read from pg-boss's tables when they exist, and is null before the queue ever started", async () => {
    const admin = await viewerFor('quantri');
    expect(await scheduleRuns(admin)).toBeNull();

    // pg-boss 10's own layout, the columns this page reads (its job table is partitioned by name)
    await db.execute(sql`CREATE SCHEMA pgboss`);
    await db.execute(
      sql`CREATE TABLE pgboss.schedule (name text PRIMARY KEY, cron text NOT NULL, timezone text)`,
    );
    await db.execute(
      sql`CREATE TABLE pgboss.job (name text NOT NULL, state text NOT NULL, started_on timestamptz, completed_on timestamptz)`,
    );
    await db.execute(sql`CREATE TABLE pgboss.archive (LIKE pgboss.job)`);
    await db.execute(sql`INSERT INTO pgboss.schedule VALUES
      ('daily-reminders', '0 7 * * *', 'Asia/Ho_Chi_Minh'), ('weekly-digest', '0 7 * * 1', 'Asia/Ho_Chi_Minh')`);
    await db.execute(sql`INSERT INTO pgboss.archive VALUES
      ('daily-reminders', 'completed', '2026-11-13T00:00:00Z', '2026-11-13T00:00:05Z')`);
    await db.execute(sql`INSERT INTO pgboss.job VALUES
      ('daily-reminders', 'completed', '2026-11-14T00:00:00Z', '2026-11-14T00:00:07Z'),
      ('daily-reminders', 'created', NULL, NULL)`);

    expect(await scheduleRuns(admin)).toEqual([
      {
        name: 'daily-reminders',
        cron: '0 7 * * *',
        timezone: 'Asia/Ho_Chi_Minh',
        state: 'completed',
        startedOn: '2026-11-14T00:00:00.000Z',
        completedOn: '2026-11-14T00:00:07.000Z',
      },
      {
        name: 'weekly-digest',
        cron: '0 7 * * 1',
        timezone: 'Asia/Ho_Chi_Minh',
        state: null,
        startedOn: null,
        completedOn: null,
      },
    ]);
    // administrators of a province, and everyone else, read nothing
    for (const login of ['dieuphoi', 'lanhdao', 'hp.danvan']) {
      expect(await scheduleRuns(await viewerFor(login))).toBeNull();
    }
  });
});
