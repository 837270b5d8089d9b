import { describe, expect, it } from 'vitest';
import { checkHost, isPublicAddress, privateAddressesAllowed } from './address';

describe('webhook address rules', () => {
  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '127.0.0.1',
    '127.10.0.1',
    '169.254.169.254', // cloud metadata
    '100.64.0.1', // carrier-grade NAT
    '224.0.0.1',
    '255.255.255.255',
    '0.0.0.0',
    '192.0.2.10', // documentation
    '198.18.0.1', // benchmarking
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    '64:ff9b::7f00:1', // NAT64 of 127.0.0.1
    '2002:7f00:1::1', // 6to4
    '2001:db8::1',
    '::7f00:1', // IPv4-compatible (deprecated ::/96) form of 127.0.0.1, as new URL('http://[::127.0.0.1]') writes it
    '::a9fe:a9fe', // ... of 169.254.169.254
    '::808:808', // ... even of a public IPv4 address: the form is deprecated, never a real receiver
    'fec0::1', // site-local (deprecated)
    'not an address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '203.162.4.190', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    'accepts %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it('refuses a host that resolves to a private address, unless allowed', async () => {
    expect(await checkHost('localhost', false)).toEqual({ ok: false, reason: 'private' });
    expect(await checkHost('[::1]', false)).toEqual({ ok: false, reason: 'private' });
    expect(await checkHost('127.0.0.1', false)).toEqual({ ok: false, reason: 'private' });
    const allowed = await checkHost('127.0.0.1', true);
    expect(allowed).toEqual({ ok: true, addresses: [{ address: '127.0.0.1', family: 4 }] });
    expect(await checkHost('8.8.8.8', false)).toEqual({
      ok: true,
      addresses: [{ address: '8.8.8.8', family: 4 }],
    });
  });

  it('refuses a host that does not resolve', async () => {
    expect(await checkHost('no-such-host.invalid', false)).toEqual({ ok: false, reason: 'unresolved' });
  });

  it('reads WEBHOOK_ALLOW_PRIVATE', () => {
    expect(privateAddressesAllowed('1')).toBe(true);
    expect(privateAddressesAllowed(undefined)).toBe(false);
    expect(privateAddressesAllowed('0')).toBe(false);
  });
});
