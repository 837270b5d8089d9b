import { createToken } from '@/db/queries/tokens';
import { DEMO_PASSWORD } from '@/db/seed/data';
import type { TokenScope } from '@/lib/validations/tokens';
import { TEST_NOW } from '@/tests/setup/test-now';
import { viewerFor } from '@/tests/viewers';

/** What the /api/v1 contract tests share: a demo account's token, and a call of a route handler. */
export const API_BASE = 'http://tracker.test';

let made = 0;
export async function tokenOf(login: string, scope: TokenScope = 'read'): Promise<string> {
  made += 1;
  const result = await createToken(
    await viewerFor(login),
    { name: `api ${login} ${made}`, scope, lifetime: 30, password: DEMO_PASSWORD },
    new Date(TEST_NOW),
  );
  if (!result.ok) throw new Error(result.reason);
  return result.token;
}

type Handler = (request: Request, context: { params: Promise<{ code: string }> }) => Promise<Response>;

/**
 * A request to a route handler, as Next would hand it over: the path's segments after
 * /api/v1/<resource>/ are the `code` parameter (the fifth segment).
 */
export function callApi(
  handler: Handler,
  path: string,
  init: {
    token?: string;
    headers?: Record<string, string>;
    method?: string;
    body?: unknown;
    raw?: string;
  } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.raw !== undefined) headers['Content-Type'] ??= 'application/json';
  const body = init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined);
  const request = new Request(`${API_BASE}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const code = decodeURIComponent(new URL(request.url).pathname.split('/')[4] ?? '');
  return handler(request, { params: Promise.resolve({ code }) });
}
