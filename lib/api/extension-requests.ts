import 'server-only';
import { extensionRequestsOf } from '@/db/queries/extension-request-views';
import type { ExtensionResult } from '@/db/queries/extension-requests';
import { getTask } from '@/db/queries/tasks';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import { extensionRequestResource } from './extension-request-resource';
import type { ApiContext } from './handler';
import { translatedErrors } from './problem';
import { resourceResponse } from './writes';

/** The task (if the token's user reads it) and its requests, newest first, as the task page reads them. */
export async function requestsOfTask(context: ApiContext, code: string) {
  const task = await getTask(context.viewer, code, today());
  if (!task) return null;
  return { task, requests: await extensionRequestsOf(context.viewer, task.id) };
}

/** The request id of an address: digits only, else not found. */
export function requestIdFromParam(segment: string): number | null {
  return /^\d{1,9}$/.test(segment) ? Number(segment) : null;
}

/** The task code and request id of an address, or null (404). */
export async function requestAddress(
  params: Promise<{ code: string; id: string }>,
): Promise<{ code: string; id: number } | null> {
  const { code: rawCode, id: rawId } = await params;
  const code = codeFromParam(rawCode);
  const id = requestIdFromParam(rawId);
  return code && id !== null ? { code, id } : null;
}

/** One request as the API answers it, with its ETag (its version and body digest); 404 when out of reach. */
export async function answerRequest(
  context: ApiContext,
  code: string,
  id: number,
  init: { status?: number; headers?: Record<string, string>; request?: Request } = {},
): Promise<Response> {
  const found = await requestsOfTask(context, code);
  const view = found?.requests.find((r) => r.id === id);
  if (!view) return context.problem('not_found');
  return resourceResponse(context, view.version, extensionRequestResource(view), init);
}

const DETAILS = {
  not_open: 'extensions.errors.notOpen',
  already_pending: 'extensions.errors.alreadyPending',
  not_pending: 'extensions.errors.notPending',
  expired: 'extensions.errors.expired',
} as const;

/**
 * A refusal of the data layer as problem details: out of reach 404, not theirs to do 403, a
 * version that moved on 412, a date not later than the due date 422 (on `requestedDueOn`), and
 * what the workflow does not take now (task not open, a request already pending, a request
 * already decided, a granted date overtaken) 409 with the task page's own explanation.
 */
export function extensionProblem(
  context: ApiContext,
  result: Extract<ExtensionResult, { ok: false }>,
): Response {
  switch (result.reason) {
    case 'not_found':
      return context.problem('not_found');
    case 'forbidden':
      return context.problem('forbidden');
    case 'conflict':
      return context.problem('precondition_failed');
    case 'not_later':
      return context.problem('invalid', {
        errors: translatedErrors(context.t, { requestedDueOn: ['extensions.errors.notLater'] }),
      });
    default:
      return context.problem('not_allowed', { detail: context.t(DETAILS[result.reason]) });
  }
}
