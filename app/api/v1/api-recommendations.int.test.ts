import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { createRecommendation } from '@/db/queries/recommendation-writes';
import { listRecommendations } from '@/db/queries/recommendations';
import { events, recommendationAddressees, recommendations } from '@/db/schema';
import { callApi, tokenOf } from '@/tests/api-client';
import { draft } from '@/tests/recommendations';
import { viewerFor } from '@/tests/viewers';
import { POST as submit } from './recommendations/[code]/actions/submit/route';
import { POST as answer } from './recommendations/[code]/answers/route';
import { GET as getOne } from './recommendations/[code]/route';
import { POST as create, GET as getList } from './recommendations/route';

/**
 * The contract of /api/v1/recommendations (issue 21): the page's list by keyset, one
 * recommendation with its answers, a draft made and submitted, an addressee's answer — through
 * the pages' data-layer functions, with If-Match, read-write tokens and the forms' validation.
 */
const TODAY = '2026-11-15';
const list = (path: string, token: string, headers: Record<string, string> = {}) =>
  callApi((r) => getList(r), path, { token, headers });
const post = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  callApi((r) => create(r), '/api/v1/recommendations', { token, method: 'POST', body, headers });
const body = (extra: Record<string, unknown> = {}) => ({ ...draft, ...extra });

async function recommendationCount() {
  return (await db.select({ n: count() }).from(recommendations))[0].n;
}
async function stateOf(code: string) {
  const [row] = await db.select().from(recommendations).where(eq(recommendations.code, code));
  const answers = await db
    .select()
    .from(recommendationAddressees)
    .where(eq(recommendationAddressees.recommendationId, row.id));
  return { row, answers };
}
async function eventsOf(code: string, action: string) {
  return db
    .select()
    .from(events)
    .where(
      and(eq(events.entityType, 'recommendation'), eq(events.entityCode, code), eq(events.action, action)),
    );
}
function write(
  handler: typeof answer,
  path: string,
  token: string,
  ifMatch: string | null,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  return callApi(handler, path, {
    token,
    method: 'POST',
    headers: { ...(ifMatch === null ? {} : { 'If-Match': ifMatch }), ...headers },
    ...(payload === undefined ? {} : { body: payload }),
  });
}

/** A recommendation of Hải Phòng to the Ministry of Home Affairs, made and submitted through the API. */
async function submitted(): Promise<{ code: string; etag: string }> {
  const token = await tokenOf('hp.dieuphoi', 'write');
  const made = await post(token, body());
  expect(made.status).toBe(201);
  const { code } = await made.json();
  const sent = await write(
    submit,
    `/api/v1/recommendations/${code}/actions/submit`,
    token,
    made.headers.get('etag'),
  );
  expect(sent.status).toBe(200);
  return { code, etag: sent.headers.get('etag') ?? '' };
}

