import { NextRequest } from 'next/server';
import { encode } from 'next-auth/jwt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { proxy } from './proxy';

const secret = 'a-secret-of-the-tests-only-0123456789abcdef';
const name = 'authjs.session-token';
const now = Math.floor(Date.now() / 1000);

beforeEach(() => {
  vi.stubEnv('AUTH_SECRET', secret);
  vi.stubEnv('IDLE_TIMEOUT_MINUTES', '30');
  vi.stubEnv('AUTH_URL', '');
  vi.stubEnv('SECURE_COOKIES', '');
});
afterEach(() => vi.unstubAllEnvs());

const token = (seen: number, at = now - 3600) =>
  encode({ token: { uid: 7, sv: 1, sid: 's-1', at, seen }, secret, salt: name, maxAge: 12 * 3600 });

async function get(path: string, cookie?: string) {
  const headers = new Headers({ 'x-forwarded-proto': 'http' });
  if (cookie) headers.set('cookie', cookie);
  return proxy(new NextRequest(`http://tracker.local${path}`, { headers }));
}

const sessionCookie = (response: Response) =>
  response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));

describe('the proxy’s session gate', () => {
  it('lets a live session through, renewing its cookie only when it was last seen a minute ago or more', async () => {
    const fresh = await get('/tasks', `${name}=${await token(now - 10)}`);
    expect(fresh.headers.get('location')).toBeNull();
    expect(fresh.headers.get('cache-control')).toBe('no-store');
    expect(sessionCookie(fresh)).toBeUndefined();

    const due = await get('/tasks', `${name}=${await token(now - 20 * 60)}`);
    expect(due.headers.get('location')).toBeNull();
    const renewed = sessionCookie(due);
    expect(renewed).toMatch(/HttpOnly/i);
    expect(renewed).toMatch(/SameSite=lax/i);
    // the renewed cookie carries the session past the old one's idle timeout
    const value = renewed!.split(';')[0].slice(name.length + 1);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 15 * 60 * 1000);
      expect((await get('/tasks', `${name}=${value}`)).headers.get('location')).toBeNull();
      expect((await get('/tasks', `${name}=${await token(now - 20 * 60)}`)).headers.get('location')).toMatch(
        /\/login$/,
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends a tampered, expired or foreign token to the login page and deletes its cookie', async () => {
    const foreign = await encode({
      token: { uid: 7, sv: 1, sid: 's-1', at: now, seen: now },
      secret: 'another-secret-0123456789abcdef0123',
      salt: name,
    });
    for (const value of ['tampered.value.here', await token(now - 31 * 60), foreign]) {
      const response = await get('/tasks', `${name}=${value}`);
      expect(response.headers.get('location')).toBe('http://tracker.local/login');
      expect(sessionCookie(response)).toMatch(/Max-Age=0/i);
    }
    expect((await get('/tasks')).headers.get('location')).toBe('http://tracker.local/login');
  });

  it('reads no session on the API, and none is needed on the login page', async () => {
    const api = await get('/api/v1/tasks', `${name}=${await token(now - 20 * 60)}`);
    expect(sessionCookie(api)).toBeUndefined();
    expect(api.headers.get('cache-control')).toBeNull();
    expect((await get('/login')).headers.get('location')).toBeNull();
  });
});
