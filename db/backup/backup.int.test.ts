import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { eq, sql } from 'drizzle-orm';
import { Pool } from 'pg';
import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest';
import {
  type DatabaseHandle,
  databaseHandle,
  db,
  pgliteExtensions,
  selectRows,
  setDatabase,
  wrapPglite,
  wrapPool,
} from '@/db/index';
import { completeSecondFactor, signInWithPassword } from '@/db/queries/auth';
import { beginEnrolment, confirmEnrolment, twoFactorStatus } from '@/db/queries/two-factor';
import { users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { openText } from '@/lib/auth/secret-box';
import { totpCode } from '@/lib/auth/totp';
import { createDatabase, dropDatabase } from '@/tests/pg-admin';
import { viewerFor } from '@/tests/viewers';
import { restorePglite, secretFileOf } from './pglite';
import { backupPostgres, restorePostgres } from './postgres';

/**
 * Fill, back up, restore into a fresh database: every table's rows are the same (count and a
 * checksum of its rows), and an account with two-factor sign-in signs in with its code.
 */
const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'backup-'));
const fileHandle = databaseHandle();
afterEach(() => vi.unstubAllEnvs());
afterAll(() => {
  setDatabase(fileHandle);
  rmSync(work, { recursive: true, force: true });
});

type Fingerprint = Record<string, { rows: number; md5: string | null }>;

/** Every table of the application's schemas: its row count and an md5 of its rows in order. */
async function fingerprint(handle: DatabaseHandle): Promise<Fingerprint> {
  const tables = await selectRows<{ name: string }>(
    handle.db,
    sql`SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const result: Fingerprint = {};
  for (const { name } of tables) {
    const [row] = await selectRows<{ rows: number; md5: string | null }>(
      handle.db,
      sql.raw(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM ${name} t`,
      ),
    );
    result[name] = row;
  }
  return result;
}

/** Two-factor sign-in set up for a demo account (as the account page does), plus a few writes. */
async function fill(): Promise<string> {
  const viewer = await viewerFor('hp.danvan');
  expect(await beginEnrolment(viewer)).toEqual({ ok: true });
  const secret = (await twoFactorStatus(viewer)).pending?.secret ?? '';
  const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, viewer.id));
  const confirmed = await confirmEnrolment(
    viewer,
    totpCode(secret, new Date()),
    { id: 's1', version: row.sv },
    {
      address: null,
    },
  );
  expect(confirmed.ok).toBe(true);
  // writes elsewhere: a failed and a successful sign-in (events, throttles)
  await signInWithPassword('hp.lanhdao', 'wrong password', { address: '10.0.0.9' });
  expect((await signInWithPassword('hp.lanhdao', DEMO_PASSWORD, { address: null })).kind).toBe('signed_in');
  return secret;
}

/** The sign-in the login page runs: password, then the code (checked with the server's secret). */
async function signsInWithCode(secret: string): Promise<boolean> {
  const outcome = await signInWithPassword('hp.danvan', DEMO_PASSWORD, { address: null });
  if (outcome.kind !== 'second_factor') return false;
  const code = totpCode(secret, new Date(Date.now() + 30_000));
  return (await completeSecondFactor(outcome.nonce, code, { address: null })) !== null;
}

const tsx = (script: string, args: string[], env: Record<string, string>) =>
  promisify(execFile)(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', path.join(root, 'scripts', script), ...args],
    { cwd: root, env: { ...process.env, ...env } },
  ).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

