import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { BlobStore } from './blob-store';

/**
 * The bytes of documents in S3-compatible object storage (STORAGE_URL), one object per file
 * named by its SHA-256, so a file attached twice is one object.
 *
 * STORAGE_URL: `s3://ACCESS_KEY:SECRET_KEY@host:port/bucket[/prefix]?region=…&tls=0`
 * - key and secret percent-encoded; without them the SDK's usual chain is used
 *   (AWS_ACCESS_KEY_ID…, an instance role);
 * - `region` defaults to `us-east-1`; `tls=0` speaks plain HTTP (a server on the same host),
 *   anything else HTTPS;
 * - addressing is path-style (`host/bucket/key`), which every S3-compatible server accepts.
 */
export type S3Location = {
  endpoint: string;
  region: string;
  bucket: string;
  prefix: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/** A single PUT takes up to 5 GiB; documents are limited far below (DOCUMENT_MAX_MB). */
const SINGLE_PUT_LIMIT = 5 * 1024 ** 3;
const SHA256_HEX = /^[0-9a-f]{64}$/;

export class StorageUrlError extends Error {}

export function parseStorageUrl(url: string): S3Location {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StorageUrlError('STORAGE_URL is not a URL: expected s3://KEY:SECRET@host:port/bucket');
  }
  if (parsed.protocol !== 's3:') {
    throw new StorageUrlError(`STORAGE_URL must start with s3:// (not ${parsed.protocol}//)`);
  }
  if (!parsed.hostname)
    throw new StorageUrlError('STORAGE_URL has no host: expected s3://KEY:SECRET@host:port/bucket');
  const [bucket, ...rest] = parsed.pathname.split('/').filter(Boolean);
  if (!bucket)
    throw new StorageUrlError('STORAGE_URL names no bucket: expected s3://KEY:SECRET@host:port/bucket');
  const tls = parsed.searchParams.get('tls') !== '0';
  const accessKeyId = decodeURIComponent(parsed.username);
  const secretAccessKey = decodeURIComponent(parsed.password);
  if (!!accessKeyId !== !!secretAccessKey) {
    throw new StorageUrlError(
      'STORAGE_URL has a key without a secret (or the reverse): give both or neither',
    );
  }
  return {
    endpoint: `${tls ? 'https' : 'http'}://${parsed.host}`,
    region: parsed.searchParams.get('region') || 'us-east-1',
    bucket,
    prefix: rest.length ? `${rest.join('/')}/` : '',
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : undefined,
  };
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === 'NotFound' || error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404)
  );
}

function checkedKey(prefix: string, sha256: string): string {
  // The key is a content hash, never a name from a user: anything else is a caller's bug.
  if (!SHA256_HEX.test(sha256)) throw new Error('a blob is named by its SHA-256 in lowercase hex');
  return prefix + sha256;
}

export function createS3Store(url: string): BlobStore {
  const location = parseStorageUrl(url);
  const client = new S3Client({
    endpoint: location.endpoint,
    region: location.region,
    credentials: location.credentials,
    forcePathStyle: true,
    // The SDK's default CRC32 checksums (and their chunked trailers) are refused by many
    // S3-compatible servers; the payload's SHA-256 below does that job on every one.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const { bucket, prefix } = location;

  const has = async (sha256: string): Promise<boolean> => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: checkedKey(prefix, sha256) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  };

  return {
    has,

    async put(sha256, path, size) {
      const key = checkedKey(prefix, sha256);
      if (size > SINGLE_PUT_LIMIT) throw new Error('a document over 5 GiB cannot be stored in one piece');
      if (await has(sha256)) return;
      // Streamed from the file with its length known: the process never holds the file.
      const command = new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: createReadStream(path),
        ContentLength: size,
        ContentType: 'application/octet-stream',
      });
      // The payload's hash is known already (it is the key): signed into the request, the
      // server refuses the object if the bytes it receives differ (SigV4 x-amz-content-sha256).
      command.middlewareStack.add(
        (next) => async (args) => {
          const request = args.request as { headers?: Record<string, string> };
          if (request.headers) request.headers['x-amz-content-sha256'] = sha256;
          return next(args);
        },
        { step: 'build', name: 'payloadSha256' },
      );
      await client.send(command);
    },

    async get(sha256) {
      try {
        const object = await client.send(
          new GetObjectCommand({ Bucket: bucket, Key: checkedKey(prefix, sha256) }),
        );
        return (object.Body as Readable | undefined) ?? null;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
  };
}
