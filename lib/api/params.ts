import type { z } from 'zod';
import type { SearchParams } from '@/lib/validations/filters';
import type { ApiTranslator } from './locale';

/** The query string as the list schemas read it: a repeated parameter is a list. */
export function searchParamsOf(url: URL): SearchParams {
  const params: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}

/** The parameters a request got wrong, each with one message in the caller's language. */
export function parameterErrors(t: ApiTranslator, error: z.ZodError): Record<string, string[]> {
  const names = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? 'query')))];
  return Object.fromEntries(names.map((name) => [name, [t('api.badParameter')]]));
}

/** The fields of a JSON body a request got wrong (an unknown field is named too). */
export function bodyErrors(t: ApiTranslator, error: z.ZodError): Record<string, string[]> {
  const names = new Set<string>();
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) names.add(key);
    else names.add(String(issue.path[0] ?? 'body'));
  }
  return Object.fromEntries([...names].map((name) => [name, [t('api.badField')]]));
}
