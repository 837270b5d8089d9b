import { extensionDecisionRoute } from '@/lib/api/extension-decisions';

export const dynamic = 'force-dynamic';

/** POST /api/v1/tasks/{code}/extension-requests/{id}/actions/refuse — refuse a pending request, saying why (coordinators who may extend the task); If-Match: the request's version read. */
export async function POST(request: Request, context: { params: Promise<{ code: string; id: string }> }) {
  return extensionDecisionRoute('refuse', request, context);
}
