import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { REPORTS } from '@/app/(app)/reports/definitions';
import { startCopy } from '@/db/copy';
import { databaseHandle, db, selectRows } from '@/db/index';
import { auditBatches, auditExportQuery } from '@/db/queries/audit';
import { today } from '@/lib/clock';
import { formatDate } from '@/lib/format';
import { parseListParams } from '@/lib/validations/filters';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';
import { collect } from '@/tests/export-helpers';
import { viewerFor } from '@/tests/viewers';
import { AUDIT_HEADER, auditCells, auditCsvLinesQuery, csvLinesStream, csvStream } from './audit-csv';
import { writeCsv, writeCsvLines } from './csv';
import { csvLinesQuery, labelField } from './csv-sql';
import type { Column } from './table';

const postgres = process.env.TEST_DRIVER === 'postgres';
const messages = { vi, en };
const translator = (locale: 'vi' | 'en') => (key: string) =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale]) as string;

/** What the database writes for `query` (lib/export/csv-sql.ts), header and all. */
async function copied(columns: Column[], query: ReturnType<typeof csvLinesQuery>) {
  const copy = await startCopy(databaseHandle(), query);
  if (!copy) throw new Error('no COPY on PostgreSQL');
  return collect((out) => writeCsvLines(out, columns, copy));
}

/** Every field a spreadsheet or a CSV reader could trip on. */
const NASTY = [
  '=cmd|/C calc',
  '+1',
  '-x',
  '@x',
  '\tlead tab',
  '\rlead CR',
  'say "hi"',
  '"',
  'a,b',
  'a;b',
  '=a;b"c',
  'line\r\nbreak',
  'lf\nonly',
  'cr\ronly',
  'back\\slash \\N \\t',
  'tab\tinside',
  'Nghị quyết số 23-NQ/TW: Đảng, Nhà nước; “ngoặc kép”',
  "'apostrophe",
  ' ',
  '',
  null,
  '🇻🇳 ✓',
];
const INTS = [0, -5, 123456, null, 100];
const PERCENTS = [0.4567, 0, 1, 0.0005, 0.00049, -0.0005, -0.4567, 0.12345, 2.5, null, 0.3, 1 / 3, 0.0449999];
const DAYS = ['2026-12-02', '2024-02-29', null, '1999-01-31'];

const PROBE_COLUMNS: Column[] = [
  { key: 'n', header: 'n', kind: 'int' },
  { key: 'text', header: 'Văn bản, "tiêu đề"', kind: 'text' },
  { key: 'count', header: 'Số', kind: 'int' },
  { key: 'share', header: 'Tỷ lệ (%)', group: 'Nhóm', kind: 'percent' },
  { key: 'day', header: 'Ngày', kind: 'date' },
];

