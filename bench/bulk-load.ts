/**
 * Loading millions of rows into tables that keep their indexes and foreign keys costs an index
 * insertion per index and a key lookup (with a row lock) per foreign key for every row: for ten
 * million events that is most of the time. During the bench load the secondary indexes and the
 * foreign keys of the loaded tables are dropped, and afterwards recreated from their own
 * definitions (pg_get_indexdef, pg_get_constraintdef), so whatever a later migration adds comes
 * back as it was; re-adding a foreign key checks every row, so nothing unchecked is left behind.
 * Primary keys (and any index a constraint depends on) stay. Triggers stay enabled: the ones on
 * these tables are statement-level (figure_generations, bumped once per statement) or filtered by
 * a WHEN clause the loaded rows do not meet, and anything a trigger keeps up to date stays right.
 */
import type { BenchDatabase } from './generate';

type Index = { name: string; table: string; def: string };
type ForeignKey = { name: string; table: string; def: string };
export type Dropped = { indexes: Index[]; foreignKeys: ForeignKey[] };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Drops the secondary indexes and foreign keys of `tables`; returns what to recreate. */
export async function dropForLoad(bench: BenchDatabase, tables: string[]): Promise<Dropped> {
  const { rows: indexRows } = await bench.query(
    `SELECT ic.relname AS name, c.relname AS "table", pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
       JOIN pg_class c ON c.oid = i.indrelid
       JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE c.relname = ANY($1::text[]) AND c.relnamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY c.relname, ic.relname`,
    [tables],
  );
  const { rows: keyRows } = await bench.query(
    `SELECT k.conname AS name, c.relname AS "table", pg_get_constraintdef(k.oid) AS def
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
      WHERE k.contype = 'f' AND c.relname = ANY($1::text[]) AND c.relnamespace = 'public'::regnamespace
      ORDER BY c.relname, k.conname`,
    [tables],
  );
  const dropped: Dropped = {
    indexes: indexRows.map((r) => ({ name: String(r.name), table: String(r.table), def: String(r.def) })),
    foreignKeys: keyRows.map((r) => ({ name: String(r.name), table: String(r.table), def: String(r.def) })),
  };
  for (const key of dropped.foreignKeys) {
    await bench.query(`ALTER TABLE ${quote(key.table)} DROP CONSTRAINT ${quote(key.name)}`);
  }
  for (const index of dropped.indexes) await bench.query(`DROP INDEX ${quote(index.name)}`);
  return dropped;
}

/**
 * Recreates what `dropForLoad` dropped: the indexes (largest tables first, `jobs` at a time, each
 * build single-process so two builds share two cores), then the foreign keys, each checked
 * against every row.
 */
export async function restoreAfterLoad(bench: BenchDatabase, dropped: Dropped, jobs: number): Promise<void> {
  const sizes = new Map<string, number>();
  for (const table of new Set(dropped.indexes.map((i) => i.table))) {
    const { rows } = await bench.query(`SELECT pg_relation_size($1::regclass)::float8 AS n`, [table]);
    sizes.set(table, Number(rows[0].n));
  }
  const indexes = [...dropped.indexes].sort((a, b) => (sizes.get(b.table) ?? 0) - (sizes.get(a.table) ?? 0));
  const settings =
    bench.driver === 'postgres'
      ? [
          "SET LOCAL maintenance_work_mem = '512MB'",
          `SET LOCAL max_parallel_maintenance_workers = ${jobs > 1 ? 0 : 2}`,
          "SET LOCAL lock_timeout = '0'",
          "SET LOCAL work_mem = '256MB'",
        ]
      : [];
  await runQueue(
    bench,
    indexes.map((index) => ({ statements: [...settings, index.def] })),
    jobs,
  );
  // Sequential: a foreign key locks its table against the others' checks anyway.
  for (const key of dropped.foreignKeys) {
    await inTransaction(bench, [
      ...settings,
      `ALTER TABLE ${quote(key.table)} ADD CONSTRAINT ${quote(key.name)} ${key.def}`,
    ]);
  }
}

/** Statements run in one transaction; the last may carry parameters; `done` hears its row count. */
export type Work = { statements: string[]; params?: unknown[]; done?: (rows: number, ms: number) => void };

/** Runs each work item in a transaction of its own, `jobs` at a time (one connection each). */
export async function runQueue(bench: BenchDatabase, work: Work[], jobs: number): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < work.length && !failed) {
      const item = work[next++];
      try {
        const began = Date.now();
        const rows = await inTransaction(bench, item.statements, item.params);
        item.done?.(rows, Date.now() - began);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, work.length)) }, worker));
}

/** Statements in one transaction on one connection; returns the last one's row count. */
export async function inTransaction(
  bench: BenchDatabase,
  statements: string[],
  params?: unknown[],
): Promise<number> {
  const session = await bench.connect();
  try {
    await session.query('BEGIN');
    let count = 0;
    for (let i = 0; i < statements.length; i++) {
      const last = i === statements.length - 1;
      count = (await session.query(statements[i], last ? params : undefined)).count;
    }
    await session.query('COMMIT');
    return count;
  } catch (error) {
    await session.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    session.release();
  }
}

/** VACUUM (ANALYZE) each table, `jobs` at a time: hint bits and the visibility map set once, now. */
export async function vacuumTables(bench: BenchDatabase, tables: string[], jobs: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tables.length) {
      const table = tables[next++];
      const session = await bench.connect();
      try {
        await session.query(`VACUUM (ANALYZE) ${quote(table)}`);
      } finally {
        session.release();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, tables.length)) }, worker));
}
