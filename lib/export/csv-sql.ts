import { type SQL, sql } from 'drizzle-orm';
import { csvField, QUOTED_CHARACTERS } from './csv';
import { type Column, FORMULA_STARTERS, neutralizeFormula } from './table';

/**
 * The CSV rules of csv.ts (csvCell, csvLine), neutralizeFormula and the dd/MM/yyyy date of
 * lib/format.ts, written in SQL: on PostgreSQL an export's lines are written by the database
 * itself (`COPY … TO STDOUT`, db/copy.ts), byte for byte what the JavaScript writer writes for the
 * same rows (lib/export/csv-copy.int.test.ts holds the two together). The character sets come
 * from the JavaScript rules; the shapes of the rules are here.
 */

const codes = (characters: readonly string[]) =>
  sql.raw(characters.map((c) => String(c.codePointAt(0))).join(', '));

/**
 * One field of a text column. The apostrophe that neutralizes a formula never needs quotes, so
 * whether a field is quoted is read on the value itself, and the value is read once per test.
 */
function textField(value: SQL): SQL {
  const formula = sql`ascii(${value}) IN (${codes(FORMULA_STARTERS)})`;
  const needsQuotes = sql.join(
    QUOTED_CHARACTERS.map((c) => sql`strpos(${value}, chr(${codes([c])})) > 0`),
    sql` OR `,
  );
  return sql`CASE WHEN ${value} IS NULL THEN ''
    WHEN ${needsQuotes} THEN '"' || CASE WHEN ${formula} THEN '''' ELSE '' END || replace(${value}, '"', '""') || '"'
    WHEN ${formula} THEN '''' || ${value}
    ELSE ${value} END`;
}

/**
 * formatDate (lib/format.ts) of a day: dd/MM/yyyy, never a formula, never quoted. PostgreSQL writes
 * a date so itself under `DateStyle = 'SQL, DMY'`, which every COPY export runs with
 * (db/copy.ts, COPY_DATE_STYLE): a date's text, made by the query (`due_on::text`) or here, is
 * already the field. Three slices of the ISO text and their joins cost more than a quarter of what
 * a line adds to its row (the per-row CPU of COPY of a million rows' lines, 2026-12-03).
 */
function dateField(day: SQL): SQL {
  return sql`coalesce(${day}, '')`;
}

/**
 * The text fields of a row are joined by this separator and tested at once (csvLinesQuery): a row
 * none of whose texts needs quotes or the formula guard — nearly every row — is written without
 * testing each field. A separator inside a field can only make the test say yes where no field
 * needs anything: that row then takes the per-field path, which writes it right all the same.
 */
const SEPARATOR = '\u001f';

/** A bracket expression of PostgreSQL's regular expressions matching any of `characters`. */
const bracket = (characters: readonly string[]) =>
  `[${characters.map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join('')}]`;

/**
 * Some text of the row needs quotes or starts with a formula starter: each field starts at the
 * start of the joined texts or right after a separator (a NULL field is left out of the join,
 * and is written empty either way).
 */
export const ROW_NEEDS_WORK = `${bracket(QUOTED_CHARACTERS)}|(^|${SEPARATOR})${bracket(FORMULA_STARTERS)}`;

/** Math.round(ratio * 1000) / 10 as JavaScript writes it: halves up, never "-0". */
function percentField(value: SQL): SQL {
  const y = sql`(${value})::float8 * 1000`;
  return sql`coalesce(((CASE WHEN ${y} - floor(${y}) >= 0.5::float8 THEN ceil(${y}) ELSE floor(${y}) END)
    / 10::float8 + 0::float8)::text, '')`;
}

/** One CSV field of a column from its value, as csvCell and csvLine write it. */
export function csvFieldSql(value: SQL, kind: Column['kind']): SQL {
  switch (kind) {
    case 'text':
      return textField(sql`(${value})::text`);
    case 'int':
      return sql`coalesce((${value})::text, '')`;
    case 'percent':
      return percentField(value);
    case 'date':
      return dateField(sql`(${value})::text`);
  }
}

