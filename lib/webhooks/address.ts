import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { privateAddressesAllowed } from './allow-private';

/**
 * Where a webhook may be sent (issue 21): only to public unicast addresses, so that a
 * subscription cannot make the server call into its own network (SSRF). Refused: private,
 * loopback, link-local, unique-local, carrier-grade NAT, multicast, broadcast, unspecified,
 * reserved and documentation ranges, and IPv6 forms that carry an IPv4 address (mapped,
 * IPv4-compatible ::/96, NAT64, 6to4, Teredo). WEBHOOK_ALLOW_PRIVATE=1 lifts the rule (tests, closed networks).
 */
export { privateAddressesAllowed };

/** True when the address is a public unicast one (an IPv4-mapped IPv6 address is judged as its IPv4). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  // ::/96, the deprecated IPv4-compatible form (::7f00:1 is 127.0.0.1): ipaddr.js calls it unicast
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).match(ipaddr.IPv6.parse('::'), 96)) return false;
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

export type HostCheck =
  | { ok: true; addresses: { address: string; family: number }[] }
  | { ok: false; reason: 'unresolved' | 'private' };

/**
 * The addresses of a host, if every one of them may be called (one private address among
 * public ones is enough to refuse: the resolver chooses which one a connection uses).
 */
export async function checkHost(
  hostname: string,
  allowPrivate = privateAddressesAllowed(),
): Promise<HostCheck> {
  const host = hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      return { ok: false, reason: 'unresolved' };
    }
  }
  if (addresses.length === 0) return { ok: false, reason: 'unresolved' };
  if (!allowPrivate && addresses.some((a) => !isPublicAddress(a.address))) {
    return { ok: false, reason: 'private' };
  }
  return { ok: true, addresses };
}
