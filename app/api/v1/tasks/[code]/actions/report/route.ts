import { taskActionRoute } from '@/lib/api/task-writes';

export const dynamic = 'force-dynamic';

/** POST /api/v1/tasks/{code}/actions/report — report the task complete (officials of the assignee): → awaiting_confirmation; If-Match: the version read. */
export async function POST(request: Request, context: { params: Promise<{ code: string }> }) {
  return taskActionRoute('report', request, context);
}
