import type { JWT } from 'next-auth/jwt';
import { expiryClock } from '@/lib/clock';
import { authSecret } from '@/lib/config';
import {
  ABSOLUTE_LIFETIME_SECONDS,
  idleTimeoutSeconds,
  sessionExpired,
  usesSecureCookies,
} from './session-rules';
import { decodeSessionToken, encodeSessionToken } from './session-token';

/**
 * The session cookie read and renewed without running Auth.js's whole request handling for it
 * (which, for every page, also makes a CSRF token and a callback-URL cookie, and seals the token
 * again for the proxy and once more for the page, which throws it away). The same cookie names,
 * chunks, token, secret and expiry rules as Auth.js with auth.config.ts: Auth.js still signs in
 * and out (auth.ts), these only read and renew what it wrote.
 */

/** What the signed token holds (auth.config.ts's jwt callback writes it at sign-in). */
export type SessionClaims = JWT & {
  uid?: unknown;
  sv?: unknown;
  sid?: unknown;
  at?: number;
  seen?: number;
  oidc?: boolean;
  mfa?: boolean;
};

export type CookieLike = { name: string; value: string };
export type SessionCookie = {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: 'lax'; path: '/'; secure: boolean; expires?: Date; maxAge?: number };
};

/** Auth.js's cookie size: a longer token is cut into `name.0`, `name.1`, … */
const CHUNK_SIZE = 4096 - 160;

/**
 * A renewal (the `seen` time moved on, a new cookie) once a minute at most, not on every request:
 * the idle timeout then counts from up to a minute before the last request (Auth.js's `updateAge`).
 */
export const RENEW_AFTER_SECONDS = 60;

/** Session expiry runs on the real clock in production, whatever APP_NOW says. */
export const sessionNow = () => Math.floor(expiryClock().getTime() / 1000);

/**
 * The session cookie's name on a request, as Auth.js names it with auth.config.ts: `__Host-` over
 * HTTPS by configuration, else `__Secure-` when the request's own address is https (AUTH_URL's, or
 * the forwarded protocol, https when none is given), else no prefix.
 */
export function sessionCookieName(
  forwardedProto: string | null,
  env: Record<string, string | undefined> = process.env,
): string {
  if (usesSecureCookies()) return '__Host-authjs.session-token';
  const url = env.AUTH_URL ?? env.NEXTAUTH_URL;
  // as Auth.js reads it, through a URL: `HTTPS` and ` https` are https
  const forwarded = (forwardedProto ?? 'https').trim().toLowerCase();
  const protocol = url ? new URL(url).protocol : forwarded.replace(/:?$/, ':');
  return protocol === 'https:' ? '__Secure-authjs.session-token' : 'authjs.session-token';
}

const chunkIndex = (cookieName: string, name: string) =>
  cookieName === name ? 0 : Number(cookieName.slice(name.length + 1));

/** The request's cookies that carry the session: `name`, or its chunks `name.0`, `name.1`, … */
export function sessionChunks(cookies: CookieLike[], name: string): CookieLike[] {
  const ofSession = (cookie: CookieLike) =>
    cookie.name === name || (cookie.name.startsWith(name) && /^\.\d+$/.test(cookie.name.slice(name.length)));
  return cookies
    .filter((cookie) => cookie.value && ofSession(cookie))
    .sort((a, b) => chunkIndex(a.name, name) - chunkIndex(b.name, name));
}

/**
 * The session's claims: null without a cookie, for a token that this server's secret did not seal
 * for this cookie name (tampered, another secret, another name), past its `exp`, or ended by the
 * idle timeout or the absolute lifetime (lib/auth/session-rules.ts).
 */
export async function openSession(
  chunks: CookieLike[],
  name: string,
  now = sessionNow(),
): Promise<SessionClaims | null> {
  if (chunks.length === 0) return null;
  const token = chunks.map((chunk) => chunk.value).join('');
  const claims = await decrypted(token, authSecret(), name);
  if (!claims || sessionExpired(claims, now)) return null;
  return { ...claims };
}

