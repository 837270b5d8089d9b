import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appendNewHashes,
  HASHES_FILE,
  hashOf,
  MIGRATIONS_DIR,
  migrationFiles,
  readHashes,
} from '@/scripts/migration-hashes';

describe('migration hashes (db/migrations/hashes.json)', () => {
  const listed = readHashes(HASHES_FILE);

  it('lists every migration file, and every listed file exists', () => {
    expect(Object.keys(listed).sort()).toEqual(migrationFiles());
  });

  it.each(migrationFiles())('%s is unchanged since it was listed', (name) => {
    expect(hashOf(path.join(MIGRATIONS_DIR, name)), `${name} was edited: add a new migration instead`).toBe(
      listed[name],
    );
  });

  it('db:hashes appends new files and never rewrites a listed hash', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hashes-'));
    try {
      writeFileSync(path.join(dir, '0000_a.sql'), 'SELECT 1;');
      writeFileSync(path.join(dir, '0001_b.sql'), 'SELECT 2;');
      const first = appendNewHashes(dir, {});
      expect(first.added).toEqual(['0000_a.sql', '0001_b.sql']);
      writeFileSync(path.join(dir, '0000_a.sql'), 'SELECT 1; -- edited');
      writeFileSync(path.join(dir, '0002_c.sql'), 'SELECT 3;');
      const second = appendNewHashes(dir, first.hashes);
      expect(second.added).toEqual(['0002_c.sql']);
      expect(second.hashes['0000_a.sql']).toBe(first.hashes['0000_a.sql']);
      expect(second.hashes['0000_a.sql']).not.toBe(hashOf(path.join(dir, '0000_a.sql')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
