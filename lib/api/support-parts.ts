import 'server-only';
import { type SupportPart, supportParts, updateSupportPart } from '@/db/queries/task-support';
import { getTask } from '@/db/queries/tasks';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import { SupportPartBody } from '@/lib/validations/api-extensions';
import { SupportPartInput } from '@/lib/validations/tasks';
import { type ApiContext, apiRoute } from './handler';
import { supportPartResource } from './support-part-resource';
import { taskWriteProblem } from './task-writes';
import { asField, bodyOf, formErrors, ifMatchOf, resourceResponse } from './writes';

/** The parts of a task the token's user reads, by unit path; null when the task is out of reach. */
export async function partsOfTask(context: ApiContext, code: string): Promise<SupportPart[] | null> {
  const task = await getTask(context.viewer, code, today());
  return task ? supportParts(task.id) : null;
}

type Address = { params: Promise<{ code: string; unit: string }> };

async function addressOf(params: Address['params']) {
  const raw = await params;
  const code = codeFromParam(raw.code);
  const unit = codeFromParam(raw.unit);
  return code && unit ? { code, unit } : null;
}

/** GET /api/v1/tasks/{code}/parts/{unit}: one part, with its ETag; 404 when the task is out of reach or the unit supports no part of it. */
export function partRead(request: Request, { params }: Address): Promise<Response> {
  return apiRoute(request, { write: false }, async (context) => {
    const address = await addressOf(params);
    const parts = address ? await partsOfTask(context, address.code) : null;
    const part = parts?.find((p) => p.code === address?.unit);
    if (!part) return context.problem('not_found');
    return resourceResponse(context, part.version, supportPartResource(part), { request });
  });
}

/**
 * PATCH /api/v1/tasks/{code}/parts/{unit} `{ status, note }` with `If-Match` naming the part's
 * version: the task page's part form, through its schema and data-layer function (an official
 * of the supporting unit's subtree; the task not completed or cancelled; the history event).
 * A version that moved on is 412, before the write or inside it.
 */
export function partUpdate(request: Request, { params }: Address): Promise<Response> {
  return apiRoute(request, { write: true }, async (context) => {
    const address = await addressOf(params);
    if (!address) return context.problem('not_found');
    const versions = ifMatchOf(context, request);
    if (!versions.ok) return versions.response;
    const body = await bodyOf(context, request, SupportPartBody);
    if (!body.ok) return body.response;
    const parts = await partsOfTask(context, address.code);
    const current = parts?.find((p) => p.code === address.unit);
    if (!current) return context.problem('not_found');
    if (!versions.value.includes(current.version)) return context.problem('precondition_failed');
    const input = SupportPartInput.safeParse({
      ...address,
      version: String(current.version),
      status: body.value.status,
      note: asField(body.value.note),
    });
    if (!input.success) return context.problem('invalid', { errors: formErrors(context, input.error) });
    const result = await updateSupportPart(context.viewer, input.data);
    if (!result.ok) return taskWriteProblem(context, result);
    const after = (await partsOfTask(context, address.code))?.find((p) => p.code === address.unit);
    if (!after) return context.problem('not_found');
    return resourceResponse(context, after.version, supportPartResource(after));
  });
}
