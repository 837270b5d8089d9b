import 'server-only';
import { sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../index';

/**
 * The next generated code, e.g. `NV-2026-0001` or `KN-2026-0012`: a per-prefix, per-year
 * counter incremented in the caller's transaction, so two writers never get the same code.
 */
export async function nextCode(tx: Executor, prefix: 'NV' | 'KN', year: number): Promise<string> {
  const [row] = await selectRows<{ value: number }>(
    tx,
    sql`
    INSERT INTO code_counters (prefix, year, value) VALUES (${prefix}, ${year}, 1)
    ON CONFLICT (prefix, year) DO UPDATE SET value = code_counters.value + 1
    RETURNING value`,
  );
  return `${prefix}-${year}-${String(row.value).padStart(4, '0')}`;
}

/** `count` consecutive generated codes in one counter update (bulk imports). */
export async function nextCodes(
  tx: Executor,
  prefix: 'NV' | 'KN',
  year: number,
  count: number,
): Promise<string[]> {
  if (count === 0) return [];
  const [row] = await selectRows<{ value: number }>(
    tx,
    sql`
    INSERT INTO code_counters (prefix, year, value) VALUES (${prefix}, ${year}, ${count})
    ON CONFLICT (prefix, year) DO UPDATE SET value = code_counters.value + ${count}
    RETURNING value`,
  );
  const first = Number(row.value) - count + 1;
  return Array.from({ length: count }, (_, i) => `${prefix}-${year}-${String(first + i).padStart(4, '0')}`);
}
