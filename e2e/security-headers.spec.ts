import type { APIResponse } from '@playwright/test';
import { expect, loginAs, test } from './fixtures';
import { callAction } from './security/action-client';

/**
 * The security headers on every kind of response (pages, error pages, route handlers, exports,
 * server action answers) and the flags of the session cookie. Over HTTPS the cookie is also
 * Secure and `__Host-` prefixed: see lib/auth/cookies.test.ts (the servers here speak HTTP).
 */
function expectSecurityHeaders(what: string, headers: Record<string, string>) {
  const csp = headers['content-security-policy'] ?? '';
  expect
    .soft(csp, `${what}: CSP with a nonce and strict-dynamic`)
    .toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect.soft(csp, `${what}: ${directive}`).toContain(directive);
  }
  expect.soft(headers['x-content-type-options'], `${what}: nosniff`).toBe('nosniff');
  expect.soft(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
  expect.soft(headers['strict-transport-security'], `${what}: HSTS`).toContain('max-age=');
  expect.soft(headers['x-powered-by'], `${what}: no X-Powered-By`).toBeUndefined();
}

const noStore = (what: string, response: APIResponse) =>
  expect.soft(response.headers()['cache-control'], `${what}: not cached`).toContain('no-store');

test('signed out: the login page, a redirect and the public routes carry the headers', async ({
  request,
}) => {
  const login = await request.get('/login');
  expectSecurityHeaders('/login', login.headers());
  const redirect = await request.get('/tasks', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectSecurityHeaders('redirect to /login', redirect.headers());
  const health = await request.get('/api/health');
  expectSecurityHeaders('/api/health', health.headers());
  noStore('/api/health', health);
  const session = await request.get('/api/auth/session');
  expectSecurityHeaders('/api/auth/session', session.headers());
});

test('signed in: pages, error pages, route handlers and exports carry the headers and are not cached', async ({
  page,
  baseURL,
}) => {
  test.slow();
  await loginAs(page, 'hp.dieuphoi');

  const cookies = await page.context().cookies();
  const session = cookies.find((cookie) => cookie.name.endsWith('authjs.session-token'));
  expect(session, 'a session cookie').toBeTruthy();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');
  expect(session!.path).toBe('/');

  const api = page.request;
  const urls = [
    '/dashboard',
    '/tasks',
    '/tasks/NV-HP-01',
    '/recommendations',
    '/reports',
    '/tasks/KHONG-CO-NHIEM-VU-NAY', // not found, inside the application
    '/khong-co-trang-nay', // not found, anywhere
    '/api/export/tasks?format=csv',
    '/api/export/tasks?format=xlsx',
    '/api/export/task-results?format=docx',
    '/api/export/tasks?format=exe', // a refused export: 400
    '/api/export/audit',
    '/tasks/import/template',
  ];
  for (const url of urls) {
    const response = await api.get(url, { maxRedirects: 0 });
    expect.soft(response.status(), `${url} answers`).toBeLessThan(500);
    expectSecurityHeaders(url, response.headers());
    noStore(url, response);
  }
  const notFound = await api.get('/khong-co-trang-nay');
  expect(notFound.status()).toBe(404);

  // A server action's answer too (a validation error: it changes nothing).
  const answer = await callAction(api, baseURL!, '/tasks/NV-HP-01', 'app/(app)/tasks/actions.ts#taskAction', {
    action: 'start',
    code: 'NV-HP-01',
    version: 'not-a-version',
  });
  expect(answer.state?.status).toBe('error');
  expectSecurityHeaders('a server action', answer.headers);
  expect.soft(answer.headers['cache-control'], 'a server action: not cached').toContain('no-store');
});
