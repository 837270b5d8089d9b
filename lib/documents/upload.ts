import 'server-only';
import pLimit from 'p-limit';
import { checkAttach, createDocument, recordDocumentRefusal } from '@/db/queries/documents';
import type { Viewer } from '@/db/queries/viewer';
import { documentMaxMb } from '@/lib/config';
import { sameOrigin, type UploadAnswer, type UploadError } from '@/lib/http/upload';
import { logger } from '@/lib/logger';
import { DocumentUploadInput } from '@/lib/validations/documents';
import type { BlobStore } from './blob-store';
import { detectType } from './content-type';
import { checkFileName, withTypeExtension } from './file-name';
import { receiveMultipart, removeQuietly } from './receive';
import { ClamavError, type ScanResult, scanFile } from './scan';

/**
 * Files written to the store at once by this process. A write into PostgreSQL holds a pool
 * connection for its whole chunked insert: fifty 10 MB uploads at once on a pool of ten waited
 * past DATABASE_CONNECT_TIMEOUT_MS and failed (500). The file is already on disk, so the others
 * wait their turn here, holding no connection and no memory. A quarter of the pool, at least one.
 */
let writes: ReturnType<typeof pLimit> | undefined;
function storing<T>(write: () => Promise<T>): Promise<T> {
  writes ??= pLimit(Math.max(1, Math.floor(Number(process.env.DATABASE_POOL_SIZE || 10) / 4)));
  return writes(write);
}

/**
 * One document upload, in the order of every upload route (lib/http/upload.ts): the Origin (403),
 * the session (401), then the body streamed to a temporary file within DOCUMENT_MAX_MB (413),
 * its name, its type by content, the virus scan, the metadata (zod), the viewer's right to edit
 * the record — and only then the bytes into the store and the row with its event. A refusal
 * stores nothing; the temporary file is always removed.
 */
export type DocumentUploaded = { status: 'success'; message: string; id: string };
type Answer = UploadAnswer<DocumentUploaded | (UploadError & { fieldErrors?: Record<string, string[]> })>;

const refuse = (status: number, message: string, params?: Record<string, string | number>): Answer => ({
  status,
  body: { status: 'error', message, ...(params ? { params } : {}) },
});

const PICKED = [
  'recordKind',
  'record',
  'addressee',
  'explanation',
  'replaces',
  'numberSymbol',
  'issuedOn',
  'issuer',
  'title',
];

export async function handleDocumentUpload(
  request: Request,
  viewerOf: () => Promise<Viewer | null>,
  store: BlobStore,
): Promise<Answer> {
  if (!sameOrigin(request)) return refuse(403, 'upload.foreignOrigin');
  const viewer = await viewerOf();
  if (!viewer) return refuse(401, 'upload.unauthorized');
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) return refuse(400, 'upload.badRequest');
  const maxMb = documentMaxMb();
  const received = await receiveMultipart(request, maxMb * 1024 * 1024);
  if (!received.ok) {
    if (received.reason === 'tooLarge') {
      await recordDocumentRefusal(viewer, 'too_large', { maxMb });
      return refuse(413, 'documents.errors.tooLarge', { max: maxMb });
    }
    return refuse(400, 'upload.badRequest');
  }
  const { file, fields } = received;
  try {
    return await accept(viewer, fields, file, store, maxMb);
  } finally {
    await removeQuietly(file?.path);
  }
}

async function accept(
  viewer: Viewer,
  fields: Record<string, string>,
  file: { path: string; size: number; sha256: string; name: string } | null,
  store: BlobStore,
  maxMb: number,
): Promise<Answer> {
  const refused = async (
    reason: string,
    status: number,
    message: string,
    params?: Record<string, string | number>,
  ) => {
    await recordDocumentRefusal(viewer, reason, {
      fileName: file?.name.slice(0, 200),
      size: file?.size,
      record: fields.record?.slice(0, 40),
    });
    return refuse(status, message, params);
  };
  if (!file || file.size === 0) return refused('empty', 400, 'documents.errors.empty');
  if (file.size > maxMb * 1024 * 1024)
    return refused('too_large', 413, 'documents.errors.tooLarge', { max: maxMb });
  const name = checkFileName(file.name);
  if (!name.ok) return refused('file_name', 400, 'documents.errors.fileName');
  const detected = await detectType(file.path, name.name);
  if (!detected.ok) {
    return detected.reason === 'zipBomb'
      ? refused('zip_bomb', 400, 'documents.errors.zipBomb')
      : refused('type', 400, 'documents.errors.type');
  }
  const input = DocumentUploadInput.safeParse(
    Object.fromEntries(PICKED.map((key) => [key, fields[key] ?? ''])),
  );
  if (!input.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of input.error.issues) {
      const field = String(issue.path[0] ?? 'form');
      fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
    }
    return { status: 400, body: { status: 'error', message: 'errors.invalidInput', fieldErrors } };
  }
  const allowed = await checkAttach(viewer, input.data);
  if (allowed !== 'ok') return refused(allowed, 404, 'documents.errors.notFound');
  // scanned only for someone who may attach it: a 25 MB scan is not free
  if (process.env.CLAMAV_URL) {
    let scan: ScanResult;
    try {
      scan = await scanFile(file.path);
    } catch (error) {
      if (!(error instanceof ClamavError)) throw error;
      logger.error({ err: error.message, sha256: file.sha256 }, 'document refused: no virus scan verdict');
      return refused('scan_unavailable', 503, 'documents.errors.scanUnavailable');
    }
    if (scan.infected) {
      logger.warn(
        { signature: scan.signature, sha256: file.sha256, user: viewer.login },
        'document refused: infected',
      );
      return refused('infected', 400, 'documents.errors.infected');
    }
  }

  await storing(() => store.put(file.sha256, file.path, file.size));
  const stored = {
    fileName: withTypeExtension(name.name, detected.type),
    mediaType: detected.type.mediaType,
    size: file.size,
    sha256: file.sha256,
  };
  const created = await createDocument(viewer, input.data, stored);
  if (!created.ok) return refused(created.reason, 404, 'documents.errors.notFound');
  return { status: 201, body: { status: 'success', message: 'documents.uploaded', id: created.id } };
}
