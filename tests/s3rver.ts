import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

/** A running S3-compatible test peer: its files' folder, its bucket, a STORAGE_URL for it. */
export type RunningS3rver = {
  dir: string;
  bucket: string;
  /** STORAGE_URL with s3rver's fixed credentials, the objects' keys under `prefix` */
  storageUrl: (prefix?: string) => string;
  close: () => Promise<void>;
};

/**
 * s3rver (files in a temp folder) on a port the OS picks, with one bucket. Its credentials are
 * fixed (S3RVER/S3RVER); it checks the access key but not the signature.
 */
export async function startS3rver(bucket = 'tracker-docs'): Promise<RunningS3rver> {
  const dir = await mkdtemp(path.join(tmpdir(), 's3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: dir,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    dir,
    bucket,
    storageUrl: (prefix = '') =>
      `s3://S3RVER:S3RVER@127.0.0.1:${port}/${bucket}${prefix ? `/${prefix}` : ''}?region=eu-west-1&tls=0`,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