/** Date.prototype.toISOString of a timestamptz: 2026-12-02T06:30:00.123Z. */
export function isoInstantSql(value: SQL): SQL {
  return sql`to_char((${value}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/**
 * A column's whole CSV field, already written (by csvCell's and csvLine's own rules, in JavaScript):
 * csvLinesQuery puts it in the line as it is, with no per-row test.
 */
export type CsvFieldSql = { csvField: SQL };

/**
 * A translated label for each of a fixed set of values (a status, a class), as the CSV field of a
 * text column. The labels are constants of the export: each is formatted once here, when the
 * query is built (formula guard, then quoting: what the JavaScript writer does to the same label),
 * instead of being tested for quotes on every row. NULL (or a value not in `keys`) is an empty field.
 * The fields are looked up by key in one JSON object (read once, with the statement) rather than by
 * a CASE comparing the value with each key in turn: at 1M rows, 10 % less CPU for the lines.
 */
export function labelField(value: SQL, keys: readonly string[], label: (key: string) => string): CsvFieldSql {
  const fields = Object.fromEntries(keys.map((key) => [key, csvField(neutralizeFormula(label(key)))]));
  return { csvField: sql`coalesce(${JSON.stringify(fields)}::jsonb ->> (${value})::text, '')` };
}

/**
 * The query whose rows are the CSV lines of `rows` (a SELECT with its ORDER BY), one text column
 * each with its CRLF, as csvLine(columns.map(csvCell)) writes them. `values` gives each column's
 * value from the row's fields (`field('due_on')`), as the JavaScript export maps a row.
 */
export function csvLinesQuery<Field extends string>(
  rows: SQL,
  columns: Column[],
  values: (field: (name: Field) => SQL) => Record<string, SQL | CsvFieldSql>,
  /**
   * false where nearly every row has a text that needs quotes (the audit's JSON data): the test of
   * the row would then only add its cost to the fields' own.
   */
  { testRows = true }: { testRows?: boolean } = {},
): SQL {
  const byKey = values((name) => sql`r.${sql.identifier(name)}`);
  const name = (i: number) => sql.identifier(`c${i}`);
  const written = (value: SQL | CsvFieldSql | undefined): value is CsvFieldSql =>
    value !== undefined && 'csvField' in value;
  const cells = columns.map((column, i) => {
    const value = byKey[column.key];
    if (!value) throw new Error(`no SQL value for the column ${column.key}`);
    if (written(value) && column.kind !== 'text') {
      throw new Error(`the column ${column.key} is not text: its field cannot be a written label`);
    }
    return sql`${written(value) ? value.csvField : value} AS ${name(i)}`;
  });
  const isText = (i: number) => columns[i].kind === 'text' && !written(byKey[columns[i].key]);
  const fields = (quick: boolean) =>
    sql.join(
      columns.map((column, i) =>
        written(byKey[column.key])
          ? sql`v.${name(i)}`
          : quick && isText(i)
            ? sql`coalesce((v.${name(i)})::text, '')`
            : csvFieldSql(sql`v.${name(i)}`, column.kind),
      ),
      sql` || ',' || `,
    );
  // the text values themselves (a field of the row, or a plain expression of its fields)
  const texts = columns.flatMap((column, i) => (isText(i) ? [sql`(${byKey[column.key] as SQL})::text`] : []));
  // OFFSET 0 keeps the values a subquery of their own: each is computed once, then read by the
  // several tests of its field (a flattened query would compute a label once per test).
  if (!testRows || texts.length < 2)
    return sql`SELECT ${fields(false)} || chr(13) || chr(10) AS line
      FROM (SELECT ${sql.join(cells, sql`, `)} FROM (${rows}) AS r OFFSET 0) AS v`;
  // Several texts: one test of the row over its texts joined (ROW_NEEDS_WORK); the fields are
  // tested one by one only on a row it finds something in.
  return sql`SELECT CASE WHEN v.texts ~ ${ROW_NEEDS_WORK} THEN ${fields(false)} ELSE ${fields(true)} END
      || chr(13) || chr(10) AS line
    FROM (SELECT ${sql.join(cells, sql`, `)},
        concat_ws(chr(${codes([SEPARATOR])}), ${sql.join(texts, sql`, `)}) AS texts
      FROM (${rows}) AS r OFFSET 0) AS v`;
}
