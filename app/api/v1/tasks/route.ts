import { createTask } from '@/db/queries/task-edits';
import { listTasksAfter, type TaskKey } from '@/db/queries/task-page';
import { cursorValueFits, decodeCursor, pageLinks } from '@/lib/api/cursor';
import { apiRoute } from '@/lib/api/handler';
import { parameterErrors, searchParamsOf } from '@/lib/api/params';
import { answerTask, taskWriteProblem } from '@/lib/api/task-writes';
import { taskSummary } from '@/lib/api/tasks';
import { asField, bodyOf, formErrors } from '@/lib/api/writes';
import { today } from '@/lib/clock';
import { parseApiTaskListParams } from '@/lib/validations/api';
import { TaskCreateBody } from '@/lib/validations/api-task-writes';
import { TaskCreateInput } from '@/lib/validations/tasks';

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
    const links = pageLinks(url, page.next ? { sort, ...page.next } : null);
    return json({ data: page.rows.map(taskSummary), next: links.next }, { headers: links.headers });
  });
}

/**
 * POST /api/v1/tasks: a new task, through the /tasks/new form's schema and data-layer function
 * (coordinators, for a unit of their scope; the same checks, event and notification). 201 with
 * the task, its Location and ETag.
 */
export async function POST(request: Request) {
  return apiRoute(request, { write: true }, async (context) => {
    const body = await bodyOf(context, request, TaskCreateBody);
    if (!body.ok) return body.response;
    const { recommendations = [], supporting = [], ...fields } = body.value;
    const input = TaskCreateInput.safeParse({
      code: asField(fields.code),
      review: fields.review,
      title: fields.title,
      description: asField(fields.description),
      assignee: fields.assignee,
      dueOn: fields.dueOn,
      session: asField(fields.session),
      parent: asField(fields.parent),
      recommendations,
      supporting,
    });
    if (!input.success) return context.problem('invalid', { errors: formErrors(context, input.error) });
    const result = await createTask(context.viewer, input.data, today());
    if (!result.ok) return taskWriteProblem(context, result);
    return answerTask(context, result.code, {
      status: 201,
      headers: { Location: `/api/v1/tasks/${encodeURIComponent(result.code)}` },
    });
  });
}
