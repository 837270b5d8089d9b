// Evidence documents and the blobs and chunks holding their bytes.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { DOCUMENT_RECORD_KINDS } from '@/lib/domain/documents';
import { organizations, users } from './organizations-users';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * Evidence documents: metadata always here; the bytes by SHA-256 in a BlobStore (document_blobs
 * by default). Never deleted: a wrong file is withdrawn, a new version names the one it replaces.
 */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordKind: text('record_kind', { enum: DOCUMENT_RECORD_KINDS }).notNull(),
    /** the task, recommendation, session (or explanation) the document belongs to */
    recordId: integer('record_id').notNull(),
    /** for an answer: the addressee who answered; for a supporting unit's part: that unit */
    addresseeOrgId: integer('addressee_org_id').references(() => organizations.id),
    /** số, ký hiệu such as 125-BC/TU */
    numberSymbol: text('number_symbol'),
    issuedOn: date('issued_on', { mode: 'string' }),
    issuer: text('issuer'),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    uploadedById: integer('uploaded_by_id')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
    updatedById: integer('updated_by_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnById: integer('withdrawn_by_id').references(() => users.id),
    withdrawnReason: text('withdrawn_reason'),
    replacesId: uuid('replaces_id').references((): AnyPgColumn => documents.id),
  },
  (t) => [
    index('documents_record_idx').on(t.recordKind, t.recordId),
    index('documents_sha256_idx').on(t.sha256),
    index('documents_replaces_idx').on(t.replacesId),
    check(
      'documents_record_kind_check',
      sql.raw(`record_kind IN (${DOCUMENT_RECORD_KINDS.map((k) => `'${k}'`).join(', ')})`),
    ),
    check('documents_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check('documents_size_check', sql`${t.size} > 0`),
    check(
      'documents_answer_check',
      sql`(${t.recordKind} IN ('answer', 'support_part')) = (${t.addresseeOrgId} IS NOT NULL)`,
    ),
    check(
      'documents_withdrawn_check',
      sql`(${t.withdrawnAt} IS NULL) = (${t.withdrawnById} IS NULL) AND (${t.withdrawnAt} IS NULL) = (${t.withdrawnReason} IS NULL)`,
    ),
  ],
);

/** One stored file per SHA-256, whatever number of documents name it. */
export const documentBlobs = pgTable(
  'document_blobs',
  {
    sha256: text('sha256').primaryKey(),
    size: bigint('size', { mode: 'number' }).notNull(),
    chunks: integer('chunks').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('document_blobs_sha256_check', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`)],
);

/** The bytes of a blob in 1 MB chunks, read one at a time so a download never holds the file. */
export const documentBlobChunks = pgTable(
  'document_blob_chunks',
  {
    sha256: text('sha256')
      .notNull()
      .references(() => documentBlobs.sha256),
    n: integer('n').notNull(),
    bytes: bytea('bytes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sha256, t.n] })],
);
