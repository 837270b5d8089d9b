import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The session cookie's flags. The end-to-end servers speak HTTP, where a Secure cookie would
 * not come back: over HTTPS (AUTH_URL=https://… or SECURE_COOKIES=1) the configuration itself
 * is checked here; e2e/security-headers.spec.ts checks HttpOnly and SameSite on the wire.
 */
async function sessionCookie(env: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { authConfig } = await import('@/auth.config');
  return (authConfig as { cookies?: { sessionToken?: { name: string; options: Record<string, unknown> } } })
    .cookies?.sessionToken;
}

describe('the session cookie', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  for (const env of [{ AUTH_URL: 'https://tracker.example.vn' }, { SECURE_COOKIES: '1' }]) {
    it(`is Secure, __Host- prefixed, HttpOnly and SameSite over HTTPS (${Object.keys(env)[0]})`, async () => {
      const cookie = await sessionCookie({ AUTH_URL: '', SECURE_COOKIES: '', ...env });
      expect(cookie?.name).toBe('__Host-authjs.session-token');
      // __Host- cookies must be Secure, on path / and without a Domain, or browsers drop them.
      expect(cookie?.options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: true });
    });
  }

  it("keeps next-auth's own HttpOnly, SameSite=Lax cookie over plain HTTP", async () => {
    expect(await sessionCookie({ AUTH_URL: 'http://localhost:3000', SECURE_COOKIES: '' })).toBeUndefined();
  });
});
