import { decode, encode } from 'next-auth/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeSessionToken, encodeSessionToken } from './session-token';

const secret = 'a-secret-of-the-tests-only-0123456789abcdef';
const salt = 'authjs.session-token';
const token = { uid: 7, sv: 2, sid: 'b9c1', at: 1_800_000_000, seen: 1_800_000_100 };

afterEach(() => vi.restoreAllMocks());

describe('the session token', () => {
  it('is Auth.js’s own: a token either seals, the other opens (sessions survive the change)', async () => {
    const ours = await encodeSessionToken({ token, secret, salt });
    expect(await decode({ token: ours, secret, salt })).toMatchObject(token);
    const theirs = await encode({ token, secret, salt });
    expect(await decodeSessionToken({ token: theirs, secret, salt })).toMatchObject(token);
  });

  it('opens with any secret while they rotate, and with no other secret or cookie name', async () => {
    const sealed = await encodeSessionToken({ token, secret, salt });
    expect(
      await decodeSessionToken({ token: sealed, secret: ['the-new-secret', secret], salt }),
    ).toMatchObject(token);
    await expect(decodeSessionToken({ token: sealed, secret: 'another-secret', salt })).rejects.toThrow();
    await expect(
      decodeSessionToken({ token: sealed, secret, salt: '__Host-authjs.session-token' }),
    ).rejects.toThrow();
    const [header, key, iv, body, tag] = sealed.split('.');
    const flipped = `${body.slice(0, -2)}${body.at(-2) === 'A' ? 'B' : 'A'}${body.at(-1)}`;
    await expect(
      decodeSessionToken({ token: [header, key, iv, flipped, tag].join('.'), secret, salt }),
    ).rejects.toThrow();
    expect(await decodeSessionToken({ token: '', secret, salt })).toBeNull();
  });

  it('is refused once expired (its maxAge and 15 s of clock tolerance past)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-12-03T00:00:00Z'));
      const sealed = await encodeSessionToken({ token, secret, salt, maxAge: 60 });
      vi.setSystemTime(new Date('2026-12-03T00:01:10Z'));
      expect(await decodeSessionToken({ token: sealed, secret, salt })).toMatchObject(token);
      vi.setSystemTime(new Date('2026-12-03T00:01:16Z'));
      await expect(decodeSessionToken({ token: sealed, secret, salt })).rejects.toThrow(/exp/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses an empty secret, as Auth.js does', async () => {
    await expect(encodeSessionToken({ token, secret: '', salt: 'empty.session-token' })).rejects.toThrow();
  });

  it('derives its key once per secret and cookie name, not for every request', async () => {
    const salted = 'derived-once.session-token';
    const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
    const sealed = await encodeSessionToken({ token, secret, salt: salted });
    for (let i = 0; i < 3; i++) await decodeSessionToken({ token: sealed, secret, salt: salted });
    await encodeSessionToken({ token, secret, salt: salted });
    expect(deriveBits).toHaveBeenCalledTimes(1);
  });
});
