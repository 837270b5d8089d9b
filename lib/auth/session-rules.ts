/**
 * How long a session lives: it ends after IDLE_TIMEOUT_MINUTES without a request (30 by
 * default) and, whatever the activity, 12 hours after sign-in. Times are seconds since the
 * epoch, kept in the signed session token (`at` = signed in, `seen` = last request).
 */
export const ABSOLUTE_LIFETIME_SECONDS = 12 * 60 * 60;

export function idleTimeoutSeconds(): number {
  const minutes = Number(process.env.IDLE_TIMEOUT_MINUTES);
  return (Number.isFinite(minutes) && minutes > 0 ? minutes : 30) * 60;
}

export type SessionTimes = { at?: number; seen?: number };

export function sessionExpired(
  times: SessionTimes,
  nowSeconds: number,
  idleSeconds = idleTimeoutSeconds(),
): boolean {
  // A token without the times predates these rules: it is ended too.
  if (typeof times.at !== 'number' || typeof times.seen !== 'number') return true;
  return nowSeconds - times.seen > idleSeconds || nowSeconds - times.at > ABSOLUTE_LIFETIME_SECONDS;
}

/** Session cookies are `__Host-` prefixed (Secure, path /, no domain) when served over HTTPS. */
export function usesSecureCookies(): boolean {
  return process.env.AUTH_URL?.startsWith('https://') === true || process.env.SECURE_COOKIES === '1';
}
