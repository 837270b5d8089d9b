import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockPglite, pgliteExtensions } from '../index';
import { type BackupResult, refused } from './result';
import { readTar, writeTar } from './tar';

/**
 * The embedded database's backup: one tar holding a manifest, PGlite's own dump of its folder
 * (`dumpDataDir`, a gzipped tarball) and, when there is one, the `auth-secret` file beside the
 * folder: the authenticator keys in the database are sealed with it (lib/auth/secret-box.ts),
 * so a restore without it would leave every two-factor account unable to sign in.
 */
export const MANIFEST = 'nq23-backup.json';
const DUMP = 'pglite.tar.gz';
const SECRET = 'auth-secret';

export const secretFileOf = (dir: string) => path.join(path.dirname(dir), 'auth-secret');

export async function backupPglite(dir: string, file: string): Promise<BackupResult> {
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    return refused('no_database', `There is no embedded database in ${dir}.`);
  }
  const release = lockPglite(dir);
  try {
    const client = new PGlite(dir, { extensions: pgliteExtensions() });
    await client.waitReady; // dumpDataDir on a database still opening never settles
    const dump = Buffer.from(await (await client.dumpDataDir('gzip')).arrayBuffer());
    await client.close();
    const secretFile = secretFileOf(dir);
    const entries = [
      {
        name: MANIFEST,
        data: Buffer.from(
          JSON.stringify({
            kind: 'pglite',
            createdAt: new Date().toISOString(),
            authSecret: existsSync(secretFile),
          }),
        ),
      },
      { name: DUMP, data: dump },
      ...(existsSync(secretFile) ? [{ name: SECRET, data: readFileSync(secretFile) }] : []),
    ];
    writeFileSync(file, writeTar(entries), { mode: 0o600 });
    return { ok: true, secretIncluded: existsSync(secretFile) };
  } finally {
    release();
  }
}

function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * Restores into `dir`. A folder that holds anything, or an `auth-secret` that differs from the
 * backup's, is refused unless `force`: then they are moved aside (`….replaced-<time>`), never
 * deleted, and the paths are returned.
 */
export async function restorePglite(file: string, dir: string, force = false): Promise<BackupResult> {
  const entries = readTar(readFileSync(file));
  const manifest = entries?.find((entry) => entry.name === MANIFEST);
  const dump = entries?.find((entry) => entry.name === DUMP);
  if (!manifest || !dump) {
    return refused(
      'not_a_backup',
      `${file} is not a backup of the embedded database (npm run db:backup without DATABASE_URL).`,
    );
  }
  const secret = entries?.find((entry) => entry.name === SECRET)?.data;
  const secretFile = secretFileOf(dir);
  const secretDiffers = !!secret && existsSync(secretFile) && !readFileSync(secretFile).equals(secret);
  if (!force && (!isEmptyFolder(dir) || secretDiffers)) {
    return refused(
      'not_empty',
      `The embedded database ${dir} is not empty${secretDiffers ? ' (or its auth-secret differs)' : ''}: nothing was restored. Add --force to replace it (the current files are kept aside).`,
    );
  }
  mkdirSync(path.dirname(dir), { recursive: true });
  const release = lockPglite(dir);
  try {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const keptAside: string[] = [];
    if (!isEmptyFolder(dir)) {
      renameSync(dir, `${dir}.replaced-${stamp}`);
      keptAside.push(`${dir}.replaced-${stamp}`);
    }
    if (secretDiffers) {
      renameSync(secretFile, `${secretFile}.replaced-${stamp}`);
      keptAside.push(`${secretFile}.replaced-${stamp}`);
    }
    mkdirSync(dir, { recursive: true });
    const client = new PGlite(dir, {
      loadDataDir: new Blob([new Uint8Array(dump.data)]),
      extensions: pgliteExtensions(),
    });
    await client.query('SELECT 1');
    await client.close();
    if (secret) writeFileSync(secretFile, secret, { mode: 0o600 });
    return { ok: true, secretIncluded: !!secret, keptAside };
  } finally {
    release();
  }
}
