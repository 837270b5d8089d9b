import { findViewer, isHeldBack } from '@/lib/auth/viewer';
import { serveDocument } from '@/lib/documents/download';
import { documentStore } from '@/lib/documents/store';

export const dynamic = 'force-dynamic';

/** GET /api/documents/<id>: the document as an attachment, if its record is readable (else 404). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string }> },
): Promise<Response> {
  const { id } = await params;
  const viewer = await findViewer();
  return serveDocument(viewer && !isHeldBack(viewer) ? viewer : null, id, documentStore());
}
