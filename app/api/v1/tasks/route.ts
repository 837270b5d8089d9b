import { listTasksAfter, type TaskKey } from '@/db/queries/task-list';
import { cursorValueFits, decodeCursor, encodeCursor, nextLink } from '@/lib/api/cursor';
import { apiRoute } from '@/lib/api/handler';
import { parameterErrors, searchParamsOf } from '@/lib/api/params';
import { taskSummary } from '@/lib/api/tasks';
import { today } from '@/lib/clock';
import { parseApiTaskListParams } from '@/lib/validations/api';

export const dynamic = 'force-dynamic';

const DEFAULT_LIMIT = 100;

/** GET /api/v1/tasks?<the tasks page's filters>&limit=&cursor= — the list the page shows, by keyset. */
export async function GET(request: Request) {
  return apiRoute(request, { write: false }, async ({ viewer, url, t, problem, json }) => {
    const input = parseApiTaskListParams(searchParamsOf(url));
    if (!input.success) return problem('bad_request', { errors: parameterErrors(t, input.error) });
    const { cursor, limit = DEFAULT_LIMIT, ...filters } = input.data;
    const sort = filters.sort ?? 'dueOn';
    let after: TaskKey | undefined;
    if (cursor) {
      const decoded = decodeCursor(cursor);
      if (!decoded || decoded.sort !== sort || !cursorValueFits(sort, decoded.value))
        return problem('bad_request', { errors: { cursor: [t('api.badCursor')] } });
      after = { value: String(decoded.value), code: decoded.code };
    }
    const page = await listTasksAfter(viewer, filters, filters.asOf ?? today(), { after, limit });
    const link = page.next ? nextLink(url, encodeCursor({ sort, ...page.next })) : null;
    return json(
      { data: page.rows.map(taskSummary), next: link ? link.slice(1, link.indexOf('>')) : null },
      { headers: link ? { Link: link } : {} },
    );
  });
}
