import { headers } from 'next/headers';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from '@/auth.config';
import { authenticate } from '@/db/queries/auth';
import { authSecret } from '@/lib/config';
import { logger } from '@/lib/logger';
import { LoginInput } from '@/lib/validations/auth';

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  logger: {
    // A refused password is an expected outcome (and an event), not a server error.
    error(error) {
      if (error.name !== 'CredentialsSignin') logger.error({ err: error }, 'auth error');
    },
    warn(code) {
      logger.warn({ code }, 'auth warning');
    },
  },
  providers: [
    Credentials({
      credentials: { login: {}, password: {} },
      async authorize(credentials) {
        const input = LoginInput.safeParse({ login: credentials?.login, password: credentials?.password });
        if (!input.success) return null;
        const requestHeaders = await headers();
        const address =
          requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim() ||
          requestHeaders.get('x-real-ip') ||
          null;
        const user = await authenticate(input.data.login, input.data.password, { address });
        return user
          ? { id: String(user.id), name: user.displayName, sessionVersion: user.sessionVersion }
          : null;
      },
    }),
  ],
}));
