import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { type CellValue, type Column, neutralizeFormula } from './table';

/**
 * CSV for Excel: UTF-8 with a byte-order mark (so Vietnamese shows), RFC 4180 quoting, one
 * header line ("group — column" where headers have two levels), text neutralised against
 * formula injection, rows streamed as they come.
 */
export async function writeCsv(
  output: Writable,
  columns: Column[],
  rows: AsyncIterable<Record<string, CellValue>> | Iterable<Record<string, CellValue>>,
  total?: Record<string, CellValue>,
): Promise<number> {
  let count = 0;
  async function* lines() {
    yield columns.map((c) => (c.group ? `${c.group} — ${c.header}` : c.header));
    for await (const row of rows) {
      count++;
      yield columns.map((c) => csvCell(row[c.key], c));
    }
    if (total) yield columns.map((c) => csvCell(total[c.key], c));
  }
  await pipeline(lines(), stringify({ bom: true, record_delimiter: 'windows' }), inChunks(), output);
  return count;
}

const CHUNK = 64 * 1024;

/**
 * Gathers the one-line strings csv-stringify emits into chunks of about 64 KB: the response
 * stream then carries a few hundred writes for 100,000 rows instead of one per row.
 */
function inChunks(): Transform {
  let parts: string[] = [];
  let size = 0;
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      const text = String(chunk);
      parts.push(text);
      size += text.length;
      if (size < CHUNK) return callback();
      const joined = parts.join('');
      parts = [];
      size = 0;
      callback(null, joined);
    },
    flush(callback) {
      callback(null, parts.length ? parts.join('') : undefined);
    },
  });
}

/** Percentages are written as percent numbers (45.6), as the header says "%". */
function csvCell(value: CellValue | undefined, column: Column): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return column.kind === 'percent' ? Math.round(value * 1000) / 10 : value;
  return neutralizeFormula(value);
}
