import 'server-only';
import type { z } from 'zod';
import { parseIfMatch } from './etag';
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
