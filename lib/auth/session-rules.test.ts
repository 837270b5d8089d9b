import { describe, expect, it } from 'vitest';
import { ABSOLUTE_LIFETIME_SECONDS, sessionExpired } from './session-rules';

describe('session lifetime', () => {
  const signedIn = 1_000_000;
  it('ends after 30 minutes without a request', () => {
    expect(sessionExpired({ at: signedIn, seen: signedIn }, signedIn + 30 * 60, 1800)).toBe(false);
    expect(sessionExpired({ at: signedIn, seen: signedIn }, signedIn + 30 * 60 + 1, 1800)).toBe(true);
  });

  it('ends 12 hours after sign-in even when used all the time', () => {
    const late = signedIn + ABSOLUTE_LIFETIME_SECONDS + 1;
    expect(sessionExpired({ at: signedIn, seen: late - 5 }, late, 1800)).toBe(true);
    expect(sessionExpired({ at: signedIn, seen: late - 5 }, late - 2, 1800)).toBe(false);
  });

  it('ends a token that lacks the times', () => {
    expect(sessionExpired({}, signedIn, 1800)).toBe(true);
  });
});
