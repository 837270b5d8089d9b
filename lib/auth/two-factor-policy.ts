import { adminTwoFactorRequired } from '@/lib/config';
import type { Role } from '@/lib/domain/roles';

/**
 * Two-factor sign-in is optional for everyone, and required of administrators when
 * REQUIRE_ADMIN_2FA is in force (lib/config.ts): such an administrator without it does
 * nothing before setting it up.
 */
export function mustEnrolTwoFactor(
  user: { role: Role; twoFactorEnabled: boolean },
  required = adminTwoFactorRequired(),
): boolean {
  return required && user.role === 'admin' && !user.twoFactorEnabled;
}
