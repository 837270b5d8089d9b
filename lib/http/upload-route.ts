import type { Viewer } from '@/db/queries/viewer';
import { findViewer, isHeldBack } from '@/lib/auth/viewer';
import { STATIC_SECURITY_HEADERS } from '@/lib/security/headers';
import { handleUpload, type UploadAnswer, type UploadLimits } from './upload';

/** The viewer of the request; a user held back (a password to change…) uploads nothing. */
async function activeViewer(): Promise<Viewer | null> {
  const viewer = await findViewer();
  return viewer && !isHeldBack(viewer) ? viewer : null;
}

/** A route handler's POST for an upload: JSON answers, never cached, never sniffed. */
export function uploadRoute<T>(
  limits: UploadLimits,
  handle: (viewer: Viewer, form: FormData) => Promise<UploadAnswer<T>>,
) {
  return async (request: Request): Promise<Response> => {
    const answer = await handleUpload(request, activeViewer, handle, limits);
    return Response.json(answer.body, {
      status: answer.status,
      headers: { ...STATIC_SECURITY_HEADERS, 'Cache-Control': 'no-store' },
    });
  };
}
