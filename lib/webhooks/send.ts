import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { isPublicAddress, privateAddressesAllowed } from './address';

export type SendOutcome = { status: number | null; durationMs: number; error: string | null };

export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * The resolver of a delivery's connection: it answers only addresses that pass the rules, so
 * that the address checked is the address connected to (a host that resolved to a public
 * address when the subscription was saved and to 127.0.0.1 now — DNS rebinding — is refused).
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      const refused = list.find((a) => !allowPrivate && !isPublicAddress(a.address));
      if (refused || list.length === 0) {
        const err = Object.assign(new Error(`address not allowed: ${refused?.address ?? 'none'}`), {
          code: 'EWEBHOOKADDRESS',
        });
        return callback(err, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/**
 * POSTs one delivery: JSON body, the signature headers, at most `timeoutMs` for the whole
 * exchange, redirects not followed (a 3xx is an answer that is not 2xx). Never throws.
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: { timeoutMs?: number; allowPrivate?: boolean } = {},
): Promise<SendOutcome> {
  const started = performance.now();
  const allowPrivate = options.allowPrivate ?? privateAddressesAllowed();
  const done = (status: number | null, error: string | null): SendOutcome => ({
    status,
    error,
    durationMs: Math.round(performance.now() - started),
  });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(done(null, 'invalid URL'));
  }
  const host = target.hostname.replace(/^\[|\]$/g, '');
  // An address written in the URL is never looked up: it is checked here.
  if (ipaddr.isValid(host) && !allowPrivate && !isPublicAddress(host)) {
    return Promise.resolve(done(null, `address not allowed: ${host}`));
  }
  const client = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null;
  if (!client) return Promise.resolve(done(null, 'unsupported scheme'));
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = client.request(
      target,
      {
        method: 'POST',
        lookup: guardedLookup(allowPrivate),
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'nq23-tracker-webhooks/1',
          ...headers,
        },
      },
      (response) => {
        // the answer's body is not kept: drain it so that the socket closes
        response.resume();
        response.on('end', () => finish(done(response.statusCode ?? null, null)));
        response.on('error', (error) => finish(done(response.statusCode ?? null, error.message)));
      },
    );
    const timer = setTimeout(() => {
      request.destroy(new Error(`timeout after ${options.timeoutMs ?? WEBHOOK_TIMEOUT_MS} ms`));
    }, options.timeoutMs ?? WEBHOOK_TIMEOUT_MS);
    request.on('error', (error) => finish(done(null, error.message.slice(0, 500))));
    request.end(body);
  });
}
