import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, readHashes } from '@/scripts/migration-hashes';
import { unappliedMigrations } from './migration-check';

describe('migrations the database has no record of', () => {
  const hashes = readHashes();

  it('none when every migration was applied', () => {
    expect(unappliedMigrations(MIGRATIONS_DIR, Object.values(hashes))).toEqual([]);
  });

  it('names one dated before the last applied (a database migrated with 0023 before 0021 came in)', () => {
    const applied = Object.entries(hashes)
      .filter(([name]) => name !== '0021_recommendation_rollup.sql')
      .map(([, hash]) => hash);
    expect(unappliedMigrations(MIGRATIONS_DIR, applied)).toEqual(['0021_recommendation_rollup']);
  });
});
