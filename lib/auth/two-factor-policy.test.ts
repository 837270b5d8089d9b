import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminTwoFactorRequired } from '@/lib/config';
import { mustEnrolTwoFactor } from './two-factor-policy';

describe('who must set up two-factor sign-in', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('only an administrator without it, and only when it is required', () => {
    expect(mustEnrolTwoFactor({ role: 'admin', twoFactorEnabled: false }, true)).toBe(true);
    expect(mustEnrolTwoFactor({ role: 'admin', twoFactorEnabled: true }, true)).toBe(false);
    expect(mustEnrolTwoFactor({ role: 'admin', twoFactorEnabled: false }, false)).toBe(false);
    for (const role of ['official', 'coordinator', 'leader'] as const) {
      expect(mustEnrolTwoFactor({ role, twoFactorEnabled: false }, true)).toBe(false);
    }
  });

  it('an administrator whose provider asserted multi-factor sign-in has it for that session', () => {
    expect(mustEnrolTwoFactor({ role: 'admin', twoFactorEnabled: false, providerMfa: true }, true)).toBe(
      false,
    );
    expect(mustEnrolTwoFactor({ role: 'admin', twoFactorEnabled: false, providerMfa: false }, true)).toBe(
      true,
    );
  });

  it('REQUIRE_ADMIN_2FA is on by default, off in demo mode unless set to 1', () => {
    vi.stubEnv('DATABASE_URL', 'postgres://x');
    vi.stubEnv('SEED_DEMO', '');
    vi.stubEnv('REQUIRE_ADMIN_2FA', '');
    expect(adminTwoFactorRequired()).toBe(true);
    vi.stubEnv('REQUIRE_ADMIN_2FA', '0');
    expect(adminTwoFactorRequired()).toBe(false);
    vi.stubEnv('REQUIRE_ADMIN_2FA', '');
    vi.stubEnv('SEED_DEMO', '1');
    expect(adminTwoFactorRequired()).toBe(false);
    vi.stubEnv('REQUIRE_ADMIN_2FA', '1');
    expect(adminTwoFactorRequired()).toBe(true);
  });
});
