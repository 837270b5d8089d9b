import { answerRequest, requestAddress } from '@/lib/api/extension-requests';
import { apiRoute } from '@/lib/api/handler';

export const dynamic = 'force-dynamic';

/** GET /api/v1/tasks/{code}/extension-requests/{id}: one request of a task the token's user reads (else 404); ETag = its version and body digest. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string; id: string }> }) {
  return apiRoute(request, { write: false }, async (context) => {
    const address = await requestAddress(params);
    if (!address) return context.problem('not_found');
    return answerRequest(context, address.code, address.id, { request });
  });
}
