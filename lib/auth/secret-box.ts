import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { authSecret } from '@/lib/config';

/**
 * Small secrets kept by the server (an authenticator key in the database, a sign-in challenge
 * in a cookie): AES-256-GCM with a key derived from AUTH_SECRET by HKDF, one key per purpose,
 * so that a box made for one purpose never opens as another. Changing AUTH_SECRET makes the
 * boxes unreadable: two-factor sign-in then has to be set up again.
 */
export type BoxPurpose = 'totp-secret' | 'login-challenge' | 'webhook-secret';

const VERSION = 'v1';

function keyFor(purpose: BoxPurpose, secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'nq23-tracker', `secret-box:${purpose}`, 32));
}

export function sealText(plain: string, purpose: BoxPurpose, secret = authSecret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(purpose, secret), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The text in the box, or null when it was tampered with, made with another key or purpose. */
export function openText(box: string, purpose: BoxPurpose, secret = authSecret()): string | null {
  const [version, payload] = box.split('.');
  if (version !== VERSION || !payload) return null;
  const raw = Buffer.from(payload, 'base64url');
  if (raw.length < 28) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(purpose, secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
