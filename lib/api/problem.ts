import type { ApiLocale, ApiTranslator } from './locale';

/**
 * RFC 9457 problem details, in the caller's language. `type` names the kind of problem (stable,
 * for programs); `title` and `detail` are for people; `errors` names the fields of a bad request.
 */
type MessageKey = Parameters<ApiTranslator>[0];

export const PROBLEMS = {
  unauthorized: 401,
  read_only: 403,
  forbidden: 403,
  not_found: 404,
  not_allowed: 409,
  bad_request: 400,
  invalid: 422,
  precondition_failed: 412,
  precondition_required: 428,
  unsupported_media_type: 415,
  rate_limited: 429,
  server_error: 500,
} as const;
export type ProblemKind = keyof typeof PROBLEMS;

export const PROBLEM_TYPE_BASE = 'https://nq23.invalid/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: Record<string, string[]>;
};

export function problemBody(
  t: ApiTranslator,
  kind: ProblemKind,
  extra: {
    instance?: string;
    errors?: Record<string, string[]>;
    values?: Record<string, string | number>;
    /** a more precise explanation than the kind's own (e.g. which workflow rule refused) */
    detail?: string;
  } = {},
): ProblemBody {
  return {
    type: `${PROBLEM_TYPE_BASE}${kind.replaceAll('_', '-')}`,
    title: t(`api.problems.${kind}.title`),
    status: PROBLEMS[kind],
    detail: extra.detail ?? t(`api.problems.${kind}.detail`, extra.values),
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
}

export function problemResponse(
  t: ApiTranslator,
  locale: ApiLocale,
  kind: ProblemKind,
  extra: Parameters<typeof problemBody>[2] & { headers?: Record<string, string> } = {},
): Response {
  const { headers, ...rest } = extra;
  const body = problemBody(t, kind, rest);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: {
      'Content-Type': PROBLEM_CONTENT_TYPE,
      'Content-Language': locale,
      'Cache-Control': 'no-store',
      Vary: 'Accept-Language, Authorization',
      ...(kind === 'unauthorized' ? { 'WWW-Authenticate': 'Bearer realm="api/v1"' } : {}),
      ...headers,
    },
  });
}

/** Field errors (message keys, as the forms get them) in the caller's language. */
export function translatedErrors(
  t: ApiTranslator,
  errors: Record<string, string[]>,
): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, keys]) => [
      field,
      // message keys from the shared validations: any key of the messages files
      keys.map((key) => (t.has(key as MessageKey) ? t(key as MessageKey) : t('errors.invalidInput'))),
    ]),
  );
}
