import { type NextRequest, NextResponse } from 'next/server';
import { isPublicPath } from '@/auth.config';
import { apiLocale, apiTranslator } from '@/lib/api/locale';
import { problemResponse } from '@/lib/api/problem';
import {
  clearedSession,
  openSession,
  renewalDue,
  renewedSession,
  sessionChunks,
  sessionCookieName,
} from '@/lib/auth/session-cookie';
import { isMalformedPath } from '@/lib/domain/codes';
import {
  contentSecurityPolicy,
  DOWNLOAD_CSP,
  makeNonce,
  STATIC_SECURITY_HEADERS,
} from '@/lib/security/headers';

/** The REST API: its routes read the bearer token alone (lib/api/handler.ts), and set their own caching. */
const isApiPath = (pathname: string) => pathname === '/api/v1' || pathname.startsWith('/api/v1/');

/** The API's "not found", as its routes answer it (problem details in the caller's language). */
function apiNotFound(request: NextRequest): NextResponse {
  const locale = apiLocale(request.headers.get('accept-language'));
  const problem = problemResponse(apiTranslator(locale), locale, 'not_found');
  return new NextResponse(problem.body, { status: problem.status, headers: problem.headers });
}

/**
 * A first gate only (every page, action and route checks the viewer again on the server), and
 * the place where every response gets its security headers and its CSP nonce.
 */
function secured(request: NextRequest, signedIn: boolean): NextResponse {
  const { pathname } = request.nextUrl;
  const nonce = makeNonce();
  // A document download is never a page: the proxy's CSP must not loosen the route's own.
  const download = pathname.startsWith('/api/documents/') || pathname.startsWith('/api/v1/documents/');
  const csp = download ? DOWNLOAD_CSP : contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');

  let response: NextResponse;
  if (!signedIn && !isPublicPath(pathname)) {
    response = NextResponse.redirect(new URL('/login', request.nextUrl));
  } else {
    // Next.js reads the nonce from the request's CSP header and sets it on its scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', csp);
    response = !isMalformedPath(pathname)
      ? NextResponse.next({ request: { headers: requestHeaders } })
      : isApiPath(pathname)
        ? // an address no record can have (a route Next would answer with a 500): on the API, its 404
          apiNotFound(request)
        : // …and on a page, the "not found" page
          NextResponse.rewrite(new URL('/_malformed-address', request.nextUrl), {
            request: { headers: requestHeaders },
          });
  }
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  // Whatever is shown to a signed-in user stays out of every cache (browser and proxies).
  // A document goes as stored (no-transform: never gzipped again by Next or a proxy).
  if (signedIn)
    response.headers.set('Cache-Control', download ? 'private, no-store, no-transform' : 'no-store');
  return response;
}

/**
 * The session, opened as Auth.js opens it (lib/auth/session-cookie.ts): signed in or not, and the
 * cookie renewed when due (sliding idle timeout) or deleted when it no longer opens.
 */
async function gate(request: NextRequest): Promise<NextResponse> {
  const name = sessionCookieName(request.headers.get('x-forwarded-proto'));
  const chunks = sessionChunks(request.cookies.getAll(), name);
  const claims = await openSession(chunks, name);
  const response = secured(request, claims !== null);
  const cookies = !claims
    ? clearedSession(chunks, name)
    : renewalDue(claims)
      ? await renewedSession(claims, chunks, name)
      : [];
  for (const cookie of cookies) response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}

export async function proxy(request: NextRequest): Promise<Response> {
  // The session cookie is not even decoded on the API: reading it would renew an idle session,
  // and no API answer may depend on it.
  if (isApiPath(request.nextUrl.pathname)) return secured(request, false);
  return gate(request);
}

// Uploads stay outside: Next holds every body that passes the proxy in memory and cuts it at
// 10 MB. Their route handlers check the Origin and the session themselves (lib/http/upload.ts).
export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|api/upload/).*)'],
};
