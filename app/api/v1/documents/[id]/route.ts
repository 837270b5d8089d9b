import { apiRoute } from '@/lib/api/handler';
import { serveDocument } from '@/lib/documents/download';
import { documentStore } from '@/lib/documents/store';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/documents/{id}: the file, streamed and checked against its SHA-256, with the
 * download route's own checks, event and headers (lib/documents/download.ts): 404 when its
 * record is out of reach, or when it was withdrawn and the token's user is not an administrator.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return apiRoute(request, { write: false }, async ({ viewer, problem }) =>
    serveDocument(viewer, (await params).id, documentStore(), () => problem('not_found')),
  );
}
