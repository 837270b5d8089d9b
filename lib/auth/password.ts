import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hash, verify } from '@node-rs/argon2';

/** argon2id, OWASP's minimum: 19 MiB, two passes, one lane. */
export const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verified against when the login is unknown, so the answer takes as long as for a real one.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    dummyHash ??= hashPassword('dummy-password-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/**
 * True when a stored hash is not argon2id with at least the policy's cost: the password is
 * re-hashed at the next successful sign-in, the only moment it is known.
 */
export function needsRehash(storedHash: string): boolean {
  const match = /^\$argon2id\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(storedHash);
  if (!match) return true;
  const [, version, memory, time, lanes] = match.map(Number);
  return (
    version < 19 ||
    memory < ARGON2_OPTIONS.memoryCost ||
    time < ARGON2_OPTIONS.timeCost ||
    lanes < ARGON2_OPTIONS.parallelism
  );
}

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_login' | 'common';

let common: Set<string> | undefined;

/** The shipped list (lib/auth/common-passwords.txt), read once. */
export function commonPasswords(): Set<string> {
  if (!common) {
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'auth', 'common-passwords.txt');
    common = new Set(
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#')),
    );
  }
  return common;
}

/** The policy every new password meets: 8–128 characters, not the login, not a common one. */
export function checkPasswordPolicy(password: string, login?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return 'too_short';
  if (password.length > PASSWORD_MAX) return 'too_long';
  if (login && password.toLowerCase() === login.toLowerCase()) return 'same_as_login';
  if (commonPasswords().has(password.toLowerCase())) return 'common';
  return null;
}