describe.runIf(postgres)('CSV written by PostgreSQL (COPY)', () => {
  it('writes every kind of field byte for byte as the JavaScript writer does', async () => {
    await db.execute(
      sql`CREATE TABLE csv_probe (n int PRIMARY KEY, text_value text, count_value int, share float8, day date)`,
    );
    const rows = Math.max(NASTY.length, PERCENTS.length) * 2;
    for (let n = 0; n < rows; n++) {
      await db.execute(
        sql`INSERT INTO csv_probe VALUES (${n}, ${NASTY[n % NASTY.length]}, ${INTS[n % INTS.length]},
          ${PERCENTS[n % PERCENTS.length]}, ${DAYS[n % DAYS.length]})`,
      );
    }
    const stored = await selectRows<{
      n: number;
      text_value: string | null;
      count_value: number | null;
      share: number | null;
      day: string | null;
    }>(db, sql`SELECT n, text_value, count_value, share, day::text FROM csv_probe ORDER BY n`);
    // the JavaScript export: dates formatted by the row mapping, the rest by csvCell
    const js = await collect((out) =>
      writeCsv(
        out,
        PROBE_COLUMNS,
        stored.map((r) => ({
          n: r.n,
          text: r.text_value,
          count: r.count_value,
          share: r.share,
          day: formatDate(r.day),
        })),
      ),
    );
    const database = await copied(
      PROBE_COLUMNS,
      csvLinesQuery<'n' | 'text_value' | 'count_value' | 'share' | 'day'>(
        sql`SELECT * FROM csv_probe ORDER BY n`,
        PROBE_COLUMNS,
        (f) => ({
          n: f('n'),
          text: f('text_value'),
          count: f('count_value'),
          share: f('share'),
          day: f('day'),
        }),
      ),
    );
    expect(database.toString('utf8')).toBe(js.toString('utf8'));
    expect(database.equals(js)).toBe(true);
    // What the rules are, so that a change made on both sides is seen too.
    const text = js.toString('utf8');
    expect(text.startsWith('\ufeffn,"Văn bản, ""tiêu đề""",Số,Nhóm — Tỷ lệ (%),Ngày\r\n')).toBe(true);
    for (const field of [
      ",'=cmd|/C calc,",
      ",'+1,",
      ",'-x,",
      ",'@x,",
      ",'\tlead tab,",
      ',"\'\rlead CR",',
      ',"say ""hi""",',
      ',"""",',
      ',"a,b",',
      ',"a;b",',
      ',"\'=a;b""c",',
      ',"line\r\nbreak",',
      ',"lf\nonly",',
      ',"cr\ronly",',
      ',back\\slash \\N \\t,',
      ',tab\tinside,',
      ',"Nghị quyết số 23-NQ/TW: Đảng, Nhà nước; “ngoặc kép”",',
      ",'apostrophe,",
      ',02/12/2026\r\n',
      ',29/02/2024\r\n',
      ',31/01/1999\r\n',
    ])
      expect(text).toContain(field);
    const records: string[][] = parse(js, { bom: true });
    const shares = new Map(stored.map((r) => [r.n, r.share]));
    const percent = new Map<number | null | undefined, string>([
      [0.4567, '45.7'],
      [0, '0'],
      [1, '100'],
      [0.0005, '0.1'],
      [0.00049, '0'],
      [-0.0005, '0'],
      [-0.4567, '-45.7'],
      [0.12345, '12.3'],
      [2.5, '250'],
      [null, ''],
      [0.3, '30'],
      [1 / 3, '33.3'],
      [0.0449999, '4.5'],
    ]);
    for (const record of records.slice(1)) expect(record[3]).toBe(percent.get(shares.get(Number(record[0]))));
  });
});

describe.runIf(postgres)('texts of a row tested at once, each field only when the row needs it', () => {
  it('writes every pair of texts as the JavaScript writer does, separator characters included', async () => {
    // The row test joins the texts with U+001F: one inside a field, before a formula starter or
    // at either end, must not change what is written.
    const texts = [...NASTY, '\u001f=x', 'x\u001f', '\u001f', 'a\u001f+b', 'plain', 'Đà Nẵng'];
    const columns: Column[] = [
      { key: 'a', header: 'A', kind: 'text' },
      { key: 'n', header: 'n', kind: 'int' },
      { key: 'b', header: 'B', kind: 'text' },
      { key: 'day', header: 'Ngày', kind: 'date' },
      { key: 'c', header: 'C', kind: 'text' },
    ];
    const array = sql`ARRAY[${sql.join(
      texts.map((x) => sql`${x}`),
      sql`, `,
    )}]::text[]`;
    const rows = sql`SELECT i * ${texts.length} + j AS n, a.value AS a, b.value AS b,
        CASE WHEN (i + j) % 2 = 0 THEN NULL ELSE 'plain' END AS c,
        CASE WHEN j % 3 = 0 THEN NULL ELSE (DATE '2026-01-31' + (i * 7 + j)::int)::text END AS day
      FROM unnest(${array}) WITH ORDINALITY AS a(value, i)
        CROSS JOIN unnest(${array}) WITH ORDINALITY AS b(value, j)
      ORDER BY n`;
    const stored = await selectRows<{
      n: number;
      a: string | null;
      b: string | null;
      c: string | null;
      day: string | null;
    }>(db, rows);
    expect(stored.length).toBe(texts.length ** 2);
    const js = await collect((out) =>
      writeCsv(
        out,
        columns,
        stored.map((r) => ({ a: r.a, n: Number(r.n), b: r.b, day: formatDate(r.day), c: r.c })),
      ),
    );
    const database = await copied(
      columns,
      csvLinesQuery<'n' | 'a' | 'b' | 'c' | 'day'>(rows, columns, (f) => ({
        a: f('a'),
        n: f('n'),
        b: f('b'),
        day: f('day'),
        c: f('c'),
      })),
    );
    expect(database.toString('utf8')).toBe(js.toString('utf8'));
    expect(database.equals(js)).toBe(true);
    const text = js.toString('utf8');
    for (const line of ["'=cmd|/C calc,", '\u001f=x,', ',"a;b",', 'plain,', ',\u001f,'])
      expect(text).toContain(line);
  });
});

