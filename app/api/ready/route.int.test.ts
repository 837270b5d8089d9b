import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { startJobs, stopJobs } from '@/lib/jobs';
import { setServerPhase } from '@/lib/lifecycle';
import { GET } from './route';

const answer = async () => {
  const response = await GET();
  return { status: response.status, body: await response.json() };
};

describe('/api/ready', () => {
  beforeAll(() => startJobs());
  afterAll(() => stopJobs());
  afterEach(() => setServerPhase('ready'));

  it('answers 503 while the server is starting', async () => {
    setServerPhase('starting');
    expect(await answer()).toEqual({ status: 503, body: { status: 'starting' } });
  });

  it('answers 200 once started, on a migrated database', async () => {
    setServerPhase('ready');
    expect(await answer()).toEqual({
      status: 200,
      body: { status: 'ready', db: 'ok', migrations: 'ok', queue: 'ok' },
    });
  });

  it('answers 503 while the job queue is not running', async () => {
    await stopJobs();
    try {
      expect(await answer()).toEqual({
        status: 503,
        body: { status: 'not-ready', db: 'ok', migrations: 'ok', queue: 'down' },
      });
    } finally {
      await startJobs();
    }
  });

  it('answers 503 while draining', async () => {
    setServerPhase('draining');
    expect(await answer()).toEqual({ status: 503, body: { status: 'draining' } });
  });

  it('answers 503 when a migration of the journal is not applied', async () => {
    setServerPhase('ready');
    const { rows } = (await db.execute(
      sql`DELETE FROM drizzle.__drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM drizzle.__drizzle_migrations) RETURNING hash, created_at`,
    )) as unknown as { rows: { hash: string; created_at: string }[] };
    try {
      expect(await answer()).toEqual({
        status: 503,
        body: { status: 'not-ready', db: 'ok', migrations: 'pending', queue: 'ok' },
      });
    } finally {
      await db.execute(
        sql`INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES (${rows[0].hash}, ${rows[0].created_at})`,
      );
    }
    expect((await answer()).status).toBe(200);
  });
});
