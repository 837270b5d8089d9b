import { findViewer, isHeldBack } from '@/lib/auth/viewer';
import { documentStore } from '@/lib/documents/store';
import { handleDocumentUpload } from '@/lib/documents/upload';
import { STATIC_SECURITY_HEADERS } from '@/lib/security/headers';

export const dynamic = 'force-dynamic';

/**
 * POST /api/upload/documents (multipart: file, recordKind, record, addressee, replaces,
 * numberSymbol, issuedOn, issuer, title): attaches an evidence document to a record.
 */
export async function POST(request: Request): Promise<Response> {
  const answer = await handleDocumentUpload(
    request,
    async () => {
      const viewer = await findViewer();
      return viewer && !isHeldBack(viewer) ? viewer : null;
    },
    documentStore(),
  );
  return Response.json(answer.body, {
    status: answer.status,
    headers: { ...STATIC_SECURITY_HEADERS, 'Cache-Control': 'no-store' },
  });
}
