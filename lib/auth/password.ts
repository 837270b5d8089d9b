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

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_login';

/** The policy every new password meets; the common-password list comes with issue #7. */
export function checkPasswordPolicy(password: string, login?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return 'too_short';
  if (password.length > PASSWORD_MAX) return 'too_long';
  if (login && password.toLowerCase() === login.toLowerCase()) return 'same_as_login';
  return null;
}
