import { taskActionRoute } from '@/lib/api/task-writes';

export const dynamic = 'force-dynamic';

/** POST /api/v1/tasks/{code}/actions/start — start the work (officials of the assignee): not_started → in_progress; If-Match: the version read. */
export async function POST(request: Request, context: { params: Promise<{ code: string }> }) {
  return taskActionRoute('start', request, context);
}
