import { requestExtension } from '@/db/queries/extension-requests';
import { extensionRequestResource } from '@/lib/api/extension-request-resource';
import { answerRequest, extensionProblem, requestsOfTask } from '@/lib/api/extension-requests';
import { apiRoute } from '@/lib/api/handler';
import { bodyOf, formErrors } from '@/lib/api/writes';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import { ExtensionRequestBody } from '@/lib/validations/api-extensions';
import { extensionRequestInput } from '@/lib/validations/extensions';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ code: string }> };

/** GET /api/v1/tasks/{code}/extension-requests: the task's requests, newest first (404 when the task is out of reach). */
export async function GET(request: Request, { params }: Params) {
  return apiRoute(request, { write: false }, async (context) => {
    const code = codeFromParam((await params).code);
    const found = code ? await requestsOfTask(context, code) : null;
    if (!found) return context.problem('not_found');
    return context.json({ data: found.requests.map(extensionRequestResource) });
  });
}

/**
 * POST /api/v1/tasks/{code}/extension-requests `{ requestedDueOn, reason }`: an official of the
 * assignee asks for a later deadline, through the task page's schema and data-layer function
 * (one pending request per task; the coordinators are told). 201 with the request and its ETag.
 */
export async function POST(request: Request, { params }: Params) {
  return apiRoute(request, { write: true }, async (context) => {
    const code = codeFromParam((await params).code);
    if (!code) return context.problem('not_found');
    const body = await bodyOf(context, request, ExtensionRequestBody);
    if (!body.ok) return body.response;
    const day = today();
    const input = extensionRequestInput(day).safeParse({
      code,
      dueOn: body.value.requestedDueOn,
      reason: body.value.reason,
    });
    if (!input.success) {
      // the form's field is `dueOn`; the API's, `requestedDueOn`
      const { dueOn, ...errors } = formErrors(context, input.error);
      return context.problem('invalid', { errors: dueOn ? { requestedDueOn: dueOn, ...errors } : errors });
    }
    const result = await requestExtension(context.viewer, input.data, day);
    if (!result.ok) return extensionProblem(context, result);
    const location = `/api/v1/tasks/${result.code}/extension-requests/${result.id}`;
    return answerRequest(context, result.code, result.id, { status: 201, headers: { Location: location } });
  });
}
