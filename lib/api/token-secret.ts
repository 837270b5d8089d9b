import { createHash, randomBytes } from 'node:crypto';

/**
 * Personal access tokens as their holders see them: `nq23_` and 43 base64url characters (32
 * random bytes). The prefix makes a leaked token recognisable (secret scanners, logs); only the
 * SHA-256 of the whole token is stored, and a random 256-bit secret needs no slow hash.
 */
export const TOKEN_PREFIX = 'nq23_';
const TOKEN_PATTERN = /^nq23_[A-Za-z0-9_-]{43}$/;

/** How many characters of a token the list shows (the prefix and 4 of the secret). */
export const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 4;

export function makeToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, SHOWN_PREFIX_LENGTH) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function isTokenShaped(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** The token of an `Authorization: Bearer …` header, or null (no header, another scheme, a malformed token). */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header ?? '');
  return match && isTokenShaped(match[1]) ? match[1] : null;
}
