import { describeBlobStoreContract } from '@/tests/blob-store-contract';
import { postgresStore } from './document-blobs';

// The same contract as the S3 store's (lib/documents/s3-store.test.ts), on the database's store.
describeBlobStoreContract('PostgreSQL store', async () => postgresStore);
