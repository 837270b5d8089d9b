import 'server-only';
import type { z } from 'zod';
import { etagOf, noneMatch, parseIfMatch } from './etag';
import { type ApiContext, readJson } from './handler';
import { bodyErrors } from './params';
import { translatedErrors } from './problem';

/**
 * What every write of /api/v1 does before the data layer: the `If-Match` it must carry, the
 * JSON body checked against its schema, and the forms' own field errors in the caller's
 * language. A failure is the answer to send, as a value.
 */
export type Step<T> = { ok: true; value: T } | { ok: false; response: Response };

/** The versions `If-Match` names: 428 without it, 400 when it is no ETag. */
export function ifMatchOf(context: ApiContext, request: Request): Step<number[]> {
  const ifMatch = parseIfMatch(request.headers.get('if-match'));
  if (ifMatch.kind === 'missing') return { ok: false, response: context.problem('precondition_required') };
  if (ifMatch.kind === 'invalid') {
    return {
      ok: false,
      response: context.problem('bad_request', { errors: { 'If-Match': [context.t('api.badIfMatch')] } }),
    };
  }
  return { ok: true, value: ifMatch.versions };
}

/** The JSON body, of the schema's types: 415 when it is not JSON, 400 unreadable, 422 the fields it gets wrong. */
export async function bodyOf<S extends z.ZodType>(
  context: ApiContext,
  request: Request,
  schema: S,
): Promise<Step<z.infer<S>>> {
  const body = await readJson(request);
  if (!body.ok) return { ok: false, response: context.problem(body.kind) };
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    return {
      ok: false,
      response: context.problem('invalid', { errors: bodyErrors(context.t, parsed.error) }),
    };
  }
  return { ok: true, value: parsed.data };
}

/** Issues of a form's schema (their messages are message keys) as field errors in the caller's language. */
export function formErrors(context: ApiContext, error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'body');
    errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return translatedErrors(context.t, errors);
}

/** A JSON value as a form field: the forms' schemas read text ('' is "none"). */
export function asField(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A data-layer write's refusal as problem details, for tasks and recommendations alike: the
 * reasons their forms show. A stale version is 412, a step the workflow does not take 409.
 */
export type WriteRefusal =
  | { reason: 'not_found' | 'forbidden' | 'conflict' | 'not_allowed' | 'invalid_transition' }
  | { reason: 'invalid'; fieldErrors: Record<string, string[]> };

const REFUSALS = {
  not_found: 'not_found',
  forbidden: 'forbidden',
  conflict: 'precondition_failed',
  not_allowed: 'not_allowed',
  invalid_transition: 'not_allowed',
} as const;

export function writeProblem(context: ApiContext, refusal: WriteRefusal): Response {
  if (refusal.reason === 'invalid') {
    return context.problem('invalid', { errors: translatedErrors(context.t, refusal.fieldErrors) });
  }
  return context.problem(REFUSALS[refusal.reason]);
}

/**
 * A record as the API answers it, with its ETag (its version and a digest of the body: what is
 * answered changes without a new version too, e.g. a deadline class computed from today). With
 * the request of a read, `If-None-Match` naming that tag is a 304.
 */
export function resourceResponse(
  context: ApiContext,
  version: number,
  resource: unknown,
  init: { status?: number; headers?: Record<string, string>; request?: Request } = {},
): Response {
  const etag = etagOf(version, JSON.stringify(resource));
  if (init.request && noneMatch(init.request.headers.get('if-none-match'), etag))
    return new Response(null, { status: 304, headers: { ETag: etag, 'Cache-Control': 'no-store' } });
  return context.json(resource, { status: init.status, headers: { ETag: etag, ...init.headers } });
}
