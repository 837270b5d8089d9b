import { describe, expect, it } from 'vitest';
import { openPool, withDatabase } from '@/db/index';
import { postgresStore } from '@/db/queries/document-blobs';
import { viewerFor } from '@/tests/viewers';
import { handleDocumentUpload } from './upload';

/** A PDF of `size` bytes, different for each seed. */
function pdf(seed: string, size: number): Uint8Array {
  const head = `%PDF-1.4\n% ${seed}\n`;
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode(head));
  for (let i = head.length; i < size - 6; i += 1) bytes[i] = (i * 7 + seed.charCodeAt(0)) % 256;
  bytes.set(new TextEncoder().encode('%%EOF\n'), size - 6);
  return bytes;
}

function uploadRequest(i: number) {
  const form = new FormData();
  form.set('recordKind', 'completion_report');
  form.set('record', 'NV-HP-06');
  form.set('title', `Báo cáo ${i}`);
  form.set(
    'file',
    new Blob([pdf(`queue ${i}`, 8 * 1024 * 1024) as Uint8Array<ArrayBuffer>]),
    `bao-cao-${i}.pdf`,
  );
  return new Request('http://tracker.test/api/upload/documents', {
    method: 'POST',
    body: form,
    headers: { host: 'tracker.test', origin: 'http://tracker.test' },
  });
}

// A pool of its own (four connections, a short wait for one): PGlite has no pool to run out of.
const url = process.env.TEST_FILE_DATABASE_URL;

describe.skipIf(!url)('many uploads at once on a small pool', () => {
  it('wait their turn for the store: none fails for want of a database connection', async () => {
    process.env.DATABASE_POOL_SIZE = '4';
    process.env.DATABASE_CONNECT_TIMEOUT_MS = '300';
    const handle = openPool(url as string, 4);
    try {
      const viewer = await viewerFor('hp.danvan');
      const answers = await withDatabase(handle, () =>
        Promise.all(
          Array.from({ length: 24 }, (_, i) =>
            handleDocumentUpload(uploadRequest(i), async () => viewer, postgresStore),
          ),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(24).fill(201));
    } finally {
      delete process.env.DATABASE_POOL_SIZE;
      delete process.env.DATABASE_CONNECT_TIMEOUT_MS;
      await handle.close();
    }
  }, 120_000);
});