describe.runIf(postgres)('labels written once, when the query is built', () => {
  it('gives each label the field the JavaScript writer gives it: formula guard, quotes, empty for NULL', async () => {
    const labels = NASTY.filter((x): x is string => x !== null);
    const keys = labels.map((_, i) => `k${i}`);
    const label = (key: string) => labels[Number(key.slice(1))];
    const columns: Column[] = [
      { key: 'n', header: 'n', kind: 'int' },
      { key: 'label', header: 'Trạng thái', kind: 'text' },
    ];
    // every key twice, a NULL after each round, and a value that is no key
    const rows = sql`SELECT n, CASE WHEN n % ${keys.length + 1} < ${keys.length} THEN 'k' || (n % ${keys.length + 1})
        WHEN n < ${keys.length + 1} THEN NULL ELSE 'none' END AS key
      FROM generate_series(0, ${2 * keys.length + 1}) AS n ORDER BY n`;
    const stored = await selectRows<{ n: number; key: string | null }>(db, rows);
    const js = await collect((out) =>
      writeCsv(
        out,
        columns,
        stored.map((r) => ({ n: r.n, label: r.key && keys.includes(r.key) ? label(r.key) : null })),
      ),
    );
    const database = await copied(
      columns,
      csvLinesQuery<'n' | 'key'>(rows, columns, (f) => ({
        n: f('n'),
        label: labelField(f('key'), keys, label),
      })),
    );
    expect(database.toString('utf8')).toBe(js.toString('utf8'));
    expect(database.equals(js)).toBe(true);
    const text = database.toString('utf8');
    for (const field of [
      ",'=cmd|/C calc\r\n",
      ',"\'=a;b""c"\r\n',
      ',"a;b"\r\n',
      ',"line\r\nbreak"\r\n',
      ',"\'\rlead CR"\r\n',
    ])
      expect(text).toContain(field);
    expect(text).toContain(`\r\n${keys.length},\r\n`);
    expect(() =>
      csvLinesQuery<'n'>(rows, [{ key: 'n', header: 'n', kind: 'int' }], (f) => ({
        n: labelField(f('n'), keys, label),
      })),
    ).toThrow(/not text/);
  });
});

