import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, makeNonce } from './headers';

describe('security headers', () => {
  it('makes a different, unguessable nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, makeNonce));
    expect(nonces.size).toBe(100);
    expect(makeNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('allows scripts only by nonce, and no plugins, base tags or framing', () => {
    const csp = contentSecurityPolicy('abc');
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(contentSecurityPolicy('abc', true)).toContain("'unsafe-eval'");
  });
});
