import 'server-only';
import { postgresStore } from '@/db/queries/document-blobs';
import type { BlobStore } from './blob-store';
import { createS3Store } from './s3-store';

/** What decides where bytes live: STORAGE_URL (S3-compatible) or, unset, PostgreSQL. */
export type StoreConfig = { storageUrl?: string };

export function storeFor(config: StoreConfig): BlobStore {
  return config.storageUrl ? createS3Store(config.storageUrl) : postgresStore;
}

/** One S3 client per server and URL, so that its connections are kept between requests. */
let kept: { url: string | undefined; store: BlobStore } | undefined;

/** The store of this server, from its environment. */
export function documentStore(): BlobStore {
  const url = process.env.STORAGE_URL || undefined;
  if (!kept || kept.url !== url) kept = { url, store: storeFor({ storageUrl: url }) };
  return kept.store;
}