/**
 * Tokens this process decrypted and authenticated, by secret, cookie name and the token's exact
 * text: a browser sends the same cookie with every request until it is renewed (a minute), and
 * the proxy and the page both open it, so most opens are a lookup instead of an AES decryption,
 * an HMAC (WebCrypto, through the thread pool) and a random HMAC key for the tag comparison.
 * Only tokens that opened are kept; `exp` and the expiry rules are checked again on every open.
 */
const opened = new Map<string, SessionClaims>();
const OPENED_MAX = 1000;

async function decrypted(token: string, secret: string, name: string): Promise<SessionClaims | null> {
  const id = `${secret}\u0000${name}\u0000${token}`;
  let claims = opened.get(id);
  if (!claims) {
    claims = ((await decodeSessionToken({ token, secret, salt: name }).catch(() => null)) ?? undefined) as
      | SessionClaims
      | undefined;
    if (!claims) return null;
    if (opened.size >= OPENED_MAX) opened.delete(opened.keys().next().value as string);
    opened.set(id, claims);
  }
  // jose's own `exp` check (with Auth.js's 15 s of clock tolerance), again on a token kept here
  const at = Math.floor(Date.now() / 1000);
  return typeof claims.exp === 'number' && claims.exp <= at - 15 ? null : claims;
}

function cookieOptions(name: string): SessionCookie['options'] {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: name !== 'authjs.session-token' };
}

/** Cookies that delete each of `chunks` (a session that ended, or a token that does not open). */
export function clearedSession(chunks: CookieLike[], name: string): SessionCookie[] {
  return chunks.map((chunk) => ({
    name: chunk.name,
    value: '',
    options: { ...cookieOptions(name), maxAge: 0 },
  }));
}

/**
 * Whether the session is due for renewal: its `seen` time is a minute old or more — or half the
 * idle timeout, when that is shorter (a timeout of a fraction of a minute still slides).
 */
export function renewalDue(claims: SessionClaims, now = sessionNow()): boolean {
  const after = Math.min(RENEW_AFTER_SECONDS, idleTimeoutSeconds() / 2);
  return typeof claims.seen !== 'number' || now - claims.seen >= after;
}

/**
 * The cookies of the renewed session: the token sealed again with `seen` = now (and a new `exp`
 * and cookie expiry, as Auth.js does), chunked when too long, the chunks no longer used deleted.
 */
export async function renewedSession(
  claims: SessionClaims,
  chunks: CookieLike[],
  name: string,
  now = sessionNow(),
): Promise<SessionCookie[]> {
  const token = await encodeSessionToken({
    token: { ...claims, seen: now },
    secret: authSecret(),
    salt: name,
    maxAge: ABSOLUTE_LIFETIME_SECONDS,
  });
  const expires = new Date(Date.now() + ABSOLUTE_LIFETIME_SECONDS * 1000);
  const count = Math.ceil(token.length / CHUNK_SIZE);
  const written: SessionCookie[] = Array.from({ length: count }, (_, i) => ({
    name: count === 1 ? name : `${name}.${i}`,
    value: token.slice(i * CHUNK_SIZE, (i + 1) * CHUNK_SIZE),
    options: { ...cookieOptions(name), expires },
  }));
  const stale = chunks.filter((chunk) => !written.some((cookie) => cookie.name === chunk.name));
  return [...clearedSession(stale, name), ...written];
}

/** What a page needs of the session (auth.config.ts's session callback gives Auth.js the same). */
export type SessionUser = {
  id: string;
  sessionVersion: number;
  sessionId: string;
  viaProvider: boolean;
  providerMfa: boolean;
};

export function sessionUser(claims: SessionClaims): SessionUser {
  return {
    id: String(claims.uid),
    sessionVersion: Number(claims.sv),
    sessionId: typeof claims.sid === 'string' ? claims.sid : '',
    viaProvider: claims.oidc === true,
    providerMfa: claims.mfa === true,
  };
}
