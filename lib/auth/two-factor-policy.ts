import { adminTwoFactorRequired } from '@/lib/config';
import type { Role } from '@/lib/domain/roles';

/**
 * Two-factor sign-in is optional for everyone, and required of administrators when
 * REQUIRE_ADMIN_2FA is in force (lib/config.ts): such an administrator without it does
 * nothing before setting it up — unless this session came through an OpenID Connect provider
 * that asserted multi-factor sign-in (lib/auth/oidc.ts).
 */
export function mustEnrolTwoFactor(
  user: { role: Role; twoFactorEnabled: boolean; providerMfa?: boolean },
  required = adminTwoFactorRequired(),
): boolean {
  // A session whose OpenID Connect provider asserted multi-factor sign-in has its second factor.
  return required && user.role === 'admin' && !user.twoFactorEnabled && !user.providerMfa;
}
