import NextAuth from 'next-auth';
import type { OIDCConfig } from 'next-auth/providers';
import Credentials from 'next-auth/providers/credentials';
import { authConfig } from '@/auth.config';
import { completeSecondFactor, recordRejectedLogin, signInWithPassword } from '@/db/queries/auth';
import { signInWithIdentity } from '@/db/queries/identities';
import { openChallenge, sealChallenge } from '@/lib/auth/login-challenge';
import { setChallengeCookie } from '@/lib/auth/login-challenge-cookie';
import {
  type IdTokenClaims,
  type OidcSettings,
  oidcSettings,
  passwordLoginEnabled,
  providerAssertsMfa,
} from '@/lib/auth/oidc';
import { SecondFactorRequired } from '@/lib/auth/second-factor-required';
import { clientAddress } from '@/lib/client-address';
import { authSecret } from '@/lib/config';
import { logger } from '@/lib/logger';
import { LoginInput, SecondFactorInput } from '@/lib/validations/auth';

/**
 * The agency's OpenID Connect provider (Keycloak or any standard one), read from its discovery
 * document; the redirect URI to register there is <AUTH_URL>/api/auth/callback/oidc.
 */
function oidcProvider(settings: OidcSettings): OIDCConfig<IdTokenClaims> {
  return {
    id: 'oidc',
    name: settings.name ?? 'OpenID Connect',
    type: 'oidc',
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    checks: ['pkce', 'state', 'nonce'],
    authorization: { params: { scope: 'openid profile' } },
    // Nothing of the profile is kept: the account is found by (issuer, subject) in signIn below.
    profile: (claims) => ({ id: String(claims.sub) }),
  };
}

/**
 * Where a sign-in through the provider goes after the provider said yes: refused (back to the
 * login page with the reason), on to the tracker's own code, or in as the linked account.
 */
async function providerSignIn(user: Record<string, unknown>, claims: IdTokenClaims): Promise<true | string> {
  const settings = oidcSettings();
  if (!settings) return '/login?oidc=failed';
  const mfa = providerAssertsMfa(claims, settings);
  const outcome = await signInWithIdentity(
    claims,
    { matchClaim: settings.matchClaim, mfa },
    { address: await clientAddress() },
  );
  if (outcome.kind === 'refused')
    return `/login?oidc=${outcome.reason === 'inactive' ? 'inactive' : 'unlinked'}`;
  if (outcome.kind === 'second_factor') {
    await setChallengeCookie(sealChallenge(outcome.nonce));
    return '/login?step=code';
  }
  // The session is the account's (auth.config.ts's jwt callback reads these), not the provider's.
  Object.assign(user, {
    id: String(outcome.user.id),
    name: outcome.user.displayName,
    sessionVersion: outcome.user.sessionVersion,
    viaProvider: true,
    providerMfa: mfa,
  });
  return true;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  callbacks: {
    ...authConfig.callbacks,
    async signIn({ user, account, profile }) {
      if (account?.provider !== 'oidc') return true;
      if (!profile) return '/login?oidc=failed';
      return providerSignIn(user as Record<string, unknown>, profile as IdTokenClaims);
    },
  },
  logger: {
    // A refused password is an expected outcome (and an event), not a server error.
    error(error) {
      // So is a password step that asks for the one-time code next.
      if ('type' in error && error.type === 'CredentialsSignin') return;
      // A provider's answer that fails its checks (state, nonce, PKCE, signature): refused, and
      // logged, not an event — anyone can send such a request, as often as they like.
      if ('type' in error && (error.type === 'CallbackRouteError' || error.type === 'OAuthCallbackError')) {
        logger.warn({ err: error }, 'identity provider sign-in refused');
        return;
      }
      logger.error({ err: error }, 'auth error');
    },
    warn(code) {
      logger.warn({ code }, 'auth warning');
    },
  },
  providers: [
    ...(oidcSettings() ? [oidcProvider(oidcSettings() as OidcSettings)] : []),
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
          // PASSWORD_LOGIN=0: the provider only (the form is hidden; a password posted anyway is refused).
          if (!passwordLoginEnabled()) return null;
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