describe.runIf(process.env.TEST_DRIVER !== 'postgres')('backup and restore of the embedded database', () => {
  it('restores every row and the auth-secret; refuses a non-empty folder without --force', async () => {
    const source = path.join(work, 'source', 'pglite');
    mkdirSync(source, { recursive: true });
    const secretValue = randomBytes(33).toString('base64');
    writeFileSync(secretFileOf(source), secretValue);
    const template = new Blob([new Uint8Array(readFileSync(inject('pgliteDump')))]);
    let handle = wrapPglite(new PGlite(source, { loadDataDir: template, extensions: pgliteExtensions() }));
    vi.stubEnv('AUTH_SECRET', '');
    vi.stubEnv('PGLITE_DIR', source);
    setDatabase(handle);
    const totpSecret = await fill();
    await handle.close();

    const file = path.join(work, 'embedded.backup');
    const backup = await tsx('db-backup.ts', [file], {
      DATABASE_URL: '',
      PGLITE_DIR: source,
      AUTH_SECRET: '',
    });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);

    const target = path.join(work, 'target', 'pglite');
    expect(await restorePglite(file, target)).toMatchObject({ ok: true, secretIncluded: true });
    expect(readFileSync(secretFileOf(target), 'utf8')).toBe(secretValue);

    handle = wrapPglite(new PGlite(source, { extensions: pgliteExtensions() }));
    const before = await fingerprint(handle);
    await handle.close();
    const restored = wrapPglite(new PGlite(target, { extensions: pgliteExtensions() }));
    const after = await fingerprint(restored);
    expect(Object.keys(after).length).toBeGreaterThan(10);
    expect(before['public.users'].rows).toBeGreaterThan(0);
    expect(after).toEqual(before);

    // The restored key unseals with the restored secret only, and the account signs in with a code.
    setDatabase(restored);
    vi.stubEnv('PGLITE_DIR', target);
    const [sealed] = await db
      .select({ box: users.totpSecret })
      .from(users)
      .where(eq(users.login, 'hp.danvan'));
    expect(openText(sealed.box ?? '', 'totp-secret', 'another secret')).toBeNull();
    expect(openText(sealed.box ?? '', 'totp-secret', secretValue)).toBe(totpSecret);
    expect(await signsInWithCode(totpSecret)).toBe(true);
    const signedIn = await fingerprint(restored);
    await restored.close();

    // Not empty: refused, by the command too, and nothing changed.
    const refused = await tsx('db-restore.ts', [file], {
      DATABASE_URL: '',
      PGLITE_DIR: target,
      AUTH_SECRET: '',
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('is not empty');
    expect(refused.stderr).toContain('--force');
    let reopened = wrapPglite(new PGlite(target, { extensions: pgliteExtensions() }));
    expect(await fingerprint(reopened)).toEqual(signedIn);
    await reopened.close();

    // --force: the backup's state again, the replaced folder kept aside.
    const forced = await restorePglite(file, target, true);
    expect(forced).toMatchObject({ ok: true });
    expect(forced.ok && forced.keptAside?.length).toBe(1);
    reopened = wrapPglite(new PGlite(target, { extensions: pgliteExtensions() }));
    expect(await fingerprint(reopened)).toEqual(before);
    await reopened.close();
  }, 180_000);

  it('refuses a file that is not a backup of the embedded database', async () => {
    const file = path.join(work, 'not-a-backup');
    writeFileSync(file, 'PGDMP…');
    expect(await restorePglite(file, path.join(work, 'nowhere', 'pglite'))).toMatchObject({
      ok: false,
      reason: 'not_a_backup',
    });
  });
});

describe.runIf(process.env.TEST_DRIVER === 'postgres')('backup and restore on PostgreSQL', () => {
  const fresh = `tracker_restore_${process.pid}_${Date.now()}`;
  afterAll(() => dropDatabase(fresh));

  it('restores every row into a fresh database; refuses a non-empty one without --force', async () => {
    const secretValue = 'backup-test-secret-backup-test-secret';
    vi.stubEnv('AUTH_SECRET', secretValue);
    const sourceUrl = process.env.TEST_FILE_DATABASE_URL ?? '';
    const totpSecret = await fill();
    const file = path.join(work, 'postgres.backup');
    expect(await backupPostgres(sourceUrl, file)).toEqual({ ok: true });
    const before = await fingerprint(fileHandle);

    const url = await createDatabase(fresh);
    expect(await restorePostgres(file, url)).toEqual({ ok: true });
    const restored = wrapPool(new Pool({ connectionString: url, max: 3 }));
    try {
      expect(await fingerprint(restored)).toEqual(before);
      setDatabase(restored);
      expect(await signsInWithCode(totpSecret)).toBe(true);
      const signedIn = await fingerprint(restored);

      const refused = await restorePostgres(file, url);
      expect(refused).toMatchObject({ ok: false, reason: 'not_empty' });
      expect(await fingerprint(restored)).toEqual(signedIn);

      expect(await restorePostgres(file, url, true)).toEqual({ ok: true });
      expect(await fingerprint(restored)).toEqual(before);
    } finally {
      setDatabase(fileHandle);
      await restored.close();
    }
  }, 120_000);

  it('refuses a file that is not a PostgreSQL backup, and leaves the database as it was', async () => {
    const file = path.join(work, 'not-a-dump');
    writeFileSync(file, 'ustar?');
    expect(await restorePostgres(file, process.env.TEST_FILE_DATABASE_URL ?? '')).toMatchObject({
      ok: false,
      reason: 'not_a_backup',
    });
  });
});
