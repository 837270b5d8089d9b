import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Server configuration read from the environment; the README lists every variable. */

export function usesPostgres(): boolean {
  return !!process.env.DATABASE_URL;
}

export function pgliteDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.PGLITE_DIR || '.data/pglite');
}

/** Demo data: on by default on the embedded database, off on PostgreSQL; SEED_DEMO=1/0 decides. */
export function isDemoMode(): boolean {
  const flag = process.env.SEED_DEMO;
  if (flag === '1' || flag === 'true') return true;
  if (flag === '0' || flag === 'false') return false;
  return !usesPostgres();
}

export class ConfigError extends Error {}

/**
 * The key that signs sessions. Required with PostgreSQL; on the embedded database it is made
 * once and kept in a file beside the PGlite folder, so sessions survive restarts.
 */
export function authSecret(): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv) return fromEnv;
  if (usesPostgres()) {
    throw new ConfigError(
      'AUTH_SECRET is required when DATABASE_URL is set. Generate one with: openssl rand -base64 33',
    );
  }
  const file = path.join(path.dirname(pgliteDir()), 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(33).toString('base64');
  writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}

/**
 * TRUST_PROXY_HOPS: how many reverse proxies of our own stand in front (lib/client-address.ts),
 * a whole number from 0 to 10; unset or empty is 0. Anything else is refused rather than read
 * as 0: behind a proxy, 0 would make every client one address and one lock for all.
 */
export function trustedProxyHops(value = process.env.TRUST_PROXY_HOPS): number {
  const text = value?.trim() ?? '';
  if (!text) return 0;
  if (!/^\d{1,2}$/.test(text) || Number(text) > 10) {
    throw new ConfigError(
      `TRUST_PROXY_HOPS must be a whole number from 0 to 10 (the number of reverse proxies of your own in front of the server), not "${text.slice(0, 20)}".`,
    );
  }
  return Number(text);
}

/**
 * REQUIRE_ADMIN_2FA: administrators must sign in with a one-time code too. On by default;
 * off in demo mode (so that the demo accounts sign in with the demo password) unless set to 1.
 */
export function adminTwoFactorRequired(): boolean {
  const flag = process.env.REQUIRE_ADMIN_2FA;
  if (flag === '1' || flag === 'true') return true;
  if (flag === '0' || flag === 'false') return false;
  return !isDemoMode();
}

/**
 * DOCUMENT_MAX_MB: the largest evidence document accepted, in MB (default 25), enforced while
 * the upload streams. A value that is not a whole number from 1 to 1024 is refused.
 */
export function documentMaxMb(value = process.env.DOCUMENT_MAX_MB): number {
  const text = value?.trim() ?? '';
  if (!text) return 25;
  if (!/^\d{1,4}$/.test(text) || Number(text) < 1 || Number(text) > 1024) {
    throw new ConfigError(
      `DOCUMENT_MAX_MB must be a whole number of megabytes from 1 to 1024, not "${text.slice(0, 20)}".`,
    );
  }
  return Number(text);
}
