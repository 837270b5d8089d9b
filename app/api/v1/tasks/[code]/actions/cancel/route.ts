import { taskActionRoute } from '@/lib/api/task-writes';

export const dynamic = 'force-dynamic';

/** POST /api/v1/tasks/{code}/actions/cancel — cancel an open task, saying why (coordinators in scope): → cancelled; If-Match: the version read. */
export async function POST(request: Request, context: { params: Promise<{ code: string }> }) {
  return taskActionRoute('cancel', request, context);
}
