import 'server-only';
import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Executor, selectRows } from '../index';

/**
 * Inserts many records in one statement with one parameter: the records as JSON, expanded by
 * the database into the table's own row type (`jsonb_populate_recordset`), so every column
 * keeps its type. drizzle's `values()` binds each field as a parameter, and building such a
 * statement of 1,000 rows costs more CPU than the database spends on it (a 20,000-row import
 * spent ~4 s of its commit there). A column missing from every record gets its default; one
 * missing from some records only is NULL in those. Dates go as ISO strings.
 */
export async function insertRecords<T extends PgTable, R = never>(
  tx: Executor,
  table: T,
  records: T['$inferInsert'][],
  returning?: SQL,
): Promise<R[]> {
  if (records.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const rows = records as Record<string, unknown>[];
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => r[k] !== undefined)))];
  const json = JSON.stringify(
    rows.map((r) => Object.fromEntries(keys.map((k) => [columns[k].name, r[k] ?? null]))),
  );
  const list = sql.join(
    keys.map((k) => sql.identifier(columns[k].name)),
    sql`, `,
  );
  const name = sql.identifier(getTableName(table));
  return selectRows<R>(
    tx,
    sql`INSERT INTO ${name} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${name}, ${json}::jsonb)
      ${returning ? sql`RETURNING ${returning}` : sql``}`,
  );
}
