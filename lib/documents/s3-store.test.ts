import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningS3rver, startS3rver } from '@/tests/s3rver';
import { createS3Store, parseStorageUrl, StorageUrlError } from './s3-store';

// A real S3-compatible server (s3rver, files in a temp folder) on a port the OS picks. The
// BlobStore contract runs on it with the PostgreSQL store's (db/queries/document-blobs.int.test.ts);
// here what only the S3 store does.
let server: RunningS3rver | undefined;
let dir: string;
let storageUrl = '';

beforeAll(async () => {
  server = await startS3rver();
  dir = server.dir;
  // the prefix checks that keys land under it
  storageUrl = server.storageUrl('documents');
});

afterAll(async () => {
  await server?.close();
});

describe('S3 store', () => {
  it('keeps the objects under the prefix of STORAGE_URL, named by their hash', async () => {
    const { createHash } = await import('node:crypto');
    const { writeFile, readdir } = await import('node:fs/promises');
    const content = Buffer.from('công văn trả lời');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const file = path.join(dir, 'upload.bin');
    await writeFile(file, content);
    await createS3Store(storageUrl).put(sha256, file, content.length);
    expect(await readdir(path.join(dir, 'tracker-docs', 'documents'))).toContain(`${sha256}._S3rver_object`);
  });

  it('refuses a key that is not a SHA-256 (never a user-given name)', async () => {
    const store = createS3Store(storageUrl);
    await expect(store.has('../etc/passwd')).rejects.toThrow(/SHA-256/);
    await expect(store.get('ABC')).rejects.toThrow(/SHA-256/);
  });

  it('fails loudly, not as "absent", when the server refuses the credentials or is unreachable', async () => {
    const { createHash } = await import('node:crypto');
    const { writeFile } = await import('node:fs/promises');
    const content = Buffer.from('biên bản');
    const sha256 = createHash('sha256').update(content).digest('hex');
    const file = path.join(dir, 'present.bin');
    await writeFile(file, content);
    await createS3Store(storageUrl).put(sha256, file, content.length);

    // s3rver does not check SigV4 signatures, but it does know its one access key.
    const unknownKey = createS3Store(storageUrl.replace('S3RVER:S3RVER', 'SOMEONE:ELSE'));
    await expect(unknownKey.has(sha256)).rejects.toThrow();
    await expect(unknownKey.get(sha256)).rejects.toThrow(/Access Key/);
    const down = createS3Store('s3://k:s@127.0.0.1:1/b?tls=0');
    await expect(down.has(sha256)).rejects.toThrow();
    await expect(down.get(sha256)).rejects.toThrow();
  });
});

describe('S3 store, as the server sees the upload', () => {
  it('sends the payload SHA-256 (signed) for the server to check, and no CRC trailer or chunked body', async () => {
    const { createServer } = await import('node:http');
    const { createHash } = await import('node:crypto');
    const { writeFile } = await import('node:fs/promises');
    const seen: { method?: string; headers: Record<string, unknown>; bytes: number }[] = [];
    const recorder = createServer((req, res) => {
      let bytes = 0;
      req.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      req.on('end', () => {
        seen.push({ method: req.method, headers: req.headers, bytes });
        res.statusCode = req.method === 'HEAD' ? 404 : 200;
        res.end();
      });
    });
    await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = recorder.address() as { port: number };
      const content = Buffer.from('Bộ Nội vụ trả lời kiến nghị KN-HP-03');
      const sha256 = createHash('sha256').update(content).digest('hex');
      const file = path.join(dir, 'recorded.bin');
      await writeFile(file, content);
      await createS3Store(`s3://k:s@127.0.0.1:${port}/bucket?tls=0`).put(sha256, file, content.length);
      const put = seen.find((request) => request.method === 'PUT');
      expect(put?.headers['x-amz-content-sha256']).toBe(sha256);
      expect(String(put?.headers.authorization)).toContain('x-amz-content-sha256');
      expect(put?.headers['content-length']).toBe(String(content.length));
      expect(put?.bytes).toBe(content.length);
      expect(
        Object.keys(put?.headers ?? {}).filter(
          (h) => h.startsWith('x-amz-checksum') || h === 'x-amz-trailer',
        ),
      ).toEqual([]);
      expect(put?.headers['content-encoding']).toBeUndefined();
    } finally {
      recorder.close();
    }
  });
});

describe('STORAGE_URL', () => {
  it('reads the key, secret, host, bucket, prefix, region and TLS', () => {
    expect(
      parseStorageUrl('s3://AK%2Fx:S%40CRET@minio.local:9000/docs/tracker/prod?region=ap-southeast-1&tls=0'),
    ).toEqual({
      endpoint: 'http://minio.local:9000',
      region: 'ap-southeast-1',
      bucket: 'docs',
      prefix: 'tracker/prod/',
      credentials: { accessKeyId: 'AK/x', secretAccessKey: 'S@CRET' },
    });
    expect(parseStorageUrl('s3://s3.example.com/docs')).toEqual({
      endpoint: 'https://s3.example.com',
      region: 'us-east-1',
      bucket: 'docs',
      prefix: '',
      credentials: undefined,
    });
  });

  it.each([
    ['not a url', /not a URL/],
    ['https://host/bucket', /s3:\/\//],
    ['s3://k:s@host', /no bucket/],
    ['s3://k@host/bucket', /both or neither/],
  ])('refuses %s with a clear message', (url, message) => {
    expect(() => parseStorageUrl(url)).toThrow(StorageUrlError);
    expect(() => parseStorageUrl(url)).toThrow(message);
  });
});
