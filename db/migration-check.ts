import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';

/**
 * The migrations of the journal that a database has no record of (by their hash, as drizzle records
 * them), by tag. drizzle applies only the migrations dated after the last one the database holds: one
 * dated earlier — merged from another branch, or renumbered after a later one was applied (0023 →
 * 0022 after 0021 on 2 December) — is skipped without a word, and the first page that reads its
 * tables fails.
 */
export function unappliedMigrations(migrationsFolder: string, appliedHashes: Iterable<string>): string[] {
  const applied = new Set(appliedHashes);
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  // readMigrationFiles reads the journal's entries in order: the i-th file is the i-th entry
  const files = readMigrationFiles({ migrationsFolder });
  return files.flatMap((file, i) => (applied.has(file.hash) ? [] : [journal.entries[i].tag]));
}
