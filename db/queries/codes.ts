import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { type Executor, selectRows } from '../index';
import { recommendations, tasks } from '../schema';

const TABLE = { NV: tasks, KN: recommendations } as const;
const CHUNK = 5000;

/**
 * The next generated code, e.g. `NV-2026-0001` or `KN-2026-0012`: a per-prefix, per-year
 * counter incremented in the caller's transaction, so two writers never get the same code.
 */
export async function nextCode(tx: Executor, prefix: 'NV' | 'KN', year: number): Promise<string> {
  const [code] = await nextCodes(tx, prefix, year, 1);
  return code;
}

/**
 * `count` generated codes, taken from the counter (whose row stays locked until the caller's
 * transaction ends: two writers wait for each other, never share a number). A number already
 * held by a record — typed by hand before such codes were reserved, or loaded from elsewhere —
 * is skipped, so a taken code never blocks the year's numbering.
 */
export async function nextCodes(
  tx: Executor,
  prefix: 'NV' | 'KN',
  year: number,
  count: number,
): Promise<string[]> {
  const codes: string[] = [];
  while (codes.length < count) {
    const want = count - codes.length;
    const [row] = await selectRows<{ value: number }>(
      tx,
      sql`
      INSERT INTO code_counters (prefix, year, value) VALUES (${prefix}, ${year}, ${want})
      ON CONFLICT (prefix, year) DO UPDATE SET value = code_counters.value + ${want}
      RETURNING value`,
    );
    const first = Number(row.value) - want + 1;
    const candidates = Array.from(
      { length: want },
      (_, i) => `${prefix}-${year}-${String(first + i).padStart(4, '0')}`,
    );
    const taken = new Set<string>();
    const table = TABLE[prefix];
    for (let i = 0; i < candidates.length; i += CHUNK) {
      const rows = await tx
        .select({ code: table.code })
        .from(table)
        .where(inArray(table.code, candidates.slice(i, i + CHUNK)));
      for (const r of rows) taken.add(r.code);
    }
    codes.push(...candidates.filter((code) => !taken.has(code)));
  }
  return codes;
}
