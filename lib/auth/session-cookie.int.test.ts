import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/index';
import { users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';

/**
 * Our session reader (lib/auth/session-cookie.ts, in proxy.ts and lib/auth/viewer.ts) against the
 * cookie Auth.js itself writes at sign-in and clears at sign-out, not against tokens sealed here:
 * a next-auth upgrade that renamed, chunked or salted its cookie otherwise would sign every user
 * out without a failing test. Auth.js is driven as in production, both ways it is reached: its
 * route handlers (a form post to /api/auth/callback/credentials with the CSRF token, as
 * bench/http.ts does, and the provider's callback) and the server actions of the login form and
 * the user menu (`signIn`/`signOut` of auth.ts, which write through `cookies()`).
 */
type Kept = { value: string; secure: boolean; path?: string; domain?: string };
type Jar = Map<string, Kept>;
type Written = { name: string; value: string; options: { secure?: boolean; path?: string; maxAge?: number } };

// What Next gives a request's server code: its headers, and a cookie store that records what is set.
const request = vi.hoisted(() => ({ headers: new Headers(), written: [] as Written[] }));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    set: (name: string, value: string, options: Written['options']) =>
      request.written.push({ name, value, options }),
  }),
}));

const LOGIN = 'dieuphoi';
const HOST = 'tracker.local';

/**
 * The URL a route handler sees: Next builds it from X-Forwarded-Proto with a case-sensitive
 * `includes('https')` (next/dist/server/lib/router-utils/resolve-routes.js), not from the header
 * as the proxy and Auth.js's server actions read it.
 */
const nextUrl = (proto: string, path: string) =>
  `${proto.includes('https') ? 'https' : 'http'}://${HOST}${path}`;

const cookieHeader = (jar: Jar) => [...jar].map(([name, kept]) => `${name}=${kept.value}`).join('; ');
// as Next passes them on: it sets X-Forwarded-Host to the Host header when a proxy did not
const headersOf = (proto: string, jar: Jar) =>
  new Headers({ 'x-forwarded-proto': proto, 'x-forwarded-host': HOST, cookie: cookieHeader(jar) });
const cookiesOf = (jar: Jar) => [...jar].map(([name, kept]) => ({ name, value: kept.value }));
const sessionCookies = (jar: Jar) => [...jar.keys()].filter((name) => name.includes('session-token'));

/** What a browser keeps of one Set-Cookie: a cookie emptied or expired is deleted. */
function keep(jar: Jar, name: string, kept: Kept, expired: boolean) {
  if (!kept.value || expired) jar.delete(name);
  else jar.set(name, kept);
}

