import { encode } from 'next-auth/jwt';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearedSession,
  openSession,
  RENEW_AFTER_SECONDS,
  renewalDue,
  renewedSession,
  sessionChunks,
  sessionCookieName,
  sessionUser,
} from './session-cookie';

const secret = 'a-secret-of-the-tests-only-0123456789abcdef';
const name = 'authjs.session-token';
const now = Math.floor(Date.now() / 1000);
const claims = { uid: 7, sv: 2, sid: 'b9c1', at: now - 600, seen: now - 120 };

beforeEach(() => {
  vi.stubEnv('AUTH_SECRET', secret);
  vi.stubEnv('IDLE_TIMEOUT_MINUTES', '30');
});
afterEach(() => vi.unstubAllEnvs());

/** A token as Auth.js itself seals it at sign-in. */
const sealed = (token: object = claims, options: { secret?: string; salt?: string } = {}) =>
  encode({ token, secret: options.secret ?? secret, salt: options.salt ?? name, maxAge: 12 * 3600 });

describe('the session cookie’s name', () => {
  it('is Auth.js’s: no prefix over http, __Secure- over https (the default), __Host- when configured', () => {
    vi.stubEnv('AUTH_URL', '');
    vi.stubEnv('SECURE_COOKIES', '');
    expect(sessionCookieName('http', {})).toBe('authjs.session-token');
    expect(sessionCookieName('https', {})).toBe('__Secure-authjs.session-token');
    expect(sessionCookieName(null, {})).toBe('__Secure-authjs.session-token');
    expect(sessionCookieName('https', { AUTH_URL: 'http://tracker.local' })).toBe('authjs.session-token');
    // read as Auth.js reads it, through a URL: the case and spaces of the header do not matter
    expect(sessionCookieName(' HTTPS', {})).toBe('__Secure-authjs.session-token');
    expect(sessionCookieName('HTTP', {})).toBe('authjs.session-token');
    vi.stubEnv('SECURE_COOKIES', '1');
    expect(sessionCookieName('http', {})).toBe('__Host-authjs.session-token');
  });
});

describe('opening the session', () => {
  it('opens a token Auth.js sealed, and gives the page the session callback’s fields', async () => {
    const opened = await openSession([{ name, value: await sealed() }], name, now);
    expect(opened).toMatchObject(claims);
    expect(sessionUser(opened!)).toEqual({
      id: '7',
      sessionVersion: 2,
      sessionId: 'b9c1',
      viaProvider: false,
      providerMfa: false,
    });
  });

  it('joins a chunked cookie in the order of its chunks, and ignores cookies of other names', async () => {
    const token = await sealed();
    const cookies = [
      { name: `${name}.1`, value: token.slice(100) },
      { name: 'other', value: 'x' },
      { name: `__Secure-${name}`, value: 'x' },
      { name: `${name}-legacy`, value: 'x' },
      { name: `${name}.0`, value: token.slice(0, 100) },
    ];
    const chunks = sessionChunks(cookies, name);
    expect(chunks.map((chunk) => chunk.name)).toEqual([`${name}.0`, `${name}.1`]);
    expect(await openSession(chunks, name, now)).toMatchObject(claims);
  });

  it('refuses a tampered token, another secret’s, another cookie name’s, and no cookie', async () => {
    const token = await sealed();
    const tampered = `${token.slice(0, -3)}${token.at(-3) === 'A' ? 'B' : 'A'}${token.slice(-2)}`;
    expect(await openSession([{ name, value: tampered }], name, now)).toBeNull();
    expect(await openSession([{ name, value: 'tampered.value.here' }], name, now)).toBeNull();
    const otherSecret = await sealed(claims, { secret: 'another-secret-0123456789abcdef0123' });
    expect(await openSession([{ name, value: otherSecret }], name, now)).toBeNull();
    const otherName = await sealed(claims, { salt: `__Host-${name}` });
    expect(await openSession([{ name, value: otherName }], name, now)).toBeNull();
    expect(await openSession([], name, now)).toBeNull();
  });

  it('refuses a session idle too long, past its absolute lifetime, or without its times', async () => {
    const token = [{ name, value: await sealed() }];
    expect(await openSession(token, name, claims.seen + 30 * 60)).not.toBeNull();
    expect(await openSession(token, name, claims.seen + 30 * 60 + 1)).toBeNull();
    const old = [{ name, value: await sealed({ ...claims, at: now - 12 * 3600 - 1, seen: now }) }];
    expect(await openSession(old, name, now)).toBeNull();
    const timeless = [{ name, value: await sealed({ uid: 7, sv: 2, sid: 'b9c1' }) }];
    expect(await openSession(timeless, name, now)).toBeNull();
  });
});