describe.runIf(postgres)('the task list CSV by COPY', () => {
  const list = REPORTS.tasks;
  if (list.kind !== 'list' || !list.csvLines) throw new Error('the task list is written by COPY');
  const { rows, csvLines, columns: columnsOf } = list;

  /** Both writers for one viewer, filter, day and language. */
  async function both(login: string, search: Record<string, string>, asOf: string, locale: 'vi' | 'en') {
    const viewer = await viewerFor(login);
    const params = parseListParams(search).data!;
    const t = translator(locale);
    const columns = columnsOf(t);
    const js = await collect((out) => writeCsv(out, columns, rows(viewer, params, asOf, t, locale, 50)));
    const database = await copied(columns, csvLines(viewer, params, asOf, t, locale));
    return { js, database };
  }

  it('writes the same bytes as the JavaScript export, nasty titles and notes included', async () => {
    const codes = await selectRows<{ code: string }>(
      db,
      sql`SELECT code FROM tasks ORDER BY code LIMIT ${NASTY.length}`,
    );
    for (const [i, { code }] of codes.entries()) {
      const nasty = NASTY[i] || 'x';
      await db.execute(sql`UPDATE tasks SET title = ${nasty}, last_note = ${NASTY[(i + 3) % NASTY.length]}
        WHERE code = ${code}`);
    }
    const cases: [string, Record<string, string>, string, 'vi' | 'en'][] = [
      ['lanhdao', {}, today(), 'vi'],
      ['lanhdao', {}, today(), 'en'],
      // before today: the tasks as they stood then (the as-of rows)
      ['lanhdao', { class: 'overdue' }, '2026-06-30', 'vi'],
      ['lanhdao', { province: 'P31', status: 'in_progress' }, today(), 'vi'],
      // a province's leader: the scope's WHERE, the same in both
      ['hp.lanhdao', {}, today(), 'vi'],
      ['hp.lanhdao', { unitRole: 'support' }, '2026-06-30', 'en'],
    ];
    for (const [login, search, asOf, locale] of cases) {
      const { js, database } = await both(login, search, asOf, locale);
      expect(database.toString('utf8'), `${login} ${JSON.stringify(search)} ${asOf} ${locale}`).toBe(
        js.toString('utf8'),
      );
      expect(database.equals(js)).toBe(true);
    }
    const all = (await both('lanhdao', {}, today(), 'vi')).database.toString('utf8');
    expect(all).toContain(",'=cmd|/C calc,");
    expect(all).toContain(',"line\r\nbreak",');
    expect(all.split('\r\n').length).toBeGreaterThan(NASTY.length);
  });
});

describe.runIf(postgres)('the audit CSV by COPY', () => {
  it('writes the same bytes as the JavaScript export: instants to the millisecond, data as JSON text', async () => {
    const [admin] = await selectRows<{ id: number; org: number }>(
      db,
      sql`SELECT id, organization_id AS org FROM users WHERE login = 'quantri'`,
    );
    for (const [i, nasty] of NASTY.entries()) {
      await db.execute(sql`INSERT INTO events (at, actor_id, organization_id, entity_type, entity_code, action,
          from_value, to_value, data)
        VALUES (${`2026-11-15 03:00:00.${String(291457 + i * 1111).padStart(6, '0')}+00`}, ${admin.id}, ${admin.org},
          'probe', ${nasty}, 'probe.csv', ${nasty}, ${NASTY[(i + 1) % NASTY.length]},
          ${JSON.stringify({ text: nasty, n: i, big: 1e21, nested: { b: [1, 2.5], a: null }, '2': 'two' })}::jsonb)`);
    }
    const viewer = await viewerFor('quantri');
    for (const params of [{}, { action: 'probe' }]) {
      const js = Buffer.from(
        await new Response(
          csvStream(
            AUDIT_HEADER,
            (async function* () {
              for await (const batch of auditBatches(viewer, params, 7)) yield batch.map(auditCells);
            })(),
          ),
        ).arrayBuffer(),
      );
      const copy = await startCopy(databaseHandle(), auditCsvLinesQuery(auditExportQuery(viewer, params)));
      const database = Buffer.from(await new Response(csvLinesStream(AUDIT_HEADER, copy!)).arrayBuffer());
      expect(database.toString('utf8')).toBe(js.toString('utf8'));
      expect(database.equals(js)).toBe(true);
      expect(js.toString('utf8')).toContain('2026-11-15T03:00:00.291Z');
    }
  });
});

