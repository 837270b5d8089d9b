import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Column } from './table';
import { writeXlsx } from './xlsx';

const columns: Column[] = [
  { key: 'code', header: 'Mã', kind: 'text' },
  { key: 'text', header: 'Nội dung', kind: 'text' },
];
const BATCHES = 100;
const ROWS = 200;

/** A client that takes nothing until told to, then everything. */
function slowClient() {
  const chunks: Buffer[] = [];
  let release: (() => void) | null = null;
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  const output = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      opened.then(() => callback());
    },
  });
  return { output, open: () => release?.(), bytes: () => Buffer.concat(chunks) };
}

describe('XLSX export with a slow client', () => {
  it('reads the next batch of rows only when the client has taken the last one', async () => {
    let pulled = 0;
    async function* rows() {
      for (let b = 0; b < BATCHES; b++) {
        pulled++;
        // ~1 KB of random text a row: ~200 KB of XML a batch that compression does not shrink.
        yield Array.from({ length: ROWS }, (_, r) => ({
          code: `NV-${b}-${r}`,
          text: randomBytes(768).toString('base64'),
        }));
      }
    }
    const client = slowClient();
    const meta = { filters: '', asOf: '', exportedAt: '', exportedBy: '' };
    const labels = { filters: '', asOf: '', exportedAt: '', exportedBy: '', total: '' };
    const done = writeXlsx(client.output, { title: 'Danh sách', columns }, rows(), meta, labels);
    await sleep(1500);
    // Without back-pressure the whole export (20 MB of XML) would be generated into memory by now.
    expect(pulled).toBeLessThanOrEqual(6);
    client.open();
    expect(await done).toBe(BATCHES * ROWS);
    client.output.end();
    expect(pulled).toBe(BATCHES);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(client.bytes() as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getCell(sheet.rowCount, 1).value).toBe(`NV-${BATCHES - 1}-${ROWS - 1}`);
  }, 60_000);
});
