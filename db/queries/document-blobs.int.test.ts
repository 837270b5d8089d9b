import { describe } from 'vitest';
import { describeBlobStoreContract } from '@/tests/blob-store-contract';
import { STORE_KINDS, useStore } from '@/tests/document-stores';

// One contract, every store: the bytes in PostgreSQL (the default) and in S3 (s3rver).
describe.each(STORE_KINDS)('%s store', (kind) => {
  const target = useStore(kind);
  describeBlobStoreContract(`${kind} store`, async () => target.store);
});
