import { csvLine } from './csv';
import { neutralizeFormula } from './table';

export type CsvCell = string | number | null | undefined;

const CHUNK = 64 * 1024;

/**
 * Rows (in batches, as they come from the database) to a CSV byte stream for Excel: UTF-8 with a
 * byte-order mark, RFC 4180 quoting, CRLF line ends, text neutralised against formula injection.
 *
 * A pull stream: the next batch is read only when the response has taken the last chunk, so a
 * million-row export holds one batch and one chunk, however slow the client (issue #8).
 */
export function csvStream(header: string[], batches: AsyncIterable<CsvCell[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = batches[Symbol.asyncIterator]();
  let pending = `\ufeff${csvLine(header.map(neutralizeFormula))}`;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (pending.length < CHUNK) {
        const next = await source.next();
        if (next.done) {
          if (pending) controller.enqueue(encoder.encode(pending));
          controller.close();
          return;
        }
        for (const row of next.value) pending += csvLine(row.map(csvCell));
      }
      controller.enqueue(encoder.encode(pending));
      pending = '';
    },
    async cancel() {
      await source.return?.();
    },
  });
}

function csvCell(cell: CsvCell): string | number {
  return typeof cell === 'string' ? neutralizeFormula(cell) : (cell ?? '');
}
