import { extensionDecisionRoute } from '@/lib/api/extension-decisions';

export const dynamic = 'force-dynamic';

/** POST /api/v1/tasks/{code}/extension-requests/{id}/actions/withdraw — take back one's own pending request (its requester); If-Match: the request's version read. */
export async function POST(request: Request, context: { params: Promise<{ code: string; id: string }> }) {
  return extensionDecisionRoute('withdraw', request, context);
}
