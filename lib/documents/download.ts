import 'server-only';
import { createHash } from 'node:crypto';
import { openDocument } from '@/db/queries/documents';
import type { Viewer } from '@/db/queries/viewer';
import { logger } from '@/lib/logger';
import { DOWNLOAD_CSP, STATIC_SECURITY_HEADERS } from '@/lib/security/headers';
import type { BlobStore } from './blob-store';
import { attachmentDisposition } from './file-name';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Never rendered by the browser: an attachment, not sniffed, a CSP that allows nothing. */
const DOWNLOAD_HEADERS = {
  ...STATIC_SECURITY_HEADERS,
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': DOWNLOAD_CSP,
  // no-transform: an attachment goes as stored (Next's gzip and proxies leave it alone): PDFs,
  // office files and pictures are compressed already, and the bytes are the ones hashed.
  'Cache-Control': 'private, no-store, no-transform',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
// The allowed types are PDF, office files and pictures; should anything else be stored, it is
// offered as bytes, never as a page or an image that runs script.
const NEVER_INLINE = /html|svg|xml|javascript/i;

/** The chunk's bytes as a Uint8Array without copying them (`new Uint8Array(buffer)` copies). */
const view = (chunk: Buffer) => new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);

const plainNotFound = () => new Response('Not found', { status: 404, headers: DOWNLOAD_HEADERS });

/**
 * The bytes, streamed from the store and hashed on the way. The last chunk is held back until
 * the SHA-256 matches the one recorded at upload: a file changed in the store is logged and the
 * connection aborted, so the client never gets it whole.
 */
export function verifiedStream(
  source: NodeJS.ReadableStream,
  sha256: string,
  id: string,
): ReadableStream<Uint8Array> {
  const hash = createHash('sha256');
  const iterator = (source as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let held: Buffer | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        for (;;) {
          const next = await iterator.next();
          if (next.done) {
            const actual = hash.digest('hex');
            if (actual !== sha256) {
              logger.error(
                { document: id, expected: sha256, actual },
                'document bytes do not match their SHA-256',
              );
              controller.error(new Error('document checksum mismatch'));
              return;
            }
            if (held) controller.enqueue(view(held));
            controller.close();
            return;
          }
          const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
          hash.update(chunk);
          const out = held;
          held = chunk;
          if (out) {
            controller.enqueue(view(out));
            return;
          }
        }
      } catch (error) {
        logger.error({ document: id, err: String(error) }, 'document stream failed');
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * The document `id` as an attachment, if the viewer may read it. Anything else answers
 * `notFound()`: the page's route a plain 404, /api/v1 its problem details.
 */
export async function serveDocument(
  viewer: Viewer | null,
  id: string,
  store: BlobStore,
  notFound: () => Response = plainNotFound,
): Promise<Response> {
  if (!viewer || !UUID.test(id)) return notFound();
  const doc = await openDocument(viewer, id.toLowerCase());
  if (!doc) return notFound();
  const source = await store.get(doc.sha256);
  if (!source) {
    logger.error({ document: doc.id, sha256: doc.sha256 }, 'document bytes missing from the store');
    return notFound();
  }
  return new Response(verifiedStream(source, doc.sha256, doc.id), {
    status: 200,
    headers: {
      ...DOWNLOAD_HEADERS,
      'Content-Type': NEVER_INLINE.test(doc.mediaType) ? 'application/octet-stream' : doc.mediaType,
      'Content-Length': String(doc.size),
      'Content-Disposition': attachmentDisposition(doc.fileName),
    },
  });
}
