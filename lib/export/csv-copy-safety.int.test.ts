import { sql } from 'drizzle-orm';
import { describe, expect, it, vi as vitest } from 'vitest';
import { REPORTS } from '@/app/(app)/reports/definitions';
import { startCopy } from '@/db/copy';
import { databaseHandle, db, selectRows } from '@/db/index';
import { auditBatches, auditExportQuery } from '@/db/queries/audit';
import { COPY_EXPORT_LIMITS } from '@/db/settings';
import { today } from '@/lib/clock';
import { parseAuditParams } from '@/lib/validations/audit';
import { parseListParams } from '@/lib/validations/filters';
import vi from '@/messages/vi.json';
import { collect } from '@/tests/export-helpers';
import { viewerFor } from '@/tests/viewers';
import { AUDIT_HEADER, auditCells, auditCsvLinesQuery, csvLinesStream, csvStream } from './audit-csv';
import { writeCsv, writeCsvLines } from './csv';

/**
 * What COPY (which takes no bind parameters) does with values a user types: every one must reach
 * the database as the value it is, never as SQL. And a COPY connection must go back to the pool
 * however the download ends.
 */

const postgres = process.env.TEST_DRIVER === 'postgres';
const t = (key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], vi) as string;

/** Search texts that would break out of a literal built by hand. */
const ATTACKS = [
  "x' OR '1'='1",
  "'; DROP TABLE tasks; --",
  "\\' OR TRUE --",
  "\\\\'); SELECT pg_sleep(5); --",
  "E'\\'' OR TRUE --",
  '$1 $2 $$ $tag$',
  '*/ OR TRUE /*',
  '-- comment',
  '"quoted" ident',
  "%') TO STDOUT; COPY (SELECT 1",
  'back\\slash \\N',
  'Đảng; “ngoặc” ‘single’',
];

/** The bytes COPY returns for one row of one text column. */
async function copiedText(query: ReturnType<typeof sql>, signal?: AbortSignal) {
  const copy = await startCopy(databaseHandle(), query, { signal });
  if (!copy) throw new Error('no COPY on PostgreSQL');
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of copy) chunks.push(chunk);
  } finally {
    await copy.close();
  }
  return Buffer.concat(chunks).toString('utf8');
}

