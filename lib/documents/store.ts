import 'server-only';
import { postgresStore } from '@/db/queries/document-blobs';
import type { BlobStore } from './blob-store';

/** What decides where bytes live: STORAGE_URL (S3-compatible) or, unset, PostgreSQL. */
export type StoreConfig = { storageUrl?: string };

export function storeFor(config: StoreConfig): BlobStore {
  if (config.storageUrl) {
    // The S3 store (lib/documents/s3-store.ts, createS3Store(url)) is plugged in here.
    throw new Error('STORAGE_URL is set but this build has no S3 store');
  }
  return postgresStore;
}

/** The store of this server, from its environment. */
export function documentStore(): BlobStore {
  return storeFor({ storageUrl: process.env.STORAGE_URL || undefined });
}
