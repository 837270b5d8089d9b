import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { count, sql } from 'drizzle-orm';
import { afterAll, beforeAll } from 'vitest';
import { db } from '@/db/index';
import { CHUNK_BYTES, postgresStore } from '@/db/queries/document-blobs';
import { documentBlobChunks, documentBlobs } from '@/db/schema';
import type { BlobStore } from '@/lib/documents/blob-store';
import { createS3Store, parseStorageUrl } from '@/lib/documents/s3-store';
import { type RunningS3rver, startS3rver } from './s3rver';

/** The stores a document's bytes may live in: every documents test runs on each. */
export const STORE_KINDS = ['PostgreSQL', 'S3'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** A store under test, ready from the enclosing describe's beforeAll on. */
export type StoreUnderTest = {
  kind: StoreKind;
  store: BlobStore;
  /** What the stores hold, counted (the database's blob tables always, the bucket's objects on S3). */
  held: () => Promise<Record<string, number>>;
  /** What storing one new file of `size` bytes adds to `held()`. */
  growth: (size: number) => Record<string, number>;
  /** Changes one byte of the stored file behind the store's back (a disk fault, an intruder). */
  tamper: (sha256: string) => Promise<void>;
};

async function databaseBlobs() {
  const [b] = await db.select({ n: count() }).from(documentBlobs);
  const [c] = await db.select({ n: count() }).from(documentBlobChunks);
  return { blobs: b.n, chunks: c.n };
}

async function flipFirstChunkByte(sha256: string) {
  await db.execute(
    sql`UPDATE document_blob_chunks SET bytes = set_byte(bytes, 0, (get_byte(bytes, 0) + 1) % 256)
      WHERE sha256 = ${sha256} AND n = 0`,
  );
}

/**
 * Registers, in the current describe, the setup of the store of `kind` (for S3 an s3rver on a
 * port the OS picks, stopped afterwards) and returns it, to be read inside tests:
 * `describe.each(STORE_KINDS)('… (%s)', (kind) => { const target = useStore(kind); … })`.
 */
export function useStore(kind: StoreKind): StoreUnderTest {
  if (kind === 'PostgreSQL') {
    return {
      kind,
      store: postgresStore,
      held: databaseBlobs,
      growth: (size) => ({ blobs: 1, chunks: Math.ceil(size / CHUNK_BYTES) }),
      tamper: flipFirstChunkByte,
    };
  }
  let server: RunningS3rver | undefined;
  let client: S3Client;
  let bucket = '';
  let prefix = '';
  const target: StoreUnderTest = {
    kind,
    store: undefined as unknown as BlobStore,
    async held() {
      let objects = 0;
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
        );
        objects += page.KeyCount ?? 0;
        token = page.NextContinuationToken;
      } while (token);
      // nothing of a file may land in the database's blob tables when the bytes live in S3
      return { objects, ...(await databaseBlobs()) };
    },
    growth: () => ({ objects: 1, blobs: 0, chunks: 0 }),
    async tamper(sha256) {
      const key = prefix + sha256;
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      const bytes = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
      bytes[0] = (bytes[0] + 1) % 256;
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes }));
    },
  };
  beforeAll(async () => {
    server = await startS3rver();
    const url = server.storageUrl('documents');
    const location = parseStorageUrl(url);
    ({ bucket, prefix } = location);
    client = new S3Client({
      endpoint: location.endpoint,
      region: location.region,
      credentials: location.credentials,
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    target.store = createS3Store(url);
  });
  afterAll(async () => {
    client?.destroy();
    await server?.close();
  });
  return target;
}

/** `after` minus `before`, key by key. */
export function heldDifference(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? 0)]));
}
