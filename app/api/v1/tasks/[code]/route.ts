import { apiRoute } from '@/lib/api/handler';
import { answerTask, runTaskAction } from '@/lib/api/task-writes';
import { bodyOf, ifMatchOf } from '@/lib/api/writes';
import { codeFromParam } from '@/lib/domain/codes';
import { TaskProgressPatch } from '@/lib/validations/api';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

/** GET /api/v1/tasks/{code}: the task, if the token's user may read it (else 404); ETag = its version and body digest. */
export async function GET(request: Request, { params }: Params) {
  return apiRoute(request, { write: false }, async (context) => {
    const code = codeFromParam((await params).code);
    if (!code) return context.problem('not_found');
    // the version and a digest of the body (lib/api/writes.ts resourceResponse)
    return answerTask(context, code, { request });
  });
}

/**
 * PATCH /api/v1/tasks/{code} `{ progress, note }` with `If-Match: "<version>"`: the progress
 * update of the task page, through the same data-layer function (permission, transition,
 * `UPDATE … WHERE version`, status period, event). A stale version is 412, never a lost update.
 */
export async function PATCH(request: Request, { params }: Params) {
  return apiRoute(request, { write: true }, async (context) => {
    const code = codeFromParam((await params).code);
    if (!code) return context.problem('not_found');
    const versions = ifMatchOf(context, request);
    if (!versions.ok) return versions.response;
    const patch = await bodyOf(context, request, TaskProgressPatch);
    if (!patch.ok) return patch.response;
    // Several versions named: the write happens only if the task is at one of them.
    return runTaskAction(context, code, versions.value, {
      action: 'progress',
      progress: String(patch.value.progress),
      note: patch.value.note,
    });
  });
}
