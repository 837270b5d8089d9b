import { describe, expect, it } from 'vitest';
import { hashNonce, newNonce, openChallenge, sealChallenge } from './login-challenge';
import { openText, sealText } from './secret-box';

const key = 'unit-test-secret-unit-test-secret-0123';

describe('secret box', () => {
  it('opens what it sealed, and each seal differs', () => {
    const box = sealText('JBSWY3DPEHPK3PXP', 'totp-secret', key);
    expect(box).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealText('JBSWY3DPEHPK3PXP', 'totp-secret', key)).not.toBe(box);
    expect(openText(box, 'totp-secret', key)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('does not open with another key, for another purpose, or once tampered with', () => {
    const box = sealText('JBSWY3DPEHPK3PXP', 'totp-secret', key);
    expect(openText(box, 'totp-secret', `${key}x`)).toBeNull();
    expect(openText(box, 'login-challenge', key)).toBeNull();
    // one character changed inside the sealed part (the last one may carry only padding bits of
    // base64url, which decode to the same bytes: changing it tampered with nothing, now and then)
    const at = box.length - 6;
    const other = box[at] === 'A' ? 'B' : 'A';
    expect(openText(box.slice(0, at) + other + box.slice(at + 1), 'totp-secret', key)).toBeNull();
    expect(openText('v1.', 'totp-secret', key)).toBeNull();
    expect(openText('garbage', 'totp-secret', key)).toBeNull();
  });
});

describe('sign-in challenge', () => {
  const nonce = newNonce();

  it('carries only a random nonce, unreadable by the browser', () => {
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newNonce()).not.toBe(nonce);
    const box = sealChallenge(nonce, key);
    expect(box).not.toContain(nonce);
    expect(openChallenge(box, key)).toBe(nonce);
    expect(hashNonce(nonce)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cannot be made from a box of another purpose, nor carry anything but a nonce', () => {
    expect(openChallenge(sealText(nonce, 'totp-secret', key), key)).toBeNull();
    const verdict = JSON.stringify({
      userId: 7,
      sessionVersion: 3,
      passwordOk: true,
      expires: Date.now() * 2,
    });
    expect(openChallenge(sealText(verdict, 'login-challenge', key), key)).toBeNull();
  });
});
