import { describe, expect, it } from 'vitest';
import { directConnectionString } from './index';
import { replicaMaxLagMs } from './read-database';

describe('DATABASE_REPLICA_MAX_LAG_S', () => {
  it('is 30 s unset or empty, and seconds (decimals too) when set', () => {
    expect(replicaMaxLagMs({})).toBe(30_000);
    expect(replicaMaxLagMs({ DATABASE_REPLICA_MAX_LAG_S: ' ' })).toBe(30_000);
    expect(replicaMaxLagMs({ DATABASE_REPLICA_MAX_LAG_S: '5' })).toBe(5000);
    expect(replicaMaxLagMs({ DATABASE_REPLICA_MAX_LAG_S: '0.5' })).toBe(500);
    expect(replicaMaxLagMs({ DATABASE_REPLICA_MAX_LAG_S: '0' })).toBe(0);
  });

  it('falls back to 30 s on anything that is not a number of seconds', () => {
    for (const bad of ['-1', 'abc', '5s', '1e3']) {
      expect(replicaMaxLagMs({ DATABASE_REPLICA_MAX_LAG_S: bad })).toBe(30_000);
    }
  });
});

describe('DATABASE_DIRECT_URL', () => {
  it('is the direct server when set, else DATABASE_URL, else nothing (embedded)', () => {
    const pooled = 'postgres://u:p@127.0.0.1:6432/db';
    const direct = 'postgres://u:p@127.0.0.1:5432/db';
    expect(directConnectionString({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: direct })).toBe(direct);
    expect(directConnectionString({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: '' })).toBe(pooled);
    expect(directConnectionString({})).toBeUndefined();
  });
});
