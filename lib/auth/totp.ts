import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), as every
 * authenticator app computes them, and the single-use recovery codes that stand in for a lost
 * phone. Times are wall-clock times (lib/clock.ts `wallClock`), never the application's "now".
 */
export const TOTP_ISSUER = 'NQ23 Tracker';
export const TOTP_PERIOD = 30;
export const RECOVERY_CODE_COUNT = 10;

function totp(secretBase32: string, login = '') {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label: login,
    algorithm: 'SHA1',
    digits: 6,
    period: TOTP_PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new authenticator key: 160 random bits, in base32 as the apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address that the QR code carries. */
export function totpUri(secretBase32: string, login: string): string {
  return totp(secretBase32, login).toString();
}

/** The secret in groups of four, easier to type into an app by hand. */
export function groupSecret(secretBase32: string): string {
  return secretBase32.match(/.{1,4}/g)?.join(' ') ?? secretBase32;
}

export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD);
}

/** The code of a step (tests and the step of a clock a little off). */
export function totpCode(secretBase32: string, at: Date): string {
  return totp(secretBase32).generate({ timestamp: at.getTime() });
}

/** What was typed, without the spaces and dashes people add, upper-cased. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

export function looksLikeTotp(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/**
 * The step a code belongs to when it is right for the previous, the current or the next step
 * (a phone's clock may be off by some seconds); null otherwise. The caller refuses a step that
 * is not after the last one accepted, so that a code is never used twice.
 */
export function matchTotp(secretBase32: string, input: string, at: Date): number | null {
  const code = normaliseCode(input);
  if (!looksLikeTotp(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: at.getTime(), window: 1 });
  return delta === null ? null : totpStep(at) + delta;
}

// No 0/O, 1/I/L: the codes are read off paper.
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const RECOVERY_LENGTH = 10;

export function looksLikeRecoveryCode(code: string): boolean {
  return code.length === RECOVERY_LENGTH && [...code].every((c) => RECOVERY_ALPHABET.includes(c));
}

/**
 * Ten codes of ten characters (about 49 random bits each), shown as `ABCDE-FGHJK`. Only their
 * hashes are kept: a plain SHA-256 is enough for random codes that long, and it lets the
 * database find and remove a used one in a single statement.
 */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(
      { length: RECOVERY_LENGTH },
      () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
    );
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

export function hashRecoveryCode(input: string): string {
  return createHash('sha256')
    .update(`recovery:${normaliseCode(input)}`)
    .digest('hex');
}
