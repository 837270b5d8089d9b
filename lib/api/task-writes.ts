import 'server-only';
import { applyTaskAction, type WriteResult } from '@/db/queries/task-writes';
import { getTask } from '@/db/queries/tasks';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import { type ApiTaskAction, TASK_ACTION_BODIES } from '@/lib/validations/api-task-writes';
import { parseTaskAction } from '@/lib/validations/tasks';
import { type ApiContext, apiRoute } from './handler';
import { taskResource } from './tasks';
import { asField, bodyOf, formErrors, ifMatchOf, resourceResponse, writeProblem } from './writes';

/** The task as the API answers it, with its ETag (version and body digest). */
export async function answerTask(
  context: ApiContext,
  code: string,
  init: { status?: number; headers?: Record<string, string>; request?: Request } = {},
): Promise<Response> {
  const task = await getTask(context.viewer, code, today());
  if (!task) return context.problem('not_found');
  return resourceResponse(context, task.version, taskResource(task), init);
}

/** A task write's refusal as problem details (writeProblem). */
export function taskWriteProblem(context: ApiContext, result: Extract<WriteResult, { ok: false }>): Response {
  return writeProblem(
    context,
    result.reason === 'invalid'
      ? { reason: 'invalid', fieldErrors: result.fieldErrors ?? {} }
      : { reason: result.reason },
  );
}

/**
 * One workflow action on a task the caller read at one of `versions`: the form's own parsing
 * (parseTaskAction) and the task page's data-layer function (applyTaskAction: permission,
 * transition, `UPDATE … WHERE version`, status period, event, notifications). A version that
 * moved on is 412 — before the write, or inside it when a parallel request came first.
 */
export async function runTaskAction(
  context: ApiContext,
  code: string,
  versions: number[],
  fields: Record<string, string> & { action: string },
): Promise<Response> {
  const current = await getTask(context.viewer, code, today());
  if (!current) return context.problem('not_found');
  if (!versions.includes(current.version)) return context.problem('precondition_failed');
  const input = parseTaskAction({ ...fields, code, version: String(current.version) }, today());
  if (!input.success) return context.problem('invalid', { errors: formErrors(context, input.error) });
  const result = await applyTaskAction(context.viewer, input.data, today());
  if (!result.ok) return taskWriteProblem(context, result);
  return answerTask(context, code);
}

/**
 * POST /api/v1/tasks/{code}/actions/{action} (one route file per action, each with its own body
 * in the OpenAPI document): If-Match, the action's JSON body, then runTaskAction.
 */
export async function taskActionRoute(
  action: ApiTaskAction,
  request: Request,
  { params }: { params: Promise<{ code: string }> },
): Promise<Response> {
  return apiRoute(request, { write: true }, async (context) => {
    const code = codeFromParam((await params).code);
    if (!code) return context.problem('not_found');
    const versions = ifMatchOf(context, request);
    if (!versions.ok) return versions.response;
    const body = await bodyOf(context, request, TASK_ACTION_BODIES[action]);
    if (!body.ok) return body.response;
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(body.value as Record<string, string | null | undefined>)) {
      fields[name] = asField(value);
    }
    return runTaskAction(context, code, versions.value, { ...fields, action });
  });
}
