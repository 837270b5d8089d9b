import type { NextAuthConfig } from 'next-auth';

/** What the proxy needs: no database, no password hashing. The providers live in auth.ts. */
export const authConfig = {
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  // Self-hosted behind whatever proxy the office has: the Host header is the one to trust.
  trustHost: true,
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const { pathname } = request.nextUrl;
      if (pathname === '/login' || pathname.startsWith('/api/health') || pathname.startsWith('/api/auth'))
        return true;
      return !!auth?.user;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: String(token.uid), sessionVersion: Number(token.sv) },
      };
    },
  },
} satisfies NextAuthConfig;
