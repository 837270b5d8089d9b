/**
 * The security headers of every response. The Content-Security-Policy carries a fresh nonce
 * per request (made in proxy.ts); Next.js reads it from the request's CSP header and puts it
 * on its own scripts, so only scripts the server sent run ('strict-dynamic' lets them load
 * their chunks). Inline style attributes stay allowed (charts set them); inline <style>
 * elements need the nonce like scripts do.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers that do not depend on the request: also set by next.config.ts on static files. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  // Browsers ignore HSTS over plain HTTP, so it is harmless on a development machine.
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** A downloaded document's CSP: nothing may load or run, should a browser ever render it. */
export const DOWNLOAD_CSP = "default-src 'none'; sandbox";

/** A nonce: 128 random bits, base64. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
