import { applyTaskAction } from '@/db/queries/task-writes';
import { getTask } from '@/db/queries/tasks';
import type { Viewer } from '@/db/queries/viewer';
import { etagOf, noneMatch, parseIfMatch } from '@/lib/api/etag';
import { type ApiContext, apiRoute, readJson } from '@/lib/api/handler';
import { bodyErrors } from '@/lib/api/params';
import { translatedErrors } from '@/lib/api/problem';
import { taskResource } from '@/lib/api/tasks';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import { TaskProgressPatch } from '@/lib/validations/api';
import { parseTaskAction } from '@/lib/validations/tasks';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

async function answerTask(
  context: ApiContext,
  viewer: Viewer,
  code: string,
  status = 200,
): Promise<Response> {
  const task = await getTask(viewer, code, today());
  if (!task) return context.problem('not_found');
  const body = JSON.stringify(taskResource(task));
  return context.json(taskResource(task), { status, headers: { ETag: etagOf(task.version, body) } });
}

/** GET /api/v1/tasks/{code}: the task, if the token's user may read it (else 404); ETag = its version and body digest. */
export async function GET(request: Request, { params }: Params) {
  return apiRoute(request, { write: false }, async (context) => {
    const code = codeFromParam((await params).code);
    if (!code) return context.problem('not_found');
    const task = await getTask(context.viewer, code, today());
    if (!task) return context.problem('not_found');
    // the version and a digest of the body: the deadline class (from today) and names change
    // what is answered without a new version
    const resource = taskResource(task);
    const etag = etagOf(task.version, JSON.stringify(resource));
    if (noneMatch(request.headers.get('if-none-match'), etag))
      return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': 'no-store' } });
    return context.json(resource, { headers: { ETag: etag } });
  });
}

/**
 * PATCH /api/v1/tasks/{code} `{ progress, note }` with `If-Match: "<version>"`: the progress
 * update of the task page, through the same data-layer function (permission, transition,
 * `UPDATE … WHERE version`, status period, event). A stale version is 412, never a lost update.
 */
export async function PATCH(request: Request, { params }: Params) {
  return apiRoute(request, { write: true }, async (context) => {
    const { viewer, t, problem } = context;
    const code = codeFromParam((await params).code);
    if (!code) return problem('not_found');
    const ifMatch = parseIfMatch(request.headers.get('if-match'));
    if (ifMatch.kind === 'missing') return problem('precondition_required');
    if (ifMatch.kind === 'invalid')
      return problem('bad_request', { errors: { 'If-Match': [t('api.badIfMatch')] } });
    const body = await readJson(request);
    if (!body.ok) return problem(body.kind);
    const patch = TaskProgressPatch.safeParse(body.value);
    if (!patch.success) return problem('invalid', { errors: bodyErrors(t, patch.error) });
    // Several versions named: the write happens only if the task is at one of them.
    const current = await getTask(viewer, code, today());
    if (!current) return problem('not_found');
    if (!ifMatch.versions.includes(current.version)) return problem('precondition_failed');
    const input = parseTaskAction(
      {
        action: 'progress',
        code,
        version: String(current.version),
        progress: String(patch.data.progress),
        note: patch.data.note,
      },
      today(),
    );
    if (!input.success) {
      const errors: Record<string, string[]> = {};
      for (const issue of input.error.issues) {
        const field = String(issue.path[0] ?? 'body');
        errors[field] = [...(errors[field] ?? []), issue.message];
      }
      return problem('invalid', { errors: translatedErrors(t, errors) });
    }
    const result = await applyTaskAction(viewer, input.data, today());
    if (!result.ok) {
      if (result.reason === 'invalid')
        return problem('invalid', { errors: translatedErrors(t, result.fieldErrors ?? {}) });
      return problem(
        (
          {
            not_found: 'not_found',
            forbidden: 'forbidden',
            conflict: 'precondition_failed',
            not_allowed: 'not_allowed',
          } as const
        )[result.reason],
      );
    }
    return answerTask(context, viewer, code);
  });
}
