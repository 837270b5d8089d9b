import { describe, expect, it } from 'vitest';
import { addressFromForwardedFor, normaliseAddress } from './client-address';
import { ConfigError, trustedProxyHops } from './config';

describe('the client address', () => {
  it('with no trusted proxy (0) is the last entry, the one the server appended from the socket', () => {
    expect(addressFromForwardedFor('198.51.100.7', 0)).toBe('198.51.100.7');
    // Whatever the client wrote stands to the left and is never read.
    expect(addressFromForwardedFor('203.0.113.9, 198.51.100.7', 0)).toBe('198.51.100.7');
    expect(addressFromForwardedFor('1.1.1.1,2.2.2.2 ,  198.51.100.7', 0)).toBe('198.51.100.7');
  });

  it('behind one proxy (1) is the entry the proxy appended, left of the socket', () => {
    // client forged 203.0.113.9; nginx appended the address it saw; the server appended nginx's
    expect(addressFromForwardedFor('203.0.113.9, 192.0.2.50, 10.0.0.2', 1)).toBe('192.0.2.50');
    expect(addressFromForwardedFor('192.0.2.50, 10.0.0.2', 1)).toBe('192.0.2.50');
    expect(addressFromForwardedFor('192.0.2.50, 10.0.0.3, 10.0.0.2', 2)).toBe('192.0.2.50');
    // A request that did not pass the proxy: the nearest entry there is.
    expect(addressFromForwardedFor('10.0.0.2', 1)).toBe('10.0.0.2');
  });

  it('is null without a header, and capped at 64 characters', () => {
    expect(addressFromForwardedFor(null, 0)).toBeNull();
    expect(addressFromForwardedFor(' , ', 0)).toBeNull();
    expect(addressFromForwardedFor(`x${'a'.repeat(5000)}`, 0)).toHaveLength(64);
    expect(addressFromForwardedFor(`${'9'.repeat(100)}, ${'b'.repeat(100)}`, 1)).toBe('9'.repeat(64));
  });

  it('reads an IPv4-mapped IPv6 socket address as IPv4', () => {
    expect(normaliseAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normaliseAddress('::1')).toBe('::1');
    expect(normaliseAddress('2001:db8::1')).toBe('2001:db8::1');
  });

  it('takes TRUST_PROXY_HOPS as a whole number from 0 to 10, unset as 0, and refuses anything else', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('')).toBe(0);
    expect(trustedProxyHops('0')).toBe(0);
    expect(trustedProxyHops('1')).toBe(1);
    expect(trustedProxyHops(' 2 ')).toBe(2);
    expect(trustedProxyHops('10')).toBe(10);
    for (const bad of ['-1', '1.5', 'abc', '11', '99', '0x1', '1e1', '١', 'one']) {
      expect(() => trustedProxyHops(bad), bad).toThrow(ConfigError);
    }
    expect(() => trustedProxyHops('two')).toThrow(
      /TRUST_PROXY_HOPS must be a whole number from 0 to 10.*"two"/,
    );
  });
});
