import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '@/lib/logger';
import { DEFAULT_LIMITS, databaseLimits, roleSettings, sessionSettings } from './settings';

afterEach(() => vi.restoreAllMocks());

describe('database limits from the environment', () => {
  it('reads the four variables', () => {
    expect(
      databaseLimits({
        DATABASE_STATEMENT_TIMEOUT_MS: '1200',
        DATABASE_LOCK_TIMEOUT_MS: '300',
        DATABASE_IDLE_TX_TIMEOUT_MS: '0',
        DATABASE_CONNECT_TIMEOUT_MS: '2500',
      }),
    ).toEqual({ statementTimeoutMs: 1200, lockTimeoutMs: 300, idleTxTimeoutMs: 0, connectTimeoutMs: 2500 });
  });

  it('uses the defaults when unset', () => {
    expect(databaseLimits({})).toEqual({
      statementTimeoutMs: 30_000,
      lockTimeoutMs: 5_000,
      idleTxTimeoutMs: 60_000,
      connectTimeoutMs: 5_000,
    });
  });

  it('falls back to the default, with a log line, for a value that is not whole milliseconds', () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
    const limits = databaseLimits({
      DATABASE_STATEMENT_TIMEOUT_MS: '30s',
      DATABASE_LOCK_TIMEOUT_MS: '-1',
      DATABASE_IDLE_TX_TIMEOUT_MS: '1.5',
      DATABASE_CONNECT_TIMEOUT_MS: '99999999999',
    });
    expect(limits).toEqual(DEFAULT_LIMITS);
    expect(warn).toHaveBeenCalledTimes(4);
    expect(String(warn.mock.calls[0][1])).toContain('DATABASE_STATEMENT_TIMEOUT_MS');
  });
});

describe('session settings', () => {
  it('default: no parallel workers, no JIT', () => {
    expect(sessionSettings({})).toEqual({ max_parallel_workers_per_gather: '0', jit: 'off' });
  });

  it('reads name=value pairs, and the libpq form of DATABASE_PG_OPTIONS it replaces', () => {
    expect(
      sessionSettings({ DATABASE_SESSION_SETTINGS: 'work_mem=8MB, max_parallel_workers_per_gather=2' }),
    ).toEqual({
      work_mem: '8MB',
      max_parallel_workers_per_gather: '2',
    });
    vi.spyOn(logger, 'warn').mockImplementation(() => {});
    expect(sessionSettings({ DATABASE_PG_OPTIONS: '-c work_mem=8MB --jit=off' })).toEqual({
      work_mem: '8MB',
      jit: 'off',
    });
  });

  it('falls back to the default, with a log line, for something else', () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => {});
    expect(sessionSettings({ DATABASE_SESSION_SETTINGS: "work_mem='8MB'; DROP TABLE tasks" })).toEqual({
      max_parallel_workers_per_gather: '0',
      jit: 'off',
    });
    expect(warn).toHaveBeenCalledOnce();
  });

  it('the role gets both; the limits win over the list', () => {
    expect(
      roleSettings({ DATABASE_SESSION_SETTINGS: 'statement_timeout=0', DATABASE_LOCK_TIMEOUT_MS: '700' }),
    ).toEqual({
      statement_timeout: '30000',
      lock_timeout: '700',
      idle_in_transaction_session_timeout: '60000',
    });
  });
});