describe.runIf(postgres)('values written into a COPY statement', () => {
  it('come back as the very values, whatever quotes, backslashes, dollars or comments they hold', async () => {
    for (const value of [...ATTACKS, "'", "''", '\\', "\\'", '\u00a0', '🇻🇳']) {
      expect(await copiedText(sql`SELECT ${value}::text AS line`)).toBe(value);
      // beside a literal and a comment of the statement itself
      expect(
        await copiedText(sql`SELECT '$1 '' -- ' || ${value}::text || /* $2 ' */ ${'!'}::text AS line`),
      ).toBe(`$1 ' -- ${value}!`);
    }
    for (const [value, text] of [
      [-1, '-1'],
      [1e21, '1e+21'],
      [true, 'true'],
      [null, null],
      [new Date('2026-11-15T03:00:00.5Z'), '2026-11-15 03:00:00.5+00'],
    ] as const) {
      const copied = await copiedText(sql`SELECT coalesce(${value}::text, 'NULL') AS line`);
      if (value instanceof Date) {
        expect(new Date(copied).toISOString()).toBe(value.toISOString());
      } else expect(copied).toBe(text ?? 'NULL');
    }
    // a NUL cannot be sent in a statement: refused, never cut short
    await expect(copiedText(sql`SELECT ${'a\u0000b'}::text AS line`)).rejects.toThrow();
    expect(
      (await selectRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM tasks`))[0].n,
    ).toBeGreaterThan(0);
  });

  it('the task export filtered by a hostile search writes what the JavaScript export writes', async () => {
    const tasks = REPORTS.tasks;
    if (tasks.kind !== 'list' || !tasks.csvLines) throw new Error('the task list is written by COPY');
    const codes = await selectRows<{ code: string }>(
      db,
      sql`SELECT code FROM tasks ORDER BY code LIMIT ${ATTACKS.length}`,
    );
    for (const [i, { code }] of codes.entries())
      await db.execute(sql`UPDATE tasks SET title = ${`Nhiệm vụ ${ATTACKS[i]}`} WHERE code = ${code}`);
    for (const login of ['lanhdao', 'hp.lanhdao']) {
      const viewer = await viewerFor(login);
      for (const q of ATTACKS) {
        const params = parseListParams({ q, dueFrom: '2000-01-01' });
        expect(params.success, q).toBe(true);
        const columns = tasks.columns(t);
        const js = await collect((out) =>
          writeCsv(out, columns, tasks.rows(viewer, params.data!, today(), t, 'vi', 50)),
        );
        const copy = await startCopy(
          databaseHandle(),
          tasks.csvLines(viewer, params.data!, today(), t, 'vi'),
        );
        const database = await collect((out) => writeCsvLines(out, columns, copy!));
        expect(database.toString('utf8'), `${login} ${q}`).toBe(js.toString('utf8'));
      }
    }
    // the national leader finds each title by its own hostile text, and only it
    const viewer = await viewerFor('lanhdao');
    const params = parseListParams({ q: ATTACKS[0] }).data!;
    const copy = await startCopy(databaseHandle(), tasks.csvLines(viewer, params, today(), t, 'vi'));
    const lines = (await collect((out) => writeCsvLines(out, tasks.columns(t), copy!))).toString('utf8');
    expect(lines.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(lines).toContain(codes[0].code);
  });

  it('the audit export filtered by hostile terms writes what the JavaScript export writes', async () => {
    const viewer = await viewerFor('quantri');
    for (const term of ATTACKS) {
      const params = parseAuditParams({ actor: term, entity: term, from: '2020-01-01', to: '2030-12-31' });
      expect(params.success, term).toBe(true);
      const js = Buffer.from(
        await new Response(
          csvStream(
            AUDIT_HEADER,
            (async function* () {
              for await (const batch of auditBatches(viewer, params.data!, 7)) yield batch.map(auditCells);
            })(),
          ),
        ).arrayBuffer(),
      );
      const copy = await startCopy(
        databaseHandle(),
        auditCsvLinesQuery(auditExportQuery(viewer, params.data!)),
      );
      const database = Buffer.from(await new Response(csvLinesStream(AUDIT_HEADER, copy!)).arrayBuffer());
      expect(database.toString('utf8'), term).toBe(js.toString('utf8'));
    }
  });
});

describe.runIf(postgres)('a COPY connection', () => {
  const probe = sql`SELECT g::text AS line FROM generate_series(1, 1000) g`;

  it('goes back to the pool when the request is aborted, even if nobody reads or closes it', async () => {
    const pool = databaseHandle().pool!;
    const slots = Math.floor(pool.options.max! / 2);
    for (let round = 0; round < 2; round++) {
      const aborted = new AbortController();
      const started = await Promise.all(
        Array.from({ length: slots }, () => startCopy(databaseHandle(), probe, { signal: aborted.signal })),
      );
      expect(started.every(Boolean)).toBe(true);
      // the client went away before the response was piped: nothing reads the body, nothing closes it
      aborted.abort();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(pool.totalCount - pool.idleCount).toBe(0);
    // an export that starts once its request is gone takes no connection at all
    expect(await startCopy(databaseHandle(), probe, { signal: AbortSignal.abort() })).toBeNull();
  });

  it('counts the COPY slots once per process, however many copies of the module the bundles load', async () => {
    const pool = databaseHandle().pool!;
    const slots = Math.floor(pool.options.max! / 2);
    const started = await Promise.all(
      Array.from({ length: slots }, () => startCopy(databaseHandle(), probe)),
    );
    expect(started.every(Boolean)).toBe(true);
    vitest.resetModules();
    const another = await import('@/db/copy');
    expect(another.startCopy).not.toBe(startCopy);
    const extra = await another.startCopy(databaseHandle(), probe);
    await extra?.close();
    for (const copy of started) await copy!.close();
    expect(extra).toBeNull();
  });

  it('ends a download whose last bytes were read after the server finished as complete', async () => {
    // the server has sent every row and waits, idle in its transaction, while a slow client reads
    const copy = await startCopy(databaseHandle(), probe, {
      limits: { ...COPY_EXPORT_LIMITS, idleTxTimeoutMs: 100 },
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    let bytes = 0;
    for await (const chunk of copy!) bytes += chunk.length;
    await expect(copy!.close()).resolves.toBeUndefined();
    expect(copy!.count()).toBe(1000);
    expect(bytes).toBe(Array.from({ length: 1000 }, (_, i) => `${i + 1}`).join('').length);
    expect((await selectRows<{ one: number }>(db, sql`SELECT 1 AS one`))[0].one).toBe(1);
  });
});
