import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '@/lib/logger';
import { AUDIT_HEADER, csvLinesStream } from './audit-csv';
import { type CsvLines, writeCsvLines } from './csv';
import { streamDownload } from './respond';
import type { Column } from './table';

const PIECE = 64 * 1024;
const PIECES = 1_000;

/** COPY's lines as the database would send them, counting how far they have been pulled. */
function countedLines() {
  let pulled = 0;
  let closed = false;
  async function* pieces() {
    for (let i = 0; i < PIECES; i++) {
      pulled++;
      yield Buffer.alloc(PIECE, 0x61);
    }
  }
  const lines: CsvLines = Object.assign(pieces(), {
    count: () => pulled,
    close: async () => {
      closed = true;
    },
  });
  return { lines, pulled: () => pulled, closed: () => closed };
}

const columns: Column[] = [{ key: 'code', header: 'Mã', kind: 'text' }];

/** Reads `count` chunks of a body; the bytes read. */
async function readSome(reader: ReadableStreamDefaultReader<Uint8Array>, count: number) {
  let bytes = 0;
  for (let i = 0; i < count; i++) bytes += (await reader.read()).value?.length ?? 0;
  return bytes;
}

describe('a download body and the reader that is slower than its source', () => {
  it('is written (streamDownload) no further ahead of its reader than a few pieces', async () => {
    const source = countedLines();
    const response = await streamDownload(
      'x.csv',
      'csv',
      async () => {},
      (output) => writeCsvLines(output, columns, source.lines),
    );
    await sleep(200);
    // Without back-pressure all 64 MB would have been pulled into memory by now.
    expect(source.pulled()).toBeLessThanOrEqual(8);
    const reader = response.body!.getReader();
    await readSome(reader, 20);
    await sleep(100);
    expect(source.pulled()).toBeLessThanOrEqual(20 + 8);
    await reader.cancel();
    await sleep(50);
    expect(source.closed()).toBe(true);
  });

  it('is pulled (csvLinesStream, the audit) one piece ahead of its reader', async () => {
    const source = countedLines();
    const reader = csvLinesStream(AUDIT_HEADER, source.lines).getReader();
    await sleep(200);
    expect(source.pulled()).toBeLessThanOrEqual(2);
    await readSome(reader, 11);
    await sleep(100);
    expect(source.pulled()).toBeLessThanOrEqual(10 + 2);
    await reader.cancel();
    expect(source.closed()).toBe(true);
  });

  it('still carries every byte to a reader that reads it all', async () => {
    const source = countedLines();
    const body = csvLinesStream(AUDIT_HEADER, source.lines);
    const bytes = Buffer.from(await new Response(body).arrayBuffer());
    expect(bytes.length).toBeGreaterThan(PIECES * PIECE);
    expect(source.closed()).toBe(true);
  });
});

describe('a download whose end is not reached', () => {
  afterEach(() => vi.restoreAllMocks());
  const download = (write: Parameters<typeof streamDownload>[3]) =>
    streamDownload('x.csv', 'csv', async () => {}, write);

  it('logs a reader that went away at info level, not as a failed export', async () => {
    const error = vi.spyOn(logger, 'error');
    const info = vi.spyOn(logger, 'info');
    const source = countedLines();
    const response = await download((output) => writeCsvLines(output, columns, source.lines));
    const reader = response.body!.getReader();
    await readSome(reader, 3);
    await reader.cancel();
    await sleep(50);
    expect(source.closed()).toBe(true);
    expect(error).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledWith(
      expect.objectContaining({ fileName: 'x.csv' }),
      expect.stringMatching(/went away/),
    );
  });

  it('logs an export that failed on its own side as an error, and ends the body with it', async () => {
    const error = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const response = await download(async (output) => {
      output.write('Mã\r\n');
      throw new Error('the database went away');
    });
    await expect(new Response(response.body).text()).rejects.toThrow();
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'x.csv' }), 'export failed');
  });
});
