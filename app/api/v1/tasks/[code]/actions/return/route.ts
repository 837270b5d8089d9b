import { taskActionRoute } from '@/lib/api/task-writes';

export const dynamic = 'force-dynamic';

/** POST /api/v1/tasks/{code}/actions/return — return a reported completion, saying why (coordinators in scope): → in_progress; If-Match: the version read. */
export async function POST(request: Request, context: { params: Promise<{ code: string }> }) {
  return taskActionRoute('return', request, context);
}
