/**
 * Where a document's bytes live, behind one interface: PostgreSQL by default (one backup holds
 * everything), or S3-compatible storage when STORAGE_URL is set. Bytes are addressed by their
 * SHA-256, so the same file attached twice is stored once. Nothing else reads or writes bytes.
 */
export interface BlobStore {
  /** Stores the file at `path` under its SHA-256 (hex) unless already there. */
  put(sha256: string, path: string, size: number): Promise<void>;
  /** A stream of the bytes, or null if absent. */
  get(sha256: string): Promise<NodeJS.ReadableStream | null>;
  has(sha256: string): Promise<boolean>;
}
