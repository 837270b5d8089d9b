import type { PGlite } from '@electric-sql/pglite';
import type PgBoss from 'pg-boss';

/**
 * pg-boss on the embedded database: its `db` option with the application's own PGlite (one
 * process may open the folder once). Statements without parameters may be several at once
 * (pg-boss's schema, its `BEGIN; …; COMMIT` plans): `exec()`; the others `query()`. After an
 * error inside a transaction the session would refuse every later statement: `ROLLBACK`.
 */
export function pgliteDb(client: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      try {
        if (values && values.length > 0) {
          const result = await client.query(text, values);
          return { rows: result.rows as unknown[] };
        }
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as unknown[] };
      } catch (error) {
        if (client.isInTransaction()) await client.exec('ROLLBACK').catch(() => {});
        throw error;
      }
    },
  };
}