describe.runIf(postgres)('COPY connections', () => {
  const probe = csvLinesQuery<'n'>(
    sql`SELECT g AS n FROM generate_series(1, 200000) g ORDER BY g`,
    [{ key: 'n', header: 'n', kind: 'int' }],
    (f) => ({ n: f('n') }),
  );

  it('takes at most half the pool; a download that stops early gives its connection back', async () => {
    const pool = databaseHandle().pool!;
    const slots = Math.floor(pool.options.max! / 2);
    const started = await Promise.all(
      Array.from({ length: slots }, () => startCopy(databaseHandle(), probe)),
    );
    expect(started.every(Boolean)).toBe(true);
    expect(await startCopy(databaseHandle(), probe)).toBeNull();
    // one reads a little and stops (the client went away): its connection is dropped, the slot freed
    const first = started[0]!;
    for await (const chunk of first) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    await first.close();
    const again = await startCopy(databaseHandle(), probe);
    expect(again).not.toBeNull();
    // the others read to the end: every row, counted
    for (const copy of [...started.slice(1), again].map((c) => c!)) {
      let bytes = 0;
      for await (const chunk of copy) bytes += chunk.length;
      await copy.close();
      expect(copy.count()).toBe(200000);
      expect(bytes).toBe(Array.from({ length: 200000 }, (_, i) => `${i + 1}\r\n`).join('').length);
    }
    // and the pool still answers
    expect((await selectRows<{ one: number }>(db, sql`SELECT 1 AS one`))[0].one).toBe(1);
  });

  it('a statement the server refuses fails the download, not the process, and frees its slot', async () => {
    const bad = csvLinesQuery<'n'>(
      sql`SELECT 1 / (g - g) AS n FROM generate_series(1, 3) g`,
      [{ key: 'n', header: 'n', kind: 'int' }],
      (f) => ({ n: f('n') }),
    );
    const pool = databaseHandle().pool!;
    for (let i = 0; i < pool.options.max! + 1; i++) {
      const copy = await startCopy(databaseHandle(), bad);
      await new Promise((resolve) => setTimeout(resolve, 20)); // the error arrives before anyone reads
      await expect(
        collect((out) => writeCsvLines(out, [{ key: 'n', header: 'n', kind: 'int' }], copy!)),
      ).rejects.toThrow(/division by zero/);
    }
    expect((await selectRows<{ one: number }>(db, sql`SELECT 1 AS one`))[0].one).toBe(1);
  });
});

describe.runIf(!postgres)('on the embedded database', () => {
  it('there is no COPY: the exports write their lines themselves', async () => {
    expect(await startCopy(databaseHandle(), sql`SELECT 'x' AS line`)).toBeNull();
  });
});

describe.runIf(postgres)('the recommendations CSV by COPY', () => {
  it('writes the same bytes as the JavaScript export, a row per addressee', async () => {
    const list = REPORTS.recommendations;
    if (list.kind !== 'list' || !list.csvLines) throw new Error('the recommendations are written by COPY');
    const codes = await selectRows<{ id: number }>(
      db,
      sql`SELECT id FROM recommendations ORDER BY code LIMIT ${NASTY.length}`,
    );
    for (const [i, { id }] of codes.entries()) {
      await db.execute(sql`UPDATE recommendations SET text = ${NASTY[i] || 'x'} WHERE id = ${id}`);
      await db.execute(sql`UPDATE recommendation_addressees SET response_text = ${NASTY[(i + 5) % NASTY.length]}
        WHERE recommendation_id = ${id}`);
    }
    const viewer = await viewerFor('lanhdao');
    for (const [asOf, locale] of [
      [today(), 'vi'],
      [today(), 'en'],
      ['2026-06-30', 'vi'],
    ] as const) {
      const params = parseListParams({}).data!;
      const t = translator(locale);
      const columns = list.columns(t);
      const js = await collect((out) =>
        writeCsv(out, columns, list.rows(viewer, params, asOf, t, locale, 3)),
      );
      const database = await copied(columns, list.csvLines(viewer, params, asOf, t, locale));
      expect(database.toString('utf8'), `${asOf} ${locale}`).toBe(js.toString('utf8'));
      expect(js.toString('utf8').split('\r\n').length).toBeGreaterThan(3);
    }
  });
});
