import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { neutralizeFormula } from './table';

export type CsvCell = string | number | null | undefined;

/**
 * Rows (in batches, as they come from the database) to a CSV byte stream for Excel: UTF-8 with a
 * byte-order mark, RFC 4180 quoting, CRLF line ends, text neutralised against formula injection.
 */
export function csvStream(header: string[], batches: AsyncIterable<CsvCell[][]>): ReadableStream<Uint8Array> {
  async function* records() {
    yield header.map(neutralizeFormula);
    for await (const batch of batches) {
      for (const row of batch)
        yield row.map((cell) => (typeof cell === 'string' ? neutralizeFormula(cell) : (cell ?? '')));
    }
  }
  const csv = Readable.from(records()).pipe(stringify({ bom: true, record_delimiter: 'windows' }));
  return Readable.toWeb(csv) as unknown as ReadableStream<Uint8Array>;
}
