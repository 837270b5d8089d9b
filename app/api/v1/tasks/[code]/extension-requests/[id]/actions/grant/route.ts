import { extensionDecisionRoute } from '@/lib/api/extension-decisions';

export const dynamic = 'force-dynamic';

/** POST /api/v1/tasks/{code}/extension-requests/{id}/actions/grant — grant a pending request (coordinators who may extend the task): the task's deadline becomes the requested day; If-Match: the request's version read. */
export async function POST(request: Request, context: { params: Promise<{ code: string; id: string }> }) {
  return extensionDecisionRoute('grant', request, context);
}
