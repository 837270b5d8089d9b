import { URI } from 'otpauth';
import { describe, expect, it } from 'vitest';
import {
  groupSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  normaliseCode,
  totpCode,
  totpStep,
  totpUri,
} from './totp';

// RFC 6238's SHA-1 test key ("12345678901234567890"), in base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = new Date(59_000);

describe('one-time codes', () => {
  it('computes the RFC 6238 code, as authenticator apps do', () => {
    // The RFC's 8-digit value at T=59 s is 94287082: its last six digits.
    expect(totpCode(RFC_SECRET, at)).toBe('287082');
    expect(totpStep(at)).toBe(1);
  });

  it('takes the code of the previous, current or next 30-second step, and says which', () => {
    const now = new Date('2026-11-15T03:00:10Z');
    const step = totpStep(now);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, now), now)).toBe(step);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() - 90_000)), now)).toBeNull();
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() + 90_000)), now)).toBeNull();
  });

  it('refuses what is not six digits, and accepts the spaces people type', () => {
    const now = new Date('2026-11-15T03:00:10Z');
    const code = totpCode(RFC_SECRET, now);
    expect(matchTotp(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(totpStep(now));
    expect(matchTotp(RFC_SECRET, code.slice(0, 5), now)).toBeNull();
    expect(matchTotp(RFC_SECRET, 'abcdef', now)).toBeNull();
    expect(matchTotp(newTotpSecret(), code, now)).toBeNull();
  });

  it('makes a 160-bit key and the otpauth address with the issuer and the login', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = totpUri(secret, 'hp.danvan');
    expect(uri).toMatch(/^otpauth:\/\/totp\/NQ23%20Tracker:hp\.danvan\?/);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain('issuer=NQ23%20Tracker');
    // What an app reads from the address gives codes that are accepted.
    const app = URI.parse(uri);
    const now = new Date('2026-11-15T03:00:10Z');
    expect(matchTotp(secret, app.generate({ timestamp: now.getTime() }), now)).toBe(totpStep(now));
    expect(groupSecret('ABCDEFGHIJKL')).toBe('ABCD EFGH IJKL');
  });
});

describe('recovery codes', () => {
  it('makes ten distinct readable codes and keeps only their hashes', () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
      expect(looksLikeRecoveryCode(normaliseCode(code))).toBe(true);
    }
    expect(hashes).toEqual(codes.map(hashRecoveryCode));
    expect(hashes.join()).not.toContain(codes[0].replace('-', ''));
  });

  it('hashes a code the same however it is typed', () => {
    expect(hashRecoveryCode('abcde-fghjk')).toBe(hashRecoveryCode('ABCDE FGHJK'));
    expect(hashRecoveryCode('ABCDEFGHJK')).toBe(hashRecoveryCode('ABCDE-FGHJK'));
    expect(hashRecoveryCode('ABCDE-FGHJM')).not.toBe(hashRecoveryCode('ABCDE-FGHJK'));
    expect(looksLikeRecoveryCode('ABCDE0GHJK')).toBe(false);
    expect(looksLikeRecoveryCode('123456')).toBe(false);
  });
});
