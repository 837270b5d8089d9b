import { taskActionRoute } from '@/lib/api/task-writes';

export const dynamic = 'force-dynamic';

/** POST /api/v1/tasks/{code}/actions/confirm — confirm a reported completion (coordinators in scope): → completed; If-Match: the version read. */
export async function POST(request: Request, context: { params: Promise<{ code: string }> }) {
  return taskActionRoute('confirm', request, context);
}
