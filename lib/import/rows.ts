import { foldForSearch } from '@/lib/domain/text';

// The one date parser, shared with the date fields of the forms.
export { parseDay } from '@/lib/format';

/**
 * What every import shares once the file is read: columns found by their header (without
 * diacritics, with aliases), rows keyed by column, errors by line and column, dates.
 */
export type ColumnSpec<K extends string = string> = {
  key: K;
  header: string;
  aliases: readonly string[];
};

export type RawRow<K extends string = string> = { line: number; values: Record<K, string> };

/** One problem of one row: the line in the file, the column (a key), and an i18n message key. */
export type RowError<K extends string = string> = { line: number; column: K | null; key: string };

/** An error collector for one row, so that a row reports every problem it has, not only the first. */
export function rowErrors<K extends string>(line: number) {
  const list: RowError<K>[] = [];
  return {
    list,
    add(column: K | null, key: string) {
      list.push({ line, column, key });
    },
  };
}

function columnOf<K extends string>(columns: readonly ColumnSpec<K>[], cell: string): K | null {
  const folded = foldForSearch(cell).replace(/[*:]/g, '').trim();
  const hit = columns.find((c) => foldForSearch(c.header) === folded || c.aliases.includes(folded));
  return hit?.key ?? null;
}

/**
 * Finds the header row (the first one naming the `anchor` column) and reads the rows under it;
 * or names the required columns the file lacks. Blank rows are skipped; lines are the file's.
 */
export function readRows<K extends string>(
  rows: string[][],
  columns: readonly ColumnSpec<K>[],
  required: readonly K[],
  anchor: K,
): { rows: RawRow<K>[] } | { missing: string[] } {
  const header = (key: K) => columns.find((c) => c.key === key)!.header;
  const headerIndex = rows.findIndex((row) => row.some((cell) => columnOf(columns, cell) === anchor));
  if (headerIndex < 0) return { missing: [header(anchor)] };
  const positions = new Map<K, number>();
  rows[headerIndex].forEach((cell, i) => {
    const key = columnOf(columns, cell);
    if (key && !positions.has(key)) positions.set(key, i);
  });
  const missing = required.filter((key) => !positions.has(key)).map(header);
  if (missing.length) return { missing };
  const out: RawRow<K>[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i];
    if (row.every((cell) => !cell)) continue;
    const values = Object.fromEntries(
      columns.map((c) => [c.key, positions.has(c.key) ? (row[positions.get(c.key)!] ?? '') : '']),
    ) as Record<K, string>;
    out.push({ line: i + 1, values });
  }
  return { rows: out };
}

/** A day as the template writes it: dd/MM/yyyy. */
export function templateDay(iso: string): string {
  return iso.split('-').reverse().join('/');
}

/** A cell listing several values: separated by semicolons, commas or line breaks. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[;,\n]/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * A value from its key or any of its labels (Vietnamese, English, and earlier wordings where a
 * label changed), with or without diacritics.
 */
export function labelLookup<T extends string>(
  keys: readonly T[],
  labels: Record<string, Record<string, string>>,
): (text: string) => T | null {
  const names = new Map<string, T>();
  for (const key of keys) {
    names.set(key, key);
    for (const set of Object.values(labels)) if (set[key]) names.set(foldForSearch(set[key]), key);
  }
  return (text) => names.get(text) ?? names.get(foldForSearch(text)) ?? null;
}
