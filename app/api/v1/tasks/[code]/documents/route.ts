import { documentsOf } from '@/db/queries/documents';
import { getTask } from '@/db/queries/tasks';
import { apiRoute } from '@/lib/api/handler';
import { documentResource } from '@/lib/api/reference-data';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

/**
 * GET /api/v1/tasks/{code}/documents: the task's documents as its page lists them (its updates and
 * report, its supporting units' parts, its explanations), newest first; 404 for a task out of reach.
 */
export async function GET(request: Request, { params }: Params) {
  return apiRoute(request, { write: false }, async ({ viewer, problem, json }) => {
    const code = codeFromParam((await params).code);
    if (!code) return problem('not_found');
    if (!(await getTask(viewer, code, today()))) return problem('not_found');
    const { items } = await documentsOf(viewer, 'task', code);
    return json({ data: items.map((item) => documentResource(item, viewer.role === 'admin')) });
  });
}
