import type { NextAuthConfig } from 'next-auth';
import { sessionNow } from '@/lib/auth/session-cookie';
import { ABSOLUTE_LIFETIME_SECONDS, sessionExpired, usesSecureCookies } from '@/lib/auth/session-rules';
import { decodeSessionToken, encodeSessionToken } from '@/lib/auth/session-token';

/** Paths that need no session (/api/v1 takes a bearer token instead, never the session: lib/api). */
export function isPublicPath(pathname: string): boolean {
  return (
    pathname === '/login' ||
    pathname.startsWith('/api/health') ||
    pathname.startsWith('/api/ready') ||
    pathname === '/api/metrics' ||
    pathname.startsWith('/api/auth') ||
    pathname === '/api/v1' ||
    pathname.startsWith('/api/v1/') ||
    // the API's reference for developers: public, as the OpenAPI document it is made from
    pathname === '/developers/api'
  );
}

/** What the proxy needs: no database, no password hashing. The providers live in auth.ts. */
export const authConfig = {
  // Errors of the provider's sign-in (a tampered state, a refused token) come back to the login page.
  pages: { signIn: '/login', error: '/login' },
  session: { strategy: 'jwt', maxAge: ABSOLUTE_LIFETIME_SECONDS },
  // Auth.js's own token format, its keys derived once per process (lib/auth/session-token.ts).
  jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
  // Self-hosted behind whatever proxy the office has: the Host header is the one to trust.
  trustHost: true,
  providers: [],
  ...(usesSecureCookies()
    ? {
        cookies: {
          sessionToken: {
            name: '__Host-authjs.session-token',
            options: { httpOnly: true, sameSite: 'lax', path: '/', secure: true },
          },
        },
      }
    : {}),
  callbacks: {
    authorized({ auth, request }) {
      return isPublicPath(request.nextUrl.pathname) || !!auth?.user;
    },
    // Runs on every request that reads the session; returning null ends the session.
    jwt({ token, user }) {
      const at = sessionNow();
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
        token.sid = crypto.randomUUID();
        token.at = at;
        token.seen = at;
        // Set by auth.ts's signIn callback on a sign-in through the OpenID Connect provider.
        const provider = user as { viaProvider?: boolean; providerMfa?: boolean };
        if (provider.viaProvider) token.oidc = true;
        if (provider.providerMfa) token.mfa = true;
        return token;
      }
      if (sessionExpired(token, at)) return null;
      token.seen = at;
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: {
          ...session.user,
          id: String(token.uid),
          sessionVersion: Number(token.sv),
          sessionId: typeof token.sid === 'string' ? token.sid : '',
          viaProvider: token.oidc === true,
          providerMfa: token.mfa === true,
        },
      };
    },
  },
} satisfies NextAuthConfig;
