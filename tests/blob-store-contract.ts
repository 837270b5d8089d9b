import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from '@/lib/documents/blob-store';

/**
 * What every BlobStore must do, whatever holds the bytes (PostgreSQL, S3): run it from the
 * store's own test file with a function that opens the store to test, e.g.
 * `describeBlobStoreContract('S3 store', async () => createS3Store(url))`.
 */
export function describeBlobStoreContract(name: string, open: () => Promise<BlobStore>): void {
  describe(`${name}: the BlobStore contract`, () => {
    let store: BlobStore;
    let dir: string;

    beforeAll(async () => {
      store = await open();
      dir = await mkdtemp(path.join(tmpdir(), 'blob-contract-'));
    });
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    /** A file of `bytes` (random unless given) and its SHA-256, written to the temp folder. */
    async function file(bytes: Buffer | number): Promise<{ path: string; sha256: string; size: number }> {
      const content = typeof bytes === 'number' ? randomBytes(bytes) : bytes;
      const sha256 = createHash('sha256').update(content).digest('hex');
      const filePath = path.join(dir, `${sha256}.bin`);
      await writeFile(filePath, content);
      return { path: filePath, sha256, size: content.length };
    }

    it('has nothing under a hash it was never given: has → false, get → null', async () => {
      const absent = createHash('sha256').update(randomBytes(16)).digest('hex');
      expect(await store.has(absent)).toBe(false);
      expect(await store.get(absent)).toBeNull();
    });

    it('gives back exactly the bytes it was given', async () => {
      const text = Buffer.from('Biên bản làm việc của Đoàn khảo sát tại Hải Phòng — ơ ư đ ạ\n', 'utf8');
      const f = await file(text);
      expect(await store.has(f.sha256)).toBe(false);
      await store.put(f.sha256, f.path, f.size);
      expect(await store.has(f.sha256)).toBe(true);
      const stream = await store.get(f.sha256);
      expect(stream).not.toBeNull();
      expect(await readAll(stream as NodeJS.ReadableStream)).toEqual(text);
    });

    it('streams a 30 MB file in and out, byte for byte', async () => {
      const size = 30 * 1024 * 1024;
      const big = await randomFile(dir, size);
      await store.put(big.sha256, big.path, size);
      expect(await store.has(big.sha256)).toBe(true);
      const stream = await store.get(big.sha256);
      expect(stream).not.toBeNull();
      const hash = createHash('sha256');
      let received = 0;
      let chunks = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        received += chunk.length;
        chunks += 1;
      }
      expect(received).toBe(size);
      expect(hash.digest('hex')).toBe(big.sha256);
      // Delivered in pieces as it is read, not as one 30 MB buffer.
      expect(chunks).toBeGreaterThan(1);
    }, 120_000);

    it('stores a file once: a second put of the same hash does not even read the file', async () => {
      const f = await file(4096);
      await store.put(f.sha256, f.path, f.size);
      await rm(f.path);
      await expect(store.put(f.sha256, f.path, f.size)).resolves.toBeUndefined();
      expect(await readAll((await store.get(f.sha256)) as NodeJS.ReadableStream)).toHaveLength(4096);
    });

    it('takes the same file put by several requests at once, and different files side by side', async () => {
      const same = await file(64 * 1024);
      const others = await Promise.all([1, 2, 3, 4].map((n) => file(n * 10_000)));
      await Promise.all([
        ...[1, 2, 3, 4, 5].map(() => store.put(same.sha256, same.path, same.size)),
        ...others.map((o) => store.put(o.sha256, o.path, o.size)),
      ]);
      for (const f of [same, ...others]) {
        const bytes = await readAll((await store.get(f.sha256)) as NodeJS.ReadableStream);
        expect(bytes).toHaveLength(f.size);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
      }
    });
  });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks);
}

/** A random file written 1 MiB at a time, so that the test itself holds little memory. */
async function randomFile(dir: string, size: number): Promise<{ path: string; sha256: string }> {
  const filePath = path.join(dir, `random-${size}.bin`);
  const hash = createHash('sha256');
  const out = createWriteStream(filePath);
  for (let written = 0; written < size; ) {
    const chunk = randomBytes(Math.min(1024 * 1024, size - written));
    hash.update(chunk);
    written += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { path: filePath, sha256: hash.digest('hex') };
}
