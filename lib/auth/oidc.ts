/**
 * Sign-in through an agency's OpenID Connect provider: what the environment configures and the
 * rules read from the ID token's claims. Pure: no database, no request.
 */

type Env = Record<string, string | undefined>;

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** the provider's name on the login page; the messages' default when unset */
  name: string | null;
  /** a claim whose value, equal to an active account's login, links the identity on first sign-in */
  matchClaim: string | null;
  /** `amr` values that count as the provider's multi-factor sign-in */
  mfaAmr: string[];
  /** `acr` values that count as multi-factor sign-in (none unless configured) */
  mfaAcr: string[];
};

const list = (value: string | undefined, fallback: string[]) => {
  if (value === undefined || !value.trim()) return fallback;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
};

/**
 * An issuer as links keep it: without a trailing slash, so that OIDC_ISSUER written with one
 * and an ID token's `iss` without it (or the reverse) name the same provider.
 */
export function normalIssuer(issuer: string): string {
  return issuer.trim().replace(/\/+$/, '');
}

/** The provider, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set; else null. */
export function oidcSettings(env: Env = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER ? normalIssuer(env.OIDC_ISSUER) : '';
  const clientId = env.OIDC_CLIENT_ID?.trim();
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    name: env.OIDC_NAME?.trim() || null,
    matchClaim: env.OIDC_MATCH_CLAIM?.trim() || null,
    mfaAmr: list(env.OIDC_MFA_AMR, ['mfa', 'otp', 'hwk']),
    mfaAcr: list(env.OIDC_MFA_ACR, []),
  };
}

/**
 * PASSWORD_LOGIN=0 switches the password form off (and the server refuses a password sent
 * anyway) — only when a provider is configured: without one nobody could sign in at all.
 */
export function passwordLoginEnabled(env: Env = process.env): boolean {
  const flag = env.PASSWORD_LOGIN?.trim();
  if (flag !== '0' && flag !== 'false') return true;
  return oidcSettings(env) === null;
}

export type IdTokenClaims = Record<string, unknown>;

/** Did the provider assert a multi-factor sign-in (`amr` holds a listed method, or `acr` is listed)? */
export function providerAssertsMfa(
  claims: IdTokenClaims,
  settings: Pick<OidcSettings, 'mfaAmr' | 'mfaAcr'>,
): boolean {
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [];
  if (amr.some((method) => settings.mfaAmr.includes(method))) return true;
  return typeof claims.acr === 'string' && settings.mfaAcr.includes(claims.acr);
}

/** The identity the token names: its issuer and subject, or null when either is missing. */
export function identityOf(claims: IdTokenClaims): { issuer: string; subject: string } | null {
  const { iss, sub } = claims;
  if (typeof iss !== 'string' || typeof sub !== 'string' || !normalIssuer(iss) || !sub) return null;
  if (iss.length > 500 || sub.length > 255) return null;
  return { issuer: normalIssuer(iss), subject: sub };
}

/**
 * The login that OIDC_MATCH_CLAIM names in the token, or null: the claim must be a non-empty
 * string shaped like a login (anything else never matches an account).
 */
export function claimedLogin(claims: IdTokenClaims, matchClaim: string | null): string | null {
  if (!matchClaim) return null;
  const value = claims[matchClaim];
  if (typeof value !== 'string') return null;
  const login = value.trim();
  return /^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/.test(login) ? login : null;
}
