import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from '@/auth.config';
import { completeSecondFactor, recordRejectedLogin, signInWithPassword } from '@/db/queries/auth';
import { openChallenge, sealChallenge } from '@/lib/auth/login-challenge';
import { SecondFactorRequired } from '@/lib/auth/second-factor-required';
import { clientAddress } from '@/lib/client-address';
import { authSecret } from '@/lib/config';
import { logger } from '@/lib/logger';
import { LoginInput, SecondFactorInput } from '@/lib/validations/auth';

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  logger: {
    // A refused password is an expected outcome (and an event), not a server error.
    error(error) {
      // So is a password step that asks for the one-time code next.
      if (!('type' in error) || error.type !== 'CredentialsSignin')
        logger.error({ err: error }, 'auth error');
    },
    warn(code) {
      logger.warn({ code }, 'auth warning');
    },
  },
  providers: [
    Credentials({
      // Either a login and password, or (second step) a sealed challenge and a one-time code.
      credentials: { login: {}, password: {}, challenge: {}, code: {} },
      async authorize(credentials) {
        const address = await clientAddress();
        let user: Awaited<ReturnType<typeof completeSecondFactor>> = null;
        if (credentials?.challenge !== undefined) {
          const input = SecondFactorInput.safeParse({
            challenge: credentials.challenge,
            code: credentials.code,
          });
          // Only a nonce sealed by this server names a challenge, and only a live one is checked.
          const nonce = input.success ? openChallenge(input.data.challenge) : null;
          if (!input.success || !nonce) return null;
          user = await completeSecondFactor(nonce, input.data.code, { address });
        } else {
          const input = LoginInput.safeParse({ login: credentials?.login, password: credentials?.password });
          if (!input.success) {
            const login = typeof credentials?.login === 'string' ? credentials.login : '';
            await recordRejectedLogin(login, { address });
            return null;
          }
          const outcome = await signInWithPassword(input.data.login, input.data.password, { address });
          if (outcome.kind === 'second_factor') throw new SecondFactorRequired(sealChallenge(outcome.nonce));
          if (outcome.kind === 'signed_in') user = outcome.user;
        }
        return user
          ? { id: String(user.id), name: user.displayName, sessionVersion: user.sessionVersion }
          : null;
      },
    }),
  ],
}));
