import { isIP } from 'node:net';
import { headers } from 'next/headers';
import { trustedProxyHops } from './config';

/**
 * The client's address, for the sign-in throttle and the log. The server that `npm start`
 * runs appends the socket's address as the LAST entry of X-Forwarded-For before Next sees the
 * request (scripts/forwarded-for.cjs), so whatever a client writes into the header stands to
 * the left of it. TRUST_PROXY_HOPS says how many proxies of our own stand in front:
 * 0 (default) = the socket's address, the last entry; N = the entry N places left of it
 * (each trusted proxy appended the address it saw). Entries further left were written by
 * someone we do not trust and are never read.
 */
export const ADDRESS_MAX_LENGTH = 64;

/** The address in an X-Forwarded-For header, `hops` entries left of the last one. */
export function addressFromForwardedFor(header: string | null | undefined, hops: number): string | null {
  const entries = (header ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!entries.length) return null;
  // Fewer entries than proxies: the request did not pass them all; the first one is the nearest.
  const entry = entries[Math.max(0, entries.length - 1 - hops)];
  return normaliseAddress(entry);
}

/** `::ffff:192.0.2.1` is 192.0.2.1; what is stored is capped at 64 characters. */
export function normaliseAddress(entry: string): string | null {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(entry);
  const address = mapped && isIP(mapped[1]) ? mapped[1] : entry;
  return address.slice(0, ADDRESS_MAX_LENGTH) || null;
}

/** The one function for "the client's address" of the request being served. */
export async function clientAddress(): Promise<string | null> {
  const requestHeaders = await headers();
  return addressFromForwardedFor(requestHeaders.get('x-forwarded-for'), trustedProxyHops());
}
