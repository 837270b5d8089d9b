import 'server-only';
import { grantExtension, refuseExtension, withdrawExtension } from '@/db/queries/extension-requests';
import { today } from '@/lib/clock';
import { EXTENSION_DECISION_BODIES, type ExtensionDecision } from '@/lib/validations/api-extensions';
import {
  ExtensionGrantInput,
  ExtensionRefuseInput,
  ExtensionWithdrawInput,
} from '@/lib/validations/extensions';
import { answerRequest, extensionProblem, requestAddress, requestsOfTask } from './extension-requests';
import { type ApiContext, apiRoute } from './handler';
import { bodyOf, formErrors, ifMatchOf } from './writes';

type Address = { code: string; id: number };
type Read = { taskVersion: number; version: number };

/** The decision through the task page's schema and data-layer function (permission, lock, version, event, who is told). */
async function decide(
  context: ApiContext,
  decision: ExtensionDecision,
  { code, id }: Address,
  read: Read,
  body: Record<string, unknown>,
) {
  const base = { code, id: String(id), version: String(read.version) };
  if (decision === 'grant') {
    const taskVersion = typeof body.taskVersion === 'number' ? body.taskVersion : read.taskVersion;
    const input = ExtensionGrantInput.safeParse({ ...base, taskVersion: String(taskVersion) });
    return input.success ? grantExtension(context.viewer, input.data, today()) : input.error;
  }
  if (decision === 'refuse') {
    const input = ExtensionRefuseInput.safeParse({ ...base, reason: body.reason });
    return input.success ? refuseExtension(context.viewer, input.data) : input.error;
  }
  const input = ExtensionWithdrawInput.safeParse(base);
  return input.success ? withdrawExtension(context.viewer, input.data) : input.error;
}

/**
 * POST /api/v1/tasks/{code}/extension-requests/{id}/actions/{grant|refuse|withdraw} (one route
 * file each, each with its body in the OpenAPI document), with `If-Match` naming the request's
 * version. A request decided by someone else since it was read is 412 (its version moved on),
 * also when the other decision came first in parallel; one read decided already is 409.
 */
export async function extensionDecisionRoute(
  decision: ExtensionDecision,
  request: Request,
  { params }: { params: Promise<{ code: string; id: string }> },
): Promise<Response> {
  return apiRoute(request, { write: true }, async (context) => {
    const address = await requestAddress(params);
    if (!address) return context.problem('not_found');
    const versions = ifMatchOf(context, request);
    if (!versions.ok) return versions.response;
    const body = await bodyOf(context, request, EXTENSION_DECISION_BODIES[decision]);
    if (!body.ok) return body.response;
    const found = await requestsOfTask(context, address.code);
    const current = found?.requests.find((r) => r.id === address.id);
    if (!found || !current) return context.problem('not_found');
    if (!versions.value.includes(current.version)) return context.problem('precondition_failed');
    const result = await decide(
      context,
      decision,
      address,
      { taskVersion: found.task.version, version: current.version },
      body.value,
    );
    if ('issues' in result) return context.problem('invalid', { errors: formErrors(context, result) });
    if (!result.ok) {
      // pending when read at the version named: a parallel decision came first
      if (result.reason === 'not_pending' && current.status === 'pending') {
        return context.problem('precondition_failed');
      }
      return extensionProblem(context, result);
    }
    return answerRequest(context, address.code, address.id);
  });
}
