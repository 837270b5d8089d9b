import { describe, expect, it } from 'vitest';
import { ApiTaskListParams } from '@/lib/validations/api';
import { cursorValueFits, decodeCursor, encodeCursor, nextLink, pageLinks } from './cursor';
import { etagOf, noneMatch, parseIfMatch } from './etag';
import { apiLocale, apiTranslator } from './locale';
import { problemBody } from './problem';
import { apiRatePerMinute } from './rate-limit';
import { bearerToken, hashToken, isTokenShaped, makeToken } from './token-secret';

describe('tokens', () => {
  it('are nq23_ and 32 random bytes, hashed with SHA-256, shown by their first characters', () => {
    const { token, hash, prefix } = makeToken();
    expect(token).toMatch(/^nq23_[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(hashToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(prefix).toBe(token.slice(0, 9));
    expect(makeToken().token).not.toBe(token);
  });

  it('are read from `Authorization: Bearer` only, well-formed', () => {
    const { token } = makeToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer  ${token} `)).toBe(token);
    for (const header of [
      null,
      '',
      token,
      `Basic ${token}`,
      `Bearer ${token}x`,
      'Bearer nq23_abc',
      `Bearer ${token} more`,
    ])
      expect(bearerToken(header)).toBeNull();
    expect(isTokenShaped(`xx23_${token.slice(5)}`)).toBe(false);
  });
});

describe('Accept-Language', () => {
  it.each([
    [null, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['fr, en;q=0.5, vi;q=0.8', 'vi'],
    ['fr, en;q=0.9, vi;q=0.8', 'en'],
    ['de', 'vi'],
    ['en;q=0, vi', 'vi'],
  ] as const)('%s → %s', (header, locale) => {
    expect(apiLocale(header)).toBe(locale);
  });

  it('gives problem details in that language', () => {
    expect(problemBody(apiTranslator('en'), 'rate_limited', { values: { seconds: 12 } })).toMatchObject({
      status: 429,
      title: 'Too many requests',
      detail: expect.stringContaining('12 seconds'),
    });
    expect(problemBody(apiTranslator('vi'), 'precondition_failed').status).toBe(412);
  });
});

describe('ETag and If-Match', () => {
  it('names one version; a list names several; * and weak tags are not versions', () => {
    expect(etagOf(7)).toBe('"7"');
    const tag = etagOf(7, '{"a":1}');
    expect(tag).toMatch(/^"7-[0-9a-f]{16}"$/);
    expect(etagOf(7, '{"a":2}')).not.toBe(tag);
    expect(parseIfMatch(tag)).toEqual({ kind: 'versions', versions: [7] });
    expect(parseIfMatch(`${tag}, "8"`)).toEqual({ kind: 'versions', versions: [7, 8] });
    // a weak tag is well formed but never matches a write: 412, not 400
    expect(parseIfMatch('W/"7"')).toEqual({ kind: 'versions', versions: [] });
    expect(parseIfMatch('W/"7", "8"')).toEqual({ kind: 'versions', versions: [8] });
    expect(parseIfMatch(null)).toEqual({ kind: 'missing' });
    expect(parseIfMatch(' ')).toEqual({ kind: 'missing' });
    expect(parseIfMatch('"7"')).toEqual({ kind: 'versions', versions: [7] });
    expect(parseIfMatch('"7", "8"')).toEqual({ kind: 'versions', versions: [7, 8] });
    for (const bad of ['*', '7', '"x"', '"7",', '"7-xyz"'] as const)
      expect(parseIfMatch(bad).kind).toBe('invalid');
    expect(noneMatch(`W/${tag}`, tag)).toBe(true);
    expect(noneMatch('"7"', tag)).toBe(false);
    expect(noneMatch('"6"', '"6-0123456789abcdef"')).toBe(false);
  });
});

describe('cursors', () => {
  it('round-trip, and refuse anything else', () => {
    const cursor = { sort: '-dueOn', value: '2026-11-15', code: 'NV-HP-01' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const bad of [
      '',
      'x',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[1,2,3]').toString('base64url'),
    ])
      expect(decodeCursor(bad)).toBeNull();
  });

  it('carry a 500-character Vietnamese title within the cursor limit, and fit the sort', () => {
    const title = 'Ưu tiên rà soát, đánh giá thực hiện nghị quyết; '.repeat(12).slice(0, 500);
    const text = encodeCursor({ sort: '-title', value: title, code: 'NV-HP-01' });
    expect(text.length).toBeGreaterThan(600);
    expect(ApiTaskListParams.safeParse({ cursor: text }).success).toBe(true);
    expect(decodeCursor(text)).toEqual({ sort: '-title', value: title, code: 'NV-HP-01' });
    expect(cursorValueFits('-dueOn', '2026-02-28')).toBe(true);
    for (const [sort, value] of [
      ['dueOn', 'abc'],
      ['dueOn', '2026-02-30'],
      ['status', 'x'],
      ['title', 7],
    ] as const)
      expect(cursorValueFits(sort, value)).toBe(false);
    expect(cursorValueFits('status', '3')).toBe(true);
  });

  it('make a relative next link that keeps the filters', () => {
    const link = nextLink(new URL('http://h/api/v1/tasks?status=overdue&cursor=old'), 'abc');
    expect(link).toBe('</api/v1/tasks?status=overdue&cursor=abc>; rel="next"');
  });

  it('give every list the same next address and Link header, none on the last page', () => {
    const url = new URL('http://h/api/v1/sessions?org=P01');
    const cursor = { sort: 'heldOn', value: '2026-03-01', code: 'KS-HP' };
    const { next, headers } = pageLinks(url, cursor);
    expect(next).toBe(`/api/v1/sessions?org=P01&cursor=${encodeCursor(cursor)}`);
    expect(headers).toEqual({ Link: `<${next}>; rel="next"` });
    expect(decodeCursor(new URL(next!, url).searchParams.get('cursor')!)).toEqual(cursor);
    expect(pageLinks(url, null)).toEqual({ next: null, headers: {} });
  });
});

describe('API_RATE_PER_MINUTE', () => {
  it('defaults to 600 and refuses what is not a positive whole number', () => {
    expect(apiRatePerMinute(undefined)).toBe(600);
    expect(apiRatePerMinute(' 30 ')).toBe(30);
    for (const bad of ['0', '-1', '1.5', 'many'])
      expect(() => apiRatePerMinute(bad)).toThrow(/API_RATE_PER_MINUTE/);
  });
});