describe('GET /api/v1/recommendations', () => {
  it('lists what the recommendations page lists, in its order, page by page through Link rel="next"', async () => {
    // drafts (no submission day) beside the submitted ones, so that the order meets empty days
    const hp = await viewerFor('hp.dieuphoi');
    for (const text of ['Bản nháp thứ nhất', 'Bản nháp thứ hai']) {
      const made = await createRecommendation(hp, { ...draft, session: '', text });
      expect(made.ok).toBe(true);
    }
    const token = await tokenOf('hp.dieuphoi');
    for (const sort of [
      undefined,
      'submittedOn',
      'responseDueOn',
      '-responseDueOn',
      'status',
      '-source',
      'code',
    ]) {
      const seen: string[] = [];
      let next: string | null = `/api/v1/recommendations?limit=2${sort ? `&sort=${sort}` : ''}`;
      while (next) {
        const response = await list(next, token);
        expect(response.status, `${sort} ${next}`).toBe(200);
        const page = await response.json();
        const link = response.headers.get('link');
        expect(link).toBe(page.next ? `<${page.next}>; rel="next"` : null);
        seen.push(...page.data.map((row: { code: string }) => row.code));
        next = page.next;
      }
      const expected = await listRecommendations(hp, sort ? { sort } : {}, TODAY);
      expect(expected.total).toBeGreaterThanOrEqual(5);
      expect(seen, String(sort)).toEqual(expected.rows.map((row) => row.code));
    }
  });

  it('takes the page’s filters; another province’s recommendation is not listed', async () => {
    const national = await viewerFor('dieuphoi');
    const other = await createRecommendation(national, {
      ...draft,
      sourceOrg: 'P01',
      session: '',
      text: 'Từ P01',
    });
    if (!other.ok) throw new Error(other.reason);
    const token = await tokenOf('hp.dieuphoi');
    const hp = await viewerFor('hp.dieuphoi');
    for (const query of [
      'status=accepted,submitted',
      'category=guidance',
      'addressee=BNV',
      'q=thôn',
      'replyOverdue=1',
    ]) {
      const response = await list(`/api/v1/recommendations?${query}`, token);
      expect(response.status, query).toBe(200);
      const params = Object.fromEntries(new URLSearchParams(query));
      const split = Object.fromEntries(
        Object.entries(params).map(([k, v]) => [
          k,
          ['status', 'category', 'addressee'].includes(k) ? v.split(',') : v,
        ]),
      );
      const expected = await listRecommendations(hp, split, TODAY);
      expect(
        (await response.json()).data.map((r: { code: string }) => r.code),
        query,
      ).toEqual(expected.rows.map((r) => r.code));
    }
    const all = await list('/api/v1/recommendations?limit=1000', token);
    const codes = (await all.json()).data.map((r: { code: string }) => r.code);
    expect(codes).toContain('KN-HP-03');
    expect(codes).not.toContain(other.code);
    // the Ministry reads what is addressed to it, not the city's other requests
    const bnv = await list('/api/v1/recommendations?limit=1000', await tokenOf('bnv'));
    const ministry = (await bnv.json()).data.map((r: { code: string }) => r.code);
    expect(ministry).toContain('KN-HP-03');
    expect(ministry).not.toContain('KN-HP-01');
    const page = await listRecommendations(await viewerFor('bnv'), {}, TODAY);
    expect(ministry).toEqual(page.rows.map((r) => r.code));
  });

  it('answers a bad filter or cursor with 400 naming the parameter', async () => {
    const token = await tokenOf('hp.dieuphoi');
    const bad = await list('/api/v1/recommendations?status=in_progress&sort=title&asOf=2026-02-30', token, {
      'Accept-Language': 'en',
    });
    expect(bad.status).toBe(400);
    const problem = await bad.json();
    expect(Object.keys(problem.errors).sort()).toEqual(['asOf', 'sort', 'status']);
    expect(problem.errors.sort).toEqual(['Invalid value.']);
    const edited = (sort: string, value: unknown) =>
      list(
        `/api/v1/recommendations?sort=${sort}&cursor=${Buffer.from(JSON.stringify([sort, value, 'KN-HP-01'])).toString('base64url')}`,
        token,
      );
    for (const [sort, value] of [
      ['submittedOn', 'abc'],
      ['responseDueOn', '2026-02-30'],
      ['status', 'x'],
      ['code', 7],
    ] as const) {
      const answer = await edited(sort, value);
      expect(answer.status, `${sort} ${value}`).toBe(400);
      expect(Object.keys((await answer.json()).errors)).toEqual(['cursor']);
    }
    // a cursor made for another sort
    const ascending = Buffer.from(JSON.stringify(['submittedOn', '2024-06-07', 'KN-HP-01'])).toString(
      'base64url',
    );
    expect((await list(`/api/v1/recommendations?sort=-submittedOn&cursor=${ascending}`, token)).status).toBe(
      400,
    );
    expect((await edited('submittedOn', '2024-06-07')).status).toBe(200);
  });
});