describe('opening the same cookie again', () => {
  it('does not decrypt it again, and still applies every expiry rule to it', async () => {
    const token = [{ name, value: await sealed({ ...claims, sid: 'kept' }) }];
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    try {
      expect(await openSession(token, name, now)).toMatchObject({ sid: 'kept' });
      expect(await openSession(token, name, now)).toMatchObject({ sid: 'kept' });
      expect(decrypt).toHaveBeenCalledTimes(1);
      expect(await openSession(token, name, claims.seen + 30 * 60 + 1)).toBeNull();
      // another secret or cookie name does not find it
      vi.stubEnv('AUTH_SECRET', 'another-secret-0123456789abcdef0123');
      expect(await openSession(token, name, now)).toBeNull();
      vi.stubEnv('AUTH_SECRET', secret);
      expect(
        await openSession([{ name: `__Secure-${name}`, value: token[0].value }], `__Secure-${name}`, now),
      ).toBeNull();
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + (12 * 3600 + 16) * 1000);
      expect(await openSession(token, name, now)).toBeNull();
    } finally {
      vi.useRealTimers();
      decrypt.mockRestore();
    }
  });
});

describe('renewing the session (the sliding idle timeout)', () => {
  it('is due once `seen` is a minute old, not on every request', () => {
    expect(renewalDue({ ...claims, seen: now - RENEW_AFTER_SECONDS + 1 }, now)).toBe(false);
    expect(renewalDue({ ...claims, seen: now - RENEW_AFTER_SECONDS }, now)).toBe(true);
  });

  it('is due after half the idle timeout when that is shorter than a minute', () => {
    vi.stubEnv('IDLE_TIMEOUT_MINUTES', '0.5');
    expect(renewalDue({ ...claims, seen: now - 14 }, now)).toBe(false);
    expect(renewalDue({ ...claims, seen: now - 15 }, now)).toBe(true);
  });

  it('moves `seen` on, so the session lives on past the idle timeout of the old cookie', async () => {
    const chunks = [{ name, value: await sealed() }];
    const later = now + 25 * 60;
    const cookies = await renewedSession(claims, chunks, name, later);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ name, options: { httpOnly: true, sameSite: 'lax', path: '/' } });
    expect(cookies[0].options.expires!.getTime()).toBeGreaterThan(Date.now() + 11 * 3600 * 1000);
    const beyond = claims.seen + 30 * 60 + 60;
    expect(await openSession(chunks, name, beyond)).toBeNull();
    expect(await openSession(cookies, name, beyond)).toMatchObject({ ...claims, seen: later });
  });

  it('chunks a long token, deletes the chunks no longer used, and keeps __Host- cookies secure', async () => {
    const host = `__Host-${name}`;
    const big = { ...claims, padding: 'x'.repeat(6000) };
    const chunked = await renewedSession(big, [{ name: host, value: 'old' }], host, now);
    expect(chunked.map((cookie) => [cookie.name, cookie.options.maxAge])).toEqual([
      [host, 0],
      [`${host}.0`, undefined],
      [`${host}.1`, undefined],
      [`${host}.2`, undefined],
    ]);
    expect(chunked.every((cookie) => cookie.options.secure)).toBe(true);
    expect(await openSession(sessionChunks(chunked.slice(1), host), host, now)).toMatchObject({
      ...claims,
      seen: now,
    });
    const small = await renewedSession(claims, chunked.slice(1), host, now);
    expect(small.map((cookie) => cookie.name)).toEqual([`${host}.0`, `${host}.1`, `${host}.2`, host]);
  });

  it('deletes every chunk of a session that does not open', () => {
    const cookies = clearedSession(
      [
        { name: `${name}.0`, value: 'a' },
        { name: `${name}.1`, value: 'b' },
      ],
      name,
    );
    expect(cookies).toEqual([
      {
        name: `${name}.0`,
        value: '',
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false, maxAge: 0 },
      },
      {
        name: `${name}.1`,
        value: '',
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure: false, maxAge: 0 },
      },
    ]);
  });
});
