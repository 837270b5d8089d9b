import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { Pool } from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { today } from '@/lib/clock';
import { freePort } from '@/tests/free-port';
import { viewerFor } from '@/tests/viewers';
import { type DatabaseHandle, db, primaryHandle, selectRows, wrapPool } from './index';
import { taskHeadline } from './queries/dashboard';
import { applyTaskAction } from './queries/task-writes';
import { getTask } from './queries/tasks';
import { readDatabase, readFrom, readRowsFrom, setReplica } from './read-database';

/**
 * Reads that may lag go to a streaming replica, never past DATABASE_REPLICA_MAX_LAG_S, and never
 * before it holds the viewer's own last write. The replica is a real one: a second cluster of the
 * local PostgreSQL made a standby of the test server with `pg_basebackup -R` (as the postgres
 * user, over the local socket: `local replication all peer` in Debian's pg_hba.conf), once for
 * the file, dropped after. Needs root (to act as postgres) and Debian's postgresql-common.
 */
const CLUSTER = 'replica_test';
const onPostgres = process.env.TEST_DRIVER === 'postgres';
const primaryUrl = onPostgres ? new URL(process.env.TEST_FILE_DATABASE_URL as string) : null;
const primaryPort = primaryUrl?.port || '5432';

function unavailable(): string | null {
  if (!onPostgres) return 'not on PostgreSQL';
  if (process.getuid?.() !== 0) return 'not root (pg_basebackup runs as the postgres user)';
  if (!existsSync('/usr/bin/pg_createcluster')) return 'postgresql-common is not installed';
  if (!['localhost', '127.0.0.1', '::1'].includes(primaryUrl?.hostname ?? ''))
    return 'the test server is not local';
  try {
    const clusters = execFileSync('pg_lsclusters', ['-h'], { encoding: 'utf8' });
    if (!clusters.split('\n').some((line) => line.split(/\s+/)[2] === primaryPort)) {
      return `no local cluster listens on ${primaryPort}`;
    }
  } catch {
    return 'pg_lsclusters failed';
  }
  return null;
}
const skipped = unavailable();
if (onPostgres && skipped) console.warn(`read-replica.int.test: SKIPPED — ${skipped}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<boolean>, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe.runIf(onPostgres && !skipped)('reads from a streaming replica', () => {
  let version = '';
  let replica: DatabaseHandle | undefined;
  const drop = () => execFileSync('pg_dropcluster', ['--stop', version, CLUSTER], { stdio: 'ignore' });

  const onReplica = async (query: string) => {
    const rows = await selectRows<Record<string, unknown>>((replica as DatabaseHandle).db, sql.raw(query));
    return rows[0];
  };
  /**
   * Waits until the replica has replayed everything the primary had written when called (the
   * server is shared: others may keep writing, so not until it has replayed all there is).
   */
  const replayed = async () => {
    const [{ lsn }] = await selectRows<{ lsn: string }>(db, sql`SELECT pg_current_wal_lsn()::text AS lsn`);
    await until(
      async () => (await onReplica(`SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS ok`)).ok === true,
      'the replica to replay the last write',
    );
  };
  const pause = async () => {
    await onReplica('SELECT pg_wal_replay_pause()');
    await until(
      async () => (await onReplica('SELECT pg_get_wal_replay_pause_state() AS s')).s === 'paused',
      'the replay to pause',
    );
  };
  const resume = () => onReplica('SELECT pg_wal_replay_resume()');
  /** A committed change on the primary that is nobody's write (no event). */
  const touch = () =>
    db.execute(sql`UPDATE organizations SET code = code WHERE id = (SELECT min(id) FROM organizations)`);
  /** Forget the cached replica state (it is kept up to a second). */
  const fresh = () => setReplica(replica);

  beforeAll(async () => {
    const [{ major }] = await selectRows<{ major: number }>(
      db,
      sql`SELECT current_setting('server_version_num')::int / 10000 AS major`,
    );
    version = String(major);
    try {
      drop(); // left by an earlier run
    } catch {}
    const port = await freePort();
    execFileSync('pg_createcluster', [version, CLUSTER, '-p', String(port)], { stdio: 'ignore' });
    const dataDir = `/var/lib/postgresql/${version}/${CLUSTER}`;
    execFileSync('rm', ['-rf', dataDir]);
    execFileSync('su', ['postgres', '-c', `pg_basebackup -c fast -R -p ${primaryPort} -D ${dataDir}`], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    execFileSync('pg_ctlcluster', [version, CLUSTER, 'start'], { stdio: 'ignore' });
    const url = new URL(primaryUrl as URL);
    url.hostname = '127.0.0.1';
    url.port = String(port);
    replica = wrapPool(new Pool({ connectionString: url.toString(), max: 3 }));
    await until(async () => {
      try {
        return (await onReplica('SELECT pg_is_in_recovery() AS standby')).standby === true;
      } catch {
        return false;
      }
    }, 'the standby to accept connections');
    setReplica(replica);
  }, 180_000);

  afterEach(async () => {
    delete process.env.DATABASE_REPLICA_MAX_LAG_S;
    if (replica) await resume().catch(() => {});
  });

  afterAll(async () => {
    setReplica(undefined);
    await replica?.close();
    if (version) {
      try {
        drop();
      } catch {}
    }
  });

  it('reads a caught-up replica, and says as of when', async () => {
    await touch();
    await replayed();
    fresh();
    const leader = await viewerFor('lanhdao');
    const source = await readDatabase(leader);
    expect(source.replica).toBe(true);
    expect(source.handle).toBe(replica);
    expect(source.asOf).toBeInstanceOf(Date);
    // queries through `db` answer from the replica inside readFrom, from the primary outside
    const where = sql`SELECT pg_is_in_recovery() AS standby`;
    expect((await readFrom(source, () => selectRows<{ standby: boolean }>(db, where)))[0].standby).toBe(true);
    expect((await selectRows<{ standby: boolean }>(db, where))[0].standby).toBe(false);
    // an export's batches are asked for later, by whoever reads the stream: each one still
    // reads the replica, in a transaction of its own as the exports' are
    async function* batches() {
      for (let i = 0; i < 3; i++) {
        yield await db.transaction(
          async (tx) => (await selectRows<{ standby: boolean }>(tx, where))[0].standby,
        );
      }
    }
    const seen: boolean[] = [];
    for await (const standby of readRowsFrom(source, batches())) {
      seen.push(standby);
      await sleep(10);
    }
    expect(seen).toEqual([true, true, true]);
  });

  it('does not read a paused replica past the lag limit', async () => {
    // The lag counts from the last commit replayed: within a limit that a busy machine cannot
    // use up between that commit and the check, then past a limit shorter than the wait.
    process.env.DATABASE_REPLICA_MAX_LAG_S = '30';
    const leader = await viewerFor('lanhdao');
    await touch();
    await replayed();
    await pause();
    await touch(); // the primary moves on; the replica stays where it was
    fresh();
    const within = await readDatabase(leader);
    expect(within.replica).toBe(true);
    process.env.DATABASE_REPLICA_MAX_LAG_S = '2';
    await sleep(2300);
    fresh();
    const past = await readDatabase(leader);
    expect(past.replica).toBe(false);
    expect(past.handle).toBe(primaryHandle());
    // once it replays again it is read again
    await resume();
    await replayed();
    process.env.DATABASE_REPLICA_MAX_LAG_S = '30'; // the backlog it replayed may be a few seconds old
    fresh();
    expect((await readDatabase(leader)).replica).toBe(true);
  }, 60_000);

  it('a writer sees their own change at once; another viewer may still read the replica', async () => {
    const official = await viewerFor('hp.danvan');
    const leader = await viewerFor('lanhdao');
    const [task] = await selectRows<{ code: string; version: number; progress: number }>(
      db,
      sql`SELECT t.code, t.version, t.progress FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
        WHERE o.code = 'HP-BDV' AND t.status IN ('not_started', 'in_progress') ORDER BY t.code LIMIT 1`,
    );
    const progress = task.progress === 55 ? 56 : 55;
    await touch();
    await replayed();
    await pause();
    const written = await applyTaskAction(
      official,
      { action: 'progress', code: task.code, version: task.version, progress, note: null } as never,
      today(),
    );
    expect(written.ok).toBe(true);
    fresh();

    const mine = await readDatabase(official);
    expect(mine.replica).toBe(false);
    const seenByWriter = await readFrom(mine, () => getTask(official, task.code, today()));
    expect(seenByWriter?.progress).toBe(progress);

    const theirs = await readDatabase(leader);
    expect(theirs.replica).toBe(true);
    const seenByLeader = await readFrom(theirs, () => getTask(leader, task.code, today()));
    expect(seenByLeader?.progress).toBe(task.progress);

    // replayed: the writer reads the replica again, and finds their change there
    await resume();
    await replayed();
    fresh();
    const later = await readDatabase(official);
    expect(later.replica).toBe(true);
    expect((await readFrom(later, () => getTask(official, task.code, today())))?.progress).toBe(progress);
  }, 60_000);
  it('keys a cached figure by the generation of the database it is computed on', async () => {
    // the key read from the primary while the figure comes from a lagging replica would keep
    // the replica's old figure under the primary's new generation: served stale after the replay
    const official = await viewerFor('hp.danvan');
    const leader = await viewerFor('lanhdao');
    const filters = { asOf: today() };
    const [task] = await selectRows<{ code: string; version: number }>(
      db,
      sql`SELECT t.code, t.version FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
        WHERE o.code = 'HP-BDV' AND t.status IN ('not_started', 'in_progress') ORDER BY t.code LIMIT 1`,
    );
    await touch();
    await replayed();
    fresh();
    const before = await taskHeadline(leader, filters);
    await pause();
    const reported = await applyTaskAction(
      official,
      {
        action: 'report',
        code: task.code,
        version: task.version,
        completedOn: today(),
        note: 'Xong',
      } as never,
      today(),
    );
    expect(reported.ok).toBe(true);
    fresh();
    const lagging = await readDatabase(leader);
    expect(lagging.replica).toBe(true);
    const onReplica = await readFrom(lagging, () => taskHeadline(leader, filters));
    expect(onReplica.awaitingConfirmation).toBe(before.awaitingConfirmation);
    expect((await taskHeadline(leader, filters)).awaitingConfirmation).toBe(before.awaitingConfirmation + 1);

    await resume();
    await replayed();
    fresh();
    const caughtUp = await readDatabase(leader);
    expect(caughtUp.replica).toBe(true);
    const replayedFigure = await readFrom(caughtUp, () => taskHeadline(leader, filters));
    expect(replayedFigure.awaitingConfirmation).toBe(before.awaitingConfirmation + 1);
  }, 60_000);
});
