import { base64url, calculateJwkThumbprint, EncryptJWT, jwtDecrypt } from 'jose';
import type { JWT, JWTDecodeParams, JWTEncodeParams } from 'next-auth/jwt';

/**
 * The session token, sealed and opened exactly as Auth.js does (an encrypted JWT, `dir` with
 * A256CBC-HS512, its key derived from the secret and the cookie's name, its `kid` the key's
 * thumbprint), so tokens issued before and after stay valid — but each key is derived once per
 * process, not twice for every request (the proxy and the page each open the token and seal it
 * again: four HKDF derivations and four thumbprints a page, each a round trip to the thread pool).
 */

const ALG = 'dir';
const ENC = 'A256CBC-HS512';
const DEFAULT_MAX_AGE = 30 * 24 * 60 * 60;
const KEY_BYTES: Record<string, number> = { 'A256CBC-HS512': 64, A256GCM: 32 };

type DerivedKey = { key: Uint8Array; kid: string };

const derived = new Map<string, Promise<DerivedKey>>();

async function derive(enc: string, secret: string, salt: string): Promise<DerivedKey> {
  const length = KEY_BYTES[enc];
  if (!length) throw new Error('Unsupported JWT Content Encryption Algorithm');
  // Auth.js's HKDF refuses an empty secret; WebCrypto would derive a key from it
  if (!secret) throw new Error('The session secret is empty');
  const encoder = new TextEncoder();
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: encoder.encode(salt),
      info: encoder.encode(`Auth.js Generated Encryption Key (${salt})`),
    },
    material,
    length * 8,
  );
  const key = new Uint8Array(bits);
  const kid = await calculateJwkThumbprint(
    { kty: 'oct', k: base64url.encode(key) },
    `sha${length * 8}` as 'sha256',
  );
  return { key, kid };
}

/** The key for (enc, secret, salt): a handful per process (one secret, or a few while rotating). */
export function sessionKey(enc: string, secret: string, salt: string): Promise<DerivedKey> {
  const id = `${enc}\u0000${salt}\u0000${secret}`;
  let key = derived.get(id);
  if (!key) {
    key = derive(enc, secret, salt);
    // a failed derivation is not kept: the next request tries again
    key.catch(() => derived.delete(id));
    derived.set(id, key);
  }
  return key;
}

const secretsOf = (secret: string | string[]) => (Array.isArray(secret) ? secret : [secret]);

/** Auth.js's `jwt.encode`: the first secret seals. */
export async function encodeSessionToken(params: JWTEncodeParams): Promise<string> {
  const { token = {}, secret, maxAge = DEFAULT_MAX_AGE, salt } = params;
  const { key, kid } = await sessionKey(ENC, secretsOf(secret)[0], salt);
  return new EncryptJWT(token)
    .setProtectedHeader({ alg: ALG, enc: ENC, kid })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + maxAge)
    .setJti(crypto.randomUUID())
    .encrypt(key);
}

/** Auth.js's `jwt.decode`: any of the secrets opens (rotation), the one whose thumbprint is the `kid`. */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const { token, secret, salt } = params;
  if (!token) return null;
  const { payload } = await jwtDecrypt<JWT>(
    token,
    async ({ kid, enc }) => {
      for (const one of secretsOf(secret)) {
        const { key, kid: thumbprint } = await sessionKey(enc, one, salt);
        if (kid === undefined || kid === thumbprint) return key;
      }
      throw new Error('no matching decryption secret');
    },
    { clockTolerance: 15, keyManagementAlgorithms: [ALG], contentEncryptionAlgorithms: [ENC, 'A256GCM'] },
  );
  return payload;
}