describe('GET /api/v1/recommendations/{code}', () => {
  it('answers the recommendation with each addressee’s answer, an ETag, and 304 to If-None-Match', async () => {
    const token = await tokenOf('hp.dieuphoi');
    const response = await callApi(getOne, '/api/v1/recommendations/KN-HP-03', { token });
    expect(response.status).toBe(200);
    const rec = await response.json();
    expect(rec).toMatchObject({
      code: 'KN-HP-03',
      source: { code: 'P31' },
      review: { code: 'TK20-NQ23' },
      session: { code: 'KS-HP' },
      category: 'guidance',
      submittedOn: '2024-06-07',
    });
    const bnv = rec.addressees.find((a: { code: string }) => a.code === 'BNV');
    expect(bnv).toMatchObject({ status: 'accepted', respondedOn: '2025-02-14' });
    expect(bnv.response).toMatch(/^Tiếp thu kiến nghị/);
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(new RegExp(`^"${rec.version}-[0-9a-f]{16}"$`));
    const again = await callApi(getOne, '/api/v1/recommendations/KN-HP-03', {
      token,
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
  });

  it("answers 404 for another province's recommendation, as for one that does not exist", async () => {
    const other = await createRecommendation(await viewerFor('dieuphoi'), {
      ...draft,
      sourceOrg: 'P01',
      session: '',
    });
    if (!other.ok) throw new Error(other.reason);
    expect(
      (await callApi(getOne, `/api/v1/recommendations/${other.code}`, { token: await tokenOf('dieuphoi') }))
        .status,
    ).toBe(200);
    const token = await tokenOf('hp.lanhdao');
    const hidden = await callApi(getOne, `/api/v1/recommendations/${other.code}`, { token });
    const missing = await callApi(getOne, '/api/v1/recommendations/KN-KHONG-CO', { token });
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    const [a, b] = [await hidden.json(), await missing.json()];
    expect({ ...a, instance: undefined }).toEqual({ ...b, instance: undefined });
    expect(a.title).toBe('Không tìm thấy');
  });
});

describe('POST /api/v1/recommendations', () => {
  it('makes a draft as the form does: 201, Location, ETag, event', async () => {
    const token = await tokenOf('hp.mttq', 'write');
    const response = await post(
      token,
      body({ sourceOrg: 'HP-MTTQ', session: null, addressees: ['BNV', 'CP'] }),
    );
    expect(response.status).toBe(201);
    const rec = await response.json();
    expect(rec.code).toMatch(/^KN-2026-\d+$/);
    expect(rec).toMatchObject({
      status: 'draft',
      submittedOn: null,
      source: { code: 'HP-MTTQ' },
      version: 1,
    });
    expect(rec.addressees.map((a: { code: string }) => a.code).sort()).toEqual(['BNV', 'CP']);
    expect(rec.text).toBe(draft.text);
    expect(response.headers.get('location')).toBe(`/api/v1/recommendations/${rec.code}`);
    const read = await callApi(getOne, `/api/v1/recommendations/${rec.code}`, { token });
    expect(read.headers.get('etag')).toBe(response.headers.get('etag'));
    const [event] = await eventsOf(rec.code, 'recommendation.create');
    expect(event.actorId).toBe((await viewerFor('hp.mttq')).id);
  });

  it('refuses a read-only token, a leader (403) and a source out of reach (422), and makes nothing', async () => {
    const before = await recommendationCount();
    const readOnly = await post(await tokenOf('hp.dieuphoi'), body(), { 'Accept-Language': 'en' });
    expect(readOnly.status).toBe(403);
    expect((await readOnly.json()).title).toBe('Read-only token');
    expect((await post(await tokenOf('hp.lanhdao', 'write'), body())).status).toBe(403);
    const outside = await post(await tokenOf('hp.mttq', 'write'), body());
    expect(outside.status).toBe(422);
    expect((await outside.json()).errors).toEqual({
      sourceOrg: ['Bạn không thể gửi kiến nghị thay đơn vị này.'],
    });
    expect(await recommendationCount()).toBe(before);
  });

  it('answers a bad body with 422 naming each field, in the caller’s language, and makes nothing', async () => {
    const token = await tokenOf('hp.dieuphoi', 'write');
    const before = await recommendationCount();
    const typed = await post(token, { review: 'TK20-NQ23', category: 'wish', addressees: [], colour: 1 });
    expect(typed.status).toBe(422);
    expect(Object.keys((await typed.json()).errors).sort()).toEqual([
      'addressees',
      'category',
      'colour',
      'sourceOrg',
      'text',
    ]);
    const empty = await post(token, body({ text: '  \u0020 ' }), { 'Accept-Language': 'en' });
    expect(empty.status).toBe(422);
    expect((await empty.json()).errors).toEqual({ text: ['Please enter the recommendation text.'] });
    const group = await post(token, body({ addressees: ['VN'] }), { 'Accept-Language': 'en' });
    expect(group.status).toBe(422);
    expect(Object.keys((await group.json()).errors)).toEqual(['addressees']);
    expect((await post(token, 'text', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect(await recommendationCount()).toBe(before);
  });
});

describe('POST /api/v1/recommendations/{code}/actions/submit', () => {
  it('sends a draft to its addressees once, with If-Match; not with a read-only token, nor by an addressee (a draft is the source’s)', async () => {
    const token = await tokenOf('hp.dieuphoi', 'write');
    const made = await post(token, body());
    const { code } = await made.json();
    const path = `/api/v1/recommendations/${code}/actions/submit`;
    const etag = made.headers.get('etag') ?? '';
    expect((await write(submit, path, token, null)).status).toBe(428);
    expect((await write(submit, path, await tokenOf('hp.dieuphoi'), etag)).status).toBe(403);
    expect((await write(submit, path, await tokenOf('bnv', 'write'), etag)).status).toBe(404);
    const before = await stateOf(code);
    expect(before.row.submittedOn).toBeNull();
    const sent = await write(submit, path, token, etag);
    expect(sent.status).toBe(200);
    const rec = await sent.json();
    expect(rec).toMatchObject({ status: 'submitted', submittedOn: TODAY, version: 2 });
    expect(rec.addressees.map((a: { status: string }) => a.status)).toEqual(['submitted']);
    expect(await eventsOf(code, 'recommendation.submit')).toHaveLength(1);
    // the old tag: 412; the new one: the workflow has moved on (409)
    expect((await write(submit, path, token, etag)).status).toBe(412);
    const again = await write(submit, path, token, sent.headers.get('etag'), undefined, {
      'Accept-Language': 'en',
    });
    expect(again.status).toBe(409);
    expect((await again.json()).title).toBe('Not possible now');
  });
  it('lets exactly one of parallel submissions of the same version win; the others get 412', async () => {
    const token = await tokenOf('hp.dieuphoi', 'write');
    const made = await post(token, body());
    const { code } = await made.json();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        write(submit, `/api/v1/recommendations/${code}/actions/submit`, token, made.headers.get('etag')),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412]);
    expect((await stateOf(code)).row.version).toBe(2);
    expect(await eventsOf(code, 'recommendation.submit')).toHaveLength(1);
  });
});

describe('POST /api/v1/recommendations/{code}/answers', () => {
  it('records the addressee’s answer through the page’s data layer, listed in the recommendation', async () => {
    const token = await tokenOf('bnv', 'write');
    const path = '/api/v1/recommendations/KN-HP-03/answers';
    const read = await callApi(getOne, '/api/v1/recommendations/KN-HP-03', { token });
    const etag = read.headers.get('etag') ?? '';
    const before = await stateOf('KN-HP-03');
    // "implemented" says what was done: the form's rule and message
    const silent = await write(answer, path, token, etag, { addressee: 'BNV', status: 'implemented' });
    expect(silent.status).toBe(422);
    expect((await silent.json()).errors).toEqual({ response: ['Vui lòng nêu việc đã thực hiện.'] });
    // an addressee the recommendation does not have; a step the answers' workflow has not
    const stranger = await write(answer, path, token, etag, {
      addressee: 'QH',
      status: 'implemented',
      response: 'x',
    });
    expect(stranger.status).toBe(422);
    expect(Object.keys((await stranger.json()).errors)).toEqual(['addressee']);
    const backwards = await write(answer, path, token, etag, { addressee: 'BNV', status: 'under_review' });
    expect(backwards.status).toBe(409);
    expect(await stateOf('KN-HP-03')).toEqual(before);

    const done = await write(answer, path, token, etag, {
      addressee: 'BNV',
      status: 'implemented',
      response: 'Đã ban hành hướng dẫn',
    });
    expect(done.status).toBe(200);
    const rec = await done.json();
    expect(rec.version).toBe(before.row.version + 1);
    expect(rec.addressees.find((a: { code: string }) => a.code === 'BNV')).toMatchObject({
      status: 'implemented',
      response: 'Đã ban hành hướng dẫn',
      respondedOn: TODAY,
      respondedBy: 'Cán bộ Bộ Nội vụ',
    });
    expect(rec.addressees.find((a: { code: string }) => a.code === 'CP')).toMatchObject({
      status: 'accepted',
    });
    expect(done.headers.get('etag')).toBe(
      (await callApi(getOne, '/api/v1/recommendations/KN-HP-03', { token })).headers.get('etag'),
    );
    const event = (await eventsOf('KN-HP-03', 'recommendation.answer')).sort((a, b) => a.id - b.id).at(-1);
    expect(event).toMatchObject({ fromValue: 'accepted', toValue: 'implemented' });
  });

  it('answers only within reach: 403 for another unit’s answer, 404 when unreadable, 403 read-only, 428, 412', async () => {
    const { code, etag } = await submitted();
    const path = `/api/v1/recommendations/${code}/answers`;
    const move = { addressee: 'BNV', status: 'under_review' };
    const before = await stateOf(code);
    // the source side does not answer for the Ministry; a leader only reads
    expect((await write(answer, path, await tokenOf('hp.dieuphoi', 'write'), etag, move)).status).toBe(403);
    expect((await write(answer, path, await tokenOf('hp.lanhdao', 'write'), etag, move)).status).toBe(403);
    const unreadable = await write(
      answer,
      '/api/v1/recommendations/KN-HP-02/answers',
      await tokenOf('bnv', 'write'),
      '"1"',
      {
        addressee: 'CP',
        status: 'under_review',
      },
    );
    expect(unreadable.status).toBe(404);
    const bnv = await tokenOf('bnv', 'write');
    expect((await write(answer, path, await tokenOf('bnv'), etag, move)).status).toBe(403);
    expect((await write(answer, path, bnv, null, move)).status).toBe(428);
    expect((await write(answer, path, bnv, '"1"', move)).status).toBe(412);
    const skip = await write(
      answer,
      path,
      bnv,
      etag,
      { addressee: 'BNV', status: 'accepted' },
      { 'Accept-Language': 'en' },
    );
    expect(skip.status).toBe(409);
    const typed = await write(answer, path, bnv, etag, { addressee: 'BNV', status: 'done', note: 1 });
    expect(typed.status).toBe(422);
    expect(Object.keys((await typed.json()).errors).sort()).toEqual(['note', 'status']);
    expect(await stateOf(code)).toEqual(before);
  });

  it('lets exactly one of parallel answers on the same version win; the others get 412', async () => {
    const { code, etag } = await submitted();
    const token = await tokenOf('bnv', 'write');
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        write(answer, `/api/v1/recommendations/${code}/answers`, token, etag, {
          addressee: 'BNV',
          status: 'under_review',
          response: `Song song ${i}`,
        }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412, 412]);
    const after = await stateOf(code);
    expect(after.row.version).toBe(3);
    expect(after.answers[0].status).toBe('under_review');
    expect(await eventsOf(code, 'recommendation.answer')).toHaveLength(1);
  });
});
