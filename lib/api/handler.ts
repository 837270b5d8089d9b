import 'server-only';
import { db } from '@/db/index';
import { takeApiRequest } from '@/db/queries/token-usage';
import { findTokenHolder, LAST_USED_STEP_MS, noteTokenUse } from '@/db/queries/tokens';
import type { Viewer } from '@/db/queries/viewer';
import { mustEnrolTwoFactor } from '@/lib/auth/two-factor-policy';
import { expiryClock } from '@/lib/clock';
import { logger } from '@/lib/logger';
import type { TokenScope } from '@/lib/validations/tokens';
import { type ApiLocale, type ApiTranslator, apiLocale, apiTranslator } from './locale';
import { type ProblemKind, problemResponse } from './problem';
import { API_RATE_WINDOW_MS, apiRateKey, apiRatePerMinute } from './rate-limit';
import { bearerToken, hashToken } from './token-secret';

/** What a /api/v1 handler gets: the token's user as the pages' Viewer, and the answer helpers. */
export type ApiContext = {
  viewer: Viewer;
  token: { id: number; scope: TokenScope };
  locale: ApiLocale;
  t: ApiTranslator;
  url: URL;
  problem: (kind: ProblemKind, extra?: Parameters<typeof problemResponse>[3]) => Response;
  json: (body: unknown, init?: { status?: number; headers?: Record<string, string> }) => Response;
};

const COMMON_HEADERS = { 'Cache-Control': 'no-store', Vary: 'Accept-Language, Authorization' };

/**
 * Every /api/v1 handler runs through here: the caller's language, the bearer token (never the
 * session cookie: no CSRF surface), the token's user re-read as a session's is (active, in
 * force), the per-token rate limit, the token's scope for writes, one log line per use.
 * Everything after that is the same data layer as the pages, with this viewer.
 */
export async function apiRoute(
  request: Request,
  options: { write: boolean },
  run: (context: ApiContext) => Promise<Response>,
): Promise<Response> {
  const url = new URL(request.url);
  const locale = apiLocale(request.headers.get('accept-language'));
  try {
    return await answer(request, url, locale, options, run);
  } catch (error) {
    // a failure anywhere (token lookup, rate limit, configuration): problem details and a log line
    logger.error({ err: error, api: { method: request.method, path: url.pathname } }, 'api request failed');
    return problemResponse(apiTranslator(locale), locale, 'server_error', { instance: url.pathname });
  }
}

async function answer(
  request: Request,
  url: URL,
  locale: ApiLocale,
  options: { write: boolean },
  run: (context: ApiContext) => Promise<Response>,
): Promise<Response> {
  const started = performance.now();
  const t = apiTranslator(locale);
  const problem: ApiContext['problem'] = (kind, extra) =>
    problemResponse(t, locale, kind, { instance: url.pathname, ...extra });
  const log = (status: number, holder?: { tokenId: number; userId: number }) =>
    logger.info(
      {
        api: {
          method: request.method,
          path: url.pathname,
          status,
          ms: Math.round(performance.now() - started),
          ...holder,
        },
      },
      'api request',
    );

  const secret = bearerToken(request.headers.get('authorization'));
  const at = expiryClock();
  const holder = secret ? await findTokenHolder(hashToken(secret), at) : null;
  if (!holder || holder.viewer.mustChangePassword || mustEnrolTwoFactor(holder.viewer)) {
    log(401);
    return problem(
      'unauthorized',
      secret ? { headers: { 'WWW-Authenticate': 'Bearer realm="api/v1", error="invalid_token"' } } : {},
    );
  }
  const who = { tokenId: holder.token.id, userId: holder.viewer.id };

  // the rate limit and the token's use of the day (api_token_uses), in one statement
  const { retryAfterMs } = await takeApiRequest(
    db,
    { tokenId: holder.token.id, key: apiRateKey(holder.token.id), write: options.write },
    { maxFailures: apiRatePerMinute(), windowMs: API_RATE_WINDOW_MS },
    at,
  );
  if (retryAfterMs > 0) {
    const seconds = Math.ceil(retryAfterMs / 1000);
    log(429, who);
    return problem('rate_limited', { headers: { 'Retry-After': String(seconds) }, values: { seconds } });
  }
  const lastUsed = holder.token.lastUsedAt?.getTime() ?? 0;
  if (at.getTime() - lastUsed >= LAST_USED_STEP_MS) await noteTokenUse(holder.token.id, at);

  if (options.write && holder.token.scope !== 'write') {
    log(403, who);
    return problem('read_only');
  }

  const json: ApiContext['json'] = (body, init = {}) =>
    new Response(JSON.stringify(body), {
      status: init.status ?? 200,
      headers: {
        'Content-Type': 'application/json',
        'Content-Language': locale,
        ...COMMON_HEADERS,
        ...init.headers,
      },
    });
  let response: Response;
  try {
    response = await run({ viewer: holder.viewer, token: holder.token, locale, t, url, problem, json });
  } catch (error) {
    logger.error(
      { err: error, api: { method: request.method, path: url.pathname, ...who } },
      'api request failed',
    );
    response = problem('server_error');
  }
  log(response.status, who);
  return response;
}

/** A JSON request body, or null when it is not JSON (the caller answers 415 or 400). */
export async function readJson(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; kind: ProblemKind }> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(merge-patch\+)?json\b/i.test(type))
    return { ok: false, kind: 'unsupported_media_type' };
  const text = await request.text();
  if (text.length > 100_000) return { ok: false, kind: 'bad_request' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, kind: 'bad_request' };
  }
}
