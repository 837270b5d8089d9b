import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { queryErrors } from '@/lib/metrics';

const errorsOf = async (sqlClass: string) =>
  (await queryErrors().get()).values.find((value) => value.labels.class === sqlClass)?.value ?? 0;

describe('db_query_errors_total', () => {
  it('counts every statement the database refuses, inside transactions too, by SQLSTATE class', async () => {
    const before = { syntax: await errorsOf('42'), integrity: await errorsOf('23') };
    await expect(db.execute(sql`SELECT * FROM no_such_table`)).rejects.toThrow();
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`SELECT 1`);
        await tx.execute(sql`SELECT 1/0 FROM no_such_table_either`);
      }),
    ).rejects.toThrow();
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`CREATE TEMP TABLE t_once (id int PRIMARY KEY) ON COMMIT DROP`);
        await tx.execute(sql`INSERT INTO t_once VALUES (1), (1)`);
      }),
    ).rejects.toThrow();
    expect(await errorsOf('42')).toBeGreaterThanOrEqual(before.syntax + 2);
    expect(await errorsOf('23')).toBe(before.integrity + 1);
    // a statement that succeeds counts nothing
    const after = await errorsOf('42');
    await db.execute(sql`SELECT 1`);
    expect(await errorsOf('42')).toBe(after);
  });
});
