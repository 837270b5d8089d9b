import { totpCode } from '@/lib/auth/totp';

/**
 * `count` six-digit codes, none of them one of the secret's codes from two steps before to two
 * after the real clock's (a phone's): guesses that stay wrong whatever step the test ends in. A
 * fixed guess such as "000000" is one of the three codes a check accepts once in ~330,000 runs.
 */
export function wrongCodes(secret: string, count = 1): string[] {
  const near = new Set(
    [-2, -1, 0, 1, 2].map((step) => totpCode(secret, new Date(Date.now() + step * 30_000))),
  );
  const codes: string[] = [];
  for (let n = 100_000; codes.length < count; n++) if (!near.has(String(n))) codes.push(String(n));
  return codes;
}
