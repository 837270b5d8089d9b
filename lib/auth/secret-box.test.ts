import { describe, expect, it } from 'vitest';
import { openChallenge, sealChallenge } from './login-challenge';
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
    const last = box.at(-1) === 'A' ? 'B' : 'A';
    expect(openText(box.slice(0, -1) + last, 'totp-secret', key)).toBeNull();
    expect(openText('v1.', 'totp-secret', key)).toBeNull();
    expect(openText('garbage', 'totp-secret', key)).toBeNull();
  });
});

describe('sign-in challenge', () => {
  const at = new Date('2026-11-15T03:00:00Z');
  const challenge = { userId: 7, sessionVersion: 3, passwordOk: true };

  it('carries the password verdict for five minutes, unreadable by the browser', () => {
    const box = sealChallenge(challenge, at, key);
    expect(box).not.toContain('passwordOk');
    expect(openChallenge(box, new Date(at.getTime() + 299_000), key)).toEqual(challenge);
    expect(openChallenge(box, new Date(at.getTime() + 300_000), key)).toBeNull();
  });

  it('cannot be made from a box of another purpose', () => {
    const forged = sealText(JSON.stringify({ ...challenge, expires: Date.now() * 2 }), 'totp-secret', key);
    expect(openChallenge(forged, at, key)).toBeNull();
  });
});
