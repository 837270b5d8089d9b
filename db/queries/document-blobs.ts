import 'server-only';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import type { BlobStore } from '@/lib/documents/blob-store';
import { db, selectRows } from '../index';
import { documentBlobChunks, documentBlobs } from '../schema';

/** 1 MB: a chunk is one row and one round trip; a download holds one chunk at a time. */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * The default BlobStore: the bytes in PostgreSQL (document_blobs + 1 MB rows of
 * document_blob_chunks), so one database backup holds everything, on both drivers.
 */
export const postgresStore: BlobStore = {
  async put(sha256, path, size) {
    await db.transaction(async (tx) => {
      // A parallel upload of the same file waits here for the first one's commit, then finds it:
      // a wait as long as that upload's streaming, so not cut by the role's lock timeout.
      await tx.execute(sql`SET LOCAL lock_timeout = 0`);
      const created = await tx
        .insert(documentBlobs)
        .values({ sha256, size, chunks: 0 })
        .onConflictDoNothing()
        .returning({ sha256: documentBlobs.sha256 });
      if (created.length === 0) return;
      let n = 0;
      let total = 0;
      for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
        await tx.insert(documentBlobChunks).values({ sha256, n, bytes: chunk as Buffer });
        n += 1;
        total += (chunk as Buffer).length;
      }
      if (total !== size) throw new Error(`document blob ${sha256}: ${total} bytes read, ${size} expected`);
      await tx.update(documentBlobs).set({ chunks: n }).where(eq(documentBlobs.sha256, sha256));
    });
  },

  async get(sha256) {
    const [blob] = await db
      .select({ chunks: documentBlobs.chunks })
      .from(documentBlobs)
      .where(eq(documentBlobs.sha256, sha256));
    if (!blob) return null;
    // As base64, not as the bytea's text form: pg reads every field as a string, so a 1 MB chunk
    // came as 2 MB of hex to decode; base64 is 1.35 MB and decodes faster (25 MB: 1.5 → 0.9 s
    // at load 21, bench/RESULTS.md). PostgreSQL's line breaks in it are skipped by the decoder.
    const read = async (n: number) => {
      const [row] = await selectRows<{ b64: string }>(
        db,
        sql`SELECT encode(bytes, 'base64') AS b64 FROM document_blob_chunks WHERE sha256 = ${sha256} AND n = ${n}`,
      );
      if (!row) throw new Error(`document blob ${sha256}: chunk ${n} missing`);
      return Buffer.from(row.b64, 'base64');
    };
    async function* chunks() {
      // The next chunk is asked for before this one is handed on: the database reads it while
      // the client receives this one, instead of both taking turns.
      let next: Promise<Buffer> | undefined = blob.chunks > 0 ? read(0) : undefined;
      try {
        for (let n = 0; next; n += 1) {
          const chunk: Buffer = await next;
          next = n + 1 < blob.chunks ? read(n + 1) : undefined;
          yield chunk;
        }
      } finally {
        // a download cancelled midway leaves the read ahead unwanted: never unhandled
        next?.catch(() => {});
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  },

  async has(sha256) {
    const [row] = await db
      .select({ found: sql<number>`1` })
      .from(documentBlobs)
      .where(eq(documentBlobs.sha256, sha256));
    return !!row;
  },
};