function keepSetCookie(jar: Jar, line: string) {
  const [pair, ...parts] = line.split(';').map((part) => part.trim());
  const at = pair.indexOf('=');
  const attribute = (key: string) =>
    parts.find((part) => part.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
  const expires = attribute('expires');
  keep(
    jar,
    pair.slice(0, at),
    {
      value: pair.slice(at + 1),
      secure: parts.some((part) => part.toLowerCase() === 'secure'),
      path: attribute('path'),
      domain: attribute('domain'),
    },
    attribute('max-age') === '0' || (expires !== undefined && Date.parse(expires) <= Date.now()),
  );
}

type Modules = {
  auth: typeof import('@/auth');
  proxy: typeof import('@/proxy');
  reader: typeof import('./session-cookie');
};
type Session = { signedIn: Jar; signedOut: Jar };

/** Signs in and out through the route handlers, as a browser posting Auth.js's own forms. */
async function throughHandlers({ auth }: Modules, proto: string): Promise<Session> {
  const jar: Jar = new Map();
  const send = async (action: string, form?: Record<string, string>) => {
    const headers = headersOf(proto, jar);
    if (form) headers.set('content-type', 'application/x-www-form-urlencoded');
    request.headers = headers;
    const handler = form ? auth.handlers.POST : auth.handlers.GET;
    const response = await handler(
      new NextRequest(nextUrl(proto, `/api/auth/${action}`), {
        method: form ? 'POST' : 'GET',
        headers,
        body: form && new URLSearchParams(form),
      }),
    );
    for (const line of response.headers.getSetCookie()) keepSetCookie(jar, line);
    return response;
  };
  const { csrfToken } = (await (await send('csrf')).json()) as { csrfToken: string };
  const signIn = await send('callback/credentials', { csrfToken, login: LOGIN, password: DEMO_PASSWORD });
  expect(signIn.headers.get('location')).not.toMatch(/error=/);
  const signedIn = new Map(jar);
  await send('signout', { csrfToken, callbackUrl: '/login' });
  return { signedIn, signedOut: jar };
}

/** Signs in and out through auth.ts's signIn/signOut, as the login form and the user menu do. */
async function throughActions({ auth }: Modules, proto: string): Promise<Session> {
  const jar: Jar = new Map();
  const run = async (step: () => Promise<unknown>) => {
    request.headers = headersOf(proto, jar);
    request.written = [];
    await step();
    for (const { name, value, options } of request.written) {
      const kept = { value, secure: options.secure === true, path: options.path };
      keep(jar, name, kept, options.maxAge === 0);
    }
  };
  await run(() => auth.signIn('credentials', { login: LOGIN, password: DEMO_PASSWORD, redirect: false }));
  const signedIn = new Map(jar);
  await run(() => auth.signOut({ redirect: false }));
  return { signedIn, signedOut: jar };
}

const ways = { 'route handlers': throughHandlers, 'server actions': throughActions };
type Way = keyof typeof ways;

const modes: { mode: string; proto: string; env: Record<string, string>; name: string; ways: Way[] }[] = [
  {
    mode: 'plain http',
    proto: 'http',
    env: {},
    name: 'authjs.session-token',
    ways: ['route handlers', 'server actions'],
  },
  {
    mode: 'https behind a proxy (X-Forwarded-Proto: https)',
    proto: 'https',
    env: {},
    name: '__Secure-authjs.session-token',
    ways: ['route handlers', 'server actions'],
  },
  {
    // The server actions (password sign-in, sign-out) only: for a route handler (the provider's
    // callback) Next makes the URL http (see nextUrl) and Auth.js writes the cookie unprefixed,
    // a name the reader does not look for over https.
    mode: 'https behind a proxy that writes X-Forwarded-Proto: HTTPS',
    proto: 'HTTPS',
    env: {},
    name: '__Secure-authjs.session-token',
    ways: ['server actions'],
  },
  {
    mode: '__Host- cookies (SECURE_COOKIES=1)',
    proto: 'https',
    env: { SECURE_COOKIES: '1' },
    name: '__Host-authjs.session-token',
    ways: ['route handlers', 'server actions'],
  },
  {
    mode: '__Host- cookies (AUTH_URL=https://…, plain http from the proxy)',
    proto: 'http',
    env: { AUTH_URL: `https://${HOST}` },
    name: '__Host-authjs.session-token',
    ways: ['route handlers', 'server actions'],
  },
];

let userId: number;
beforeAll(async () => {
  [{ id: userId }] = await db.select({ id: users.id }).from(users).where(eq(users.login, LOGIN));
});

describe.each(modes)('the session cookie Auth.js writes, $mode', (mode) => {
  let modules: Modules;
  beforeAll(async () => {
    // auth.config.ts reads SECURE_COOKIES and AUTH_URL when it is loaded: load everything afresh
    vi.resetModules();
    vi.stubEnv('AUTH_SECRET', 'integration-test-secret-integration-test');
    vi.stubEnv('AUTH_URL', '');
    vi.stubEnv('SECURE_COOKIES', '');
    for (const [key, value] of Object.entries(mode.env)) vi.stubEnv(key, value);
    modules = {
      auth: await import('@/auth'),
      proxy: await import('@/proxy'),
      reader: await import('./session-cookie'),
    };
  });
  afterAll(() => vi.unstubAllEnvs());

  const gate = (jar: Jar) =>
    modules.proxy.proxy(
      new NextRequest(nextUrl(mode.proto, '/tasks'), {
        headers: { 'x-forwarded-proto': mode.proto, cookie: cookieHeader(jar) },
      }),
    );
  const opened = (jar: Jar) => {
    const { sessionChunks, openSession } = modules.reader;
    return openSession(sessionChunks(cookiesOf(jar), mode.name), mode.name);
  };

  it.each(mode.ways)('through its %s: opens to the user, and no longer after sign-out', async (way) => {
    const { signedIn, signedOut } = await ways[way](modules, mode.proto);
    expect(modules.reader.sessionCookieName(mode.proto)).toBe(mode.name);
    expect(sessionCookies(signedIn)).toEqual([mode.name]);
    const cookie = signedIn.get(mode.name);
    // a browser drops a prefixed cookie that is not Secure (and a __Host- one off / or with a Domain)
    expect(cookie?.secure).toBe(mode.name !== 'authjs.session-token');
    expect(cookie?.path).toBe('/');
    expect(cookie?.domain).toBeUndefined();

    expect((await opened(signedIn))?.uid).toBe(userId);
    const through = await gate(signedIn);
    expect(through.status).toBe(200);
    expect(through.headers.get('location')).toBeNull();
    expect(through.headers.getSetCookie()).toEqual([]);

    expect(sessionCookies(signedOut)).toEqual([]);
    expect(await opened(signedOut)).toBeNull();
    expect((await gate(signedOut)).headers.get('location')).toBe(nextUrl(mode.proto, '/login'));
  });
});
