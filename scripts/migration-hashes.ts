/**
 * The committed list of migration hashes (db/migrations/hashes.json: file → sha256). A migration
 * applied somewhere must never change: db/migrations/hashes.test.ts compares every file with
 * this list. `npm run db:hashes` appends the files not listed yet and never rewrites a listed one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../db/migrations');
export const HASHES_FILE = path.join(MIGRATIONS_DIR, 'hashes.json');

export function migrationFiles(dir = MIGRATIONS_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
}

export function hashOf(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function readHashes(file = HASHES_FILE): Record<string, string> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

/** The listed hashes with the new files appended; a listed file keeps the hash it was listed with. */
export function appendNewHashes(
  dir = MIGRATIONS_DIR,
  listed: Record<string, string> = readHashes(),
): { hashes: Record<string, string>; added: string[] } {
  const hashes = { ...listed };
  const added: string[] = [];
  for (const name of migrationFiles(dir)) {
    if (name in hashes) continue;
    hashes[name] = hashOf(path.join(dir, name));
    added.push(name);
  }
  return { hashes, added };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const { hashes, added } = appendNewHashes();
  writeFileSync(HASHES_FILE, `${JSON.stringify(hashes, null, 2)}\n`);
  console.log(
    added.length ? `db:hashes: added ${added.join(', ')}` : 'db:hashes: every migration is listed already',
  );
}
