import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { db, selectRows } from '@/db/index';
import { createToken } from '@/db/queries/tokens';
import { apiTokens, events, tasks, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { setClock } from '@/lib/clock';
import type { TokenScope } from '@/lib/validations/tokens';
import { TEST_NOW } from '@/tests/setup/database';
import { viewerFor } from '@/tests/viewers';
import { GET as getOne, PATCH } from './tasks/[code]/route';
import { GET as getList } from './tasks/route';

/**
 * The contract of /api/v1 (issue 21), on the route handlers themselves: bearer tokens only,
 * problem details in the caller's language, the pages' visibility, ETag/If-Match, rate limit.
 */
const BASE = 'http://tracker.test';

async function tokenOf(login: string, scope: TokenScope = 'read'): Promise<string> {
  const made = await createToken(
    await viewerFor(login),
    { name: `test ${login}`, scope, lifetime: 30, password: DEMO_PASSWORD },
    new Date(TEST_NOW),
  );
  if (!made.ok) throw new Error(made.reason);
  return made.token;
}

function call(
  handler: (request: Request, context: { params: Promise<{ code: string }> }) => Promise<Response>,
  path: string,
  init: { token?: string; headers?: Record<string, string>; method?: string; body?: unknown } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['Content-Type'] ??= 'application/json';
  const request = new Request(`${BASE}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const code = decodeURIComponent(new URL(request.url).pathname.split('/')[4] ?? '');
  return handler(request, { params: Promise.resolve({ code }) });
}
const list = (path: string, init: Parameters<typeof call>[2] = {}) => call((r) => getList(r), path, init);

afterEach(() => {
  vi.unstubAllEnvs();
  setClock(TEST_NOW);
});

describe('authentication: a bearer token, never the session', () => {
  it('answers 401 problem details in Vietnamese by default, and in English when asked', async () => {
    const vi_ = await list('/api/v1/tasks');
    expect(vi_.status).toBe(401);
    expect(vi_.headers.get('content-type')).toBe('application/problem+json');
    expect(vi_.headers.get('www-authenticate')).toMatch(/^Bearer /);
    const body = await vi_.json();
    expect(body).toMatchObject({ status: 401, title: 'Chưa xác thực', instance: '/api/v1/tasks' });
    expect(body.type).toMatch(/unauthorized$/);
    expect(body.detail).toMatch(/^Vui lòng/);

    const en = await list('/api/v1/tasks', {
      headers: { 'Accept-Language': 'fr;q=1, en-GB;q=0.9, vi;q=0.5' },
    });
    expect(en.status).toBe(401);
    expect(en.headers.get('content-language')).toBe('en');
    expect(await en.json()).toMatchObject({ status: 401, title: 'Unauthorized', type: body.type });
  });

  it('refuses a session cookie, a malformed token, an unknown one, another scheme', async () => {
    const token = await tokenOf('hp.dieuphoi');
    const attempts: Record<string, string>[] = [
      { Cookie: 'authjs.session-token=anything' },
      { Authorization: 'Bearer nq23_short' },
      { Authorization: `Bearer nq23_${'A'.repeat(43)}` },
      { Authorization: `Basic ${token}` },
      { Authorization: token },
    ];
    for (const headers of attempts) {
      const response = await list('/api/v1/tasks', { headers });
      expect(response.status, JSON.stringify(headers)).toBe(401);
    }
    expect((await list('/api/v1/tasks', { token })).status).toBe(200);
  });

  it('refuses a revoked token, an expired one and the token of a deactivated account', async () => {
    const revoked = await tokenOf('hp.danvan');
    expect((await list('/api/v1/tasks', { token: revoked })).status).toBe(200);
    await db
      .update(apiTokens)
      .set({ revokedAt: new Date(TEST_NOW) })
      .where(eq(apiTokens.name, 'test hp.danvan'));
    const response = await list('/api/v1/tasks', { token: revoked, headers: { 'Accept-Language': 'en' } });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect((await response.json()).title).toBe('Unauthorized');

    const expiring = await tokenOf('hp.lanhdao');
    setClock(new Date(new Date(TEST_NOW).getTime() + 31 * 86_400_000));
    expect((await list('/api/v1/tasks', { token: expiring })).status).toBe(401);
    setClock(TEST_NOW);
    expect((await list('/api/v1/tasks', { token: expiring })).status).toBe(200);

    const [user] = await db.select().from(users).where(eq(users.login, 'hp.lanhdao'));
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    try {
      expect((await list('/api/v1/tasks', { token: expiring })).status).toBe(401);
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.id, user.id));
    }
  });

  it('notes the last use of a token', async () => {
    const token = await tokenOf('bnv');
    await list('/api/v1/tasks', { token });
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.name, 'test bnv'));
    expect(row.lastUsedAt).toEqual(new Date(TEST_NOW));
  });
});

describe('GET /api/v1/tasks', () => {
  it('lists what the tasks page lists for the same filters, page by page through Link rel="next"', async () => {
    const token = await tokenOf('hp.dieuphoi');
    const seen: string[] = [];
    let next: string | null = '/api/v1/tasks?status=in_progress,not_started&sort=-dueOn&limit=4';
    let pages = 0;
    while (next) {
      const response = await list(next, { token });
      expect(response.status).toBe(200);
      const body = await response.json();
      const link = response.headers.get('link');
      if (body.next) expect(link).toBe(`<${body.next}>; rel="next"`);
      else expect(link).toBeNull();
      for (const row of body.data) expect(['in_progress', 'not_started']).toContain(row.status);
      seen.push(...body.data.map((row: { code: string }) => row.code));
      next = body.next;
      pages += 1;
    }
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(seen.length);
    // the same rows, in the same order, as one query of the data layer with the page's filters
    const expected = await selectRows<{ code: string }>(
      db,
      sql`SELECT t.code FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
          WHERE t.status IN ('in_progress', 'not_started')
            AND (o.path LIKE (SELECT path || '%' FROM organizations WHERE code = 'P31')
              OR EXISTS (SELECT 1 FROM task_recommendations tr JOIN recommendations r ON r.id = tr.recommendation_id
                JOIN organizations so ON so.id = r.source_org_id
                WHERE tr.task_id = t.id AND so.path LIKE (SELECT path || '%' FROM organizations WHERE code = 'P31'))
              OR EXISTS (SELECT 1 FROM task_supporting_units su JOIN organizations s ON s.id = su.organization_id
                WHERE su.task_id = t.id AND s.path LIKE (SELECT path || '%' FROM organizations WHERE code = 'P31')))
          ORDER BY t.due_on DESC, t.code`,
    );
    expect(seen).toEqual(expected.map((r) => r.code));
  });

  it('answers a bad filter or cursor with 400 naming the parameter', async () => {
    const token = await tokenOf('hp.mttq');
    const bad = await list('/api/v1/tasks?status=nonsense&dueFrom=2026-02-30&limit=5000', {
      token,
      headers: { 'Accept-Language': 'en' },
    });
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(Object.keys(body.errors).sort()).toEqual(['dueFrom', 'limit', 'status']);
    expect(body.errors.status).toEqual(['Invalid value.']);
    const cursor = await list('/api/v1/tasks?cursor=not-a-cursor', { token });
    expect(cursor.status).toBe(400);
    expect(Object.keys((await cursor.json()).errors)).toEqual(['cursor']);
    // an edited cursor whose value does not fit the sort's type: 400, never a database error
    const edited = (value: unknown, sort = 'dueOn') =>
      list(
        `/api/v1/tasks?sort=${sort}&cursor=${Buffer.from(JSON.stringify([sort, value, 'NV-HP-01'])).toString('base64url')}`,
        { token },
      );
    for (const [value, sort] of [
      ['abc', 'dueOn'],
      ['2026-02-30', 'dueOn'],
      ['x', 'status'],
      [7, 'title'],
      ['a\u0000b', 'title'],
    ] as const) {
      const answer = await edited(value, sort);
      expect(answer.status, `${sort} ${value}`).toBe(400);
      expect(Object.keys((await answer.json()).errors)).toEqual(['cursor']);
    }
    expect((await edited('2026-02-28')).status).toBe(200);
  });

  it('takes back its own next link when the last row has a 500-character Vietnamese title', async () => {
    const token = await tokenOf('hp.dieuphoi');
    const long = 'Ưu tiên rà soát, đánh giá việc thực hiện nghị quyết; '.repeat(10).slice(0, 500);
    // every task: whichever comes first, its title is 500 characters
    await db.execute(sql`CREATE TEMP TABLE kept_titles AS SELECT id, title FROM tasks`);
    await db.execute(sql`UPDATE tasks SET title = left(${long}, 490) || right(code, 10)`);
    onTestFinished(async () => {
      await db.execute(sql`UPDATE tasks t SET title = k.title FROM kept_titles k WHERE k.id = t.id`);
      await db.execute(sql`DROP TABLE kept_titles`);
    });
    const first = await list('/api/v1/tasks?sort=-title&limit=1', { token });
    expect(first.status).toBe(200);
    const body = await first.json();
    expect(body.data[0].title.length).toBeGreaterThan(490);
    expect(body.next.length).toBeGreaterThan(600); // the old limit
    const second = await list(body.next, { token });
    expect(second.status).toBe(200);
    expect((await second.json()).data[0].code).not.toBe(body.data[0].code);
  });
});

describe('GET /api/v1/tasks/{code}', () => {
  it('answers the task with its version and body digest as ETag, and 304 to If-None-Match', async () => {
    const token = await tokenOf('hp.mttq');
    const response = await call(getOne, '/api/v1/tasks/NV-HP-05', { token });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ code: 'NV-HP-05', assignee: { code: 'HP-MTTQ' } });
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(new RegExp(`^"${body.version}-[0-9a-f]{16}"$`));
    expect(response.headers.get('cache-control')).toBe('no-store');
    const read = (headers: Record<string, string>) =>
      call(getOne, '/api/v1/tasks/NV-HP-05', { token, headers: { 'If-None-Match': etag, ...headers } });
    const again = await read({});
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    // what the body says changes without a new version: a unit's name, the deadline class (from
    // today): the old tag no longer matches, the version is the same
    await db.execute(sql`UPDATE organizations SET name_vi = name_vi || ' (mới)' WHERE code = 'HP-MTTQ'`);
    onTestFinished(async () => {
      await db.execute(sql`UPDATE organizations SET name_vi = left(name_vi, -6) WHERE code = 'HP-MTTQ'`);
    });
    const renamed = await read({});
    expect(renamed.status).toBe(200);
    const renamedTag = renamed.headers.get('etag') ?? '';
    expect(renamedTag).not.toBe(etag);
    expect(renamedTag.startsWith(`"${body.version}-`)).toBe(true);
    expect((await read({ 'If-None-Match': renamedTag })).status).toBe(304);
    // the day after a task on time was due: overdue, at the same version
    const [onTime] = await selectRows<{ code: string; due: string }>(
      db,
      sql`SELECT t.code, t.due_on::text AS due FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
          WHERE o.path LIKE (SELECT path || '%' FROM organizations WHERE code = 'P31')
            AND t.status IN ('in_progress', 'not_started') AND t.due_on > '2026-11-15'
          ORDER BY t.due_on, t.code LIMIT 1`,
    );
    const before = await call(getOne, `/api/v1/tasks/${onTime.code}`, {
      token: await tokenOf('hp.dieuphoi'),
    });
    const onTimeBody = await before.json();
    expect(onTimeBody.deadlineClass).toBe('in_progress_on_time');
    const dayAfter = new Date(`${onTime.due}T12:00:00+07:00`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    setClock(dayAfter);
    const made = await createToken(
      await viewerFor('hp.dieuphoi'),
      { name: 'sau hạn', scope: 'read', lifetime: 365, password: DEMO_PASSWORD },
      dayAfter,
    );
    if (!made.ok) throw new Error(made.reason);
    const later = await call(getOne, `/api/v1/tasks/${onTime.code}`, {
      token: made.token,
      headers: { 'If-None-Match': before.headers.get('etag') ?? '' },
    });
    expect(later.status).toBe(200);
    expect(later.headers.get('etag')?.startsWith(`"${onTimeBody.version}-`)).toBe(true);
    expect((await later.json()).deadlineClass).toBe('overdue');
  });

  it("answers 404 for another province's task, as for one that does not exist", async () => {
    const [other] = await selectRows<{ code: string }>(
      db,
      sql`SELECT t.code FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
          JOIN organizations p ON p.id = o.province_id
          WHERE p.code <> 'P31' AND NOT EXISTS (SELECT 1 FROM task_recommendations tr WHERE tr.task_id = t.id)
            AND NOT EXISTS (SELECT 1 FROM task_supporting_units su WHERE su.task_id = t.id)
          ORDER BY t.code LIMIT 1`,
    );
    const national = await call(getOne, `/api/v1/tasks/${other.code}`, { token: await tokenOf('dieuphoi') });
    expect(national.status).toBe(200);
    const token = await tokenOf('hp.lanhdao', 'write');
    const hidden = await call(getOne, `/api/v1/tasks/${other.code}`, {
      token,
      headers: { 'Accept-Language': 'vi' },
    });
    const missing = await call(getOne, '/api/v1/tasks/NV-KHONG-CO', { token });
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    const [a, b] = [await hidden.json(), await missing.json()];
    expect({ ...a, instance: undefined }).toEqual({ ...b, instance: undefined });
    expect(a.title).toBe('Không tìm thấy');
  });
});

describe('PATCH /api/v1/tasks/{code}', () => {
  const versionOf = async (code: string) =>
    (await db.select({ v: tasks.version }).from(tasks).where(eq(tasks.code, code)))[0].v;

  it('refuses a read-only token with 403, and changes nothing', async () => {
    const token = await tokenOf('hp.mttq', 'read');
    const version = await versionOf('NV-HP-05');
    const response = await call(PATCH, '/api/v1/tasks/NV-HP-05', {
      token,
      method: 'PATCH',
      headers: { 'If-Match': `"${version}"`, 'Accept-Language': 'en' },
      body: { progress: 70, note: 'read only' },
    });
    expect(response.status).toBe(403);
    expect((await response.json()).title).toBe('Read-only token');
    expect(await versionOf('NV-HP-05')).toBe(version);
  });

  it('needs If-Match (428), refuses a stale one (412), and updates through the page’s data layer', async () => {
    const token = await tokenOf('hp.mttq', 'write');
    const version = await versionOf('NV-HP-05');
    const patch = (headers: Record<string, string>, body: unknown = { progress: 72, note: 'Qua API' }) =>
      call(PATCH, '/api/v1/tasks/NV-HP-05', { token, method: 'PATCH', headers, body });
    expect((await patch({})).status).toBe(428);
    expect((await patch({ 'If-Match': `"${version - 1}"` })).status).toBe(412);
    expect((await patch({ 'If-Match': '*' })).status).toBe(400);
    // a weak tag never matches a write: 412, not 400
    expect((await patch({ 'If-Match': `W/"${version}"` })).status).toBe(412);
    const invalid = await patch({ 'If-Match': `"${version}"` }, { progress: 140, note: 'x', extra: 1 });
    expect(invalid.status).toBe(422);
    expect(Object.keys((await invalid.json()).errors).sort()).toEqual(['extra', 'progress']);
    expect(await versionOf('NV-HP-05')).toBe(version);

    // the ETag read is sent back as it is
    const read = await call(getOne, '/api/v1/tasks/NV-HP-05', { token });
    const ok = await patch({ 'If-Match': read.headers.get('etag') ?? '' });
    expect(ok.status).toBe(200);
    const written = ok.headers.get('etag') ?? '';
    expect(written).toMatch(new RegExp(`^"${version + 1}-[0-9a-f]{16}"$`));
    expect(written).toBe((await call(getOne, '/api/v1/tasks/NV-HP-05', { token })).headers.get('etag'));
    expect(await ok.json()).toMatchObject({ progress: 72, lastNote: 'Qua API', version: version + 1 });
    const [event] = await db
      .select()
      .from(events)
      .where(sql`${events.entityCode} = 'NV-HP-05' AND ${events.action} = 'task.progress'`)
      .orderBy(sql`${events.id} DESC`)
      .limit(1);
    expect(event.actorId).toBe((await viewerFor('hp.mttq')).id);
    expect(event.data).toMatchObject({ progress: 72, note: 'Qua API' });
  });

  it('lets exactly one of parallel PATCHes of the same version win; the others get 412', async () => {
    const token = await tokenOf('hp.mttq', 'write');
    const version = await versionOf('NV-HP-05');
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(PATCH, '/api/v1/tasks/NV-HP-05', {
          token,
          method: 'PATCH',
          headers: { 'If-Match': `"${version}"` },
          body: { progress: 80 + i, note: `Song song ${i}` },
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412, 412, 412, 412]);
    expect(await versionOf('NV-HP-05')).toBe(version + 1);
  });

  it('answers 403 when the token’s user may read the task but not update it', async () => {
    const token = await tokenOf('hp.lanhdao', 'write');
    const version = await versionOf('NV-HP-05');
    const response = await call(PATCH, '/api/v1/tasks/NV-HP-05', {
      token,
      method: 'PATCH',
      headers: { 'If-Match': `"${version}"` },
      body: { progress: 10, note: 'lãnh đạo' },
    });
    expect(response.status).toBe(403);
    expect(await versionOf('NV-HP-05')).toBe(version);
  });
});

describe('failures', () => {
  it('answers a failure before the handler (configuration, token lookup) with a 500 problem, logged', async () => {
    const token = await tokenOf('hp.mttq');
    vi.stubEnv('API_RATE_PER_MINUTE', 'nhiều');
    const response = await list('/api/v1/tasks', { token, headers: { 'Accept-Language': 'en' } });
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = await response.json();
    expect(body).toMatchObject({ status: 500, instance: '/api/v1/tasks' });
    expect(body.type).toMatch(/server-error$/);
    expect(JSON.stringify(body)).not.toContain('API_RATE_PER_MINUTE');
  });
});

describe('rate limit per token', () => {
  it('answers 429 with Retry-After past the limit, per token, and again after the window', async () => {
    vi.stubEnv('API_RATE_PER_MINUTE', '3');
    const token = await tokenOf('dieuphoi');
    const other = await tokenOf('lanhdao');
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => list('/api/v1/tasks?limit=1', { token })),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = responses.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(limited.headers.get('content-type')).toBe('application/problem+json');
    expect((await list('/api/v1/tasks?limit=1', { token: other })).status).toBe(200);

    setClock(new Date(new Date(TEST_NOW).getTime() + 61_000));
    expect((await list('/api/v1/tasks?limit=1', { token })).status).toBe(200);
  });
});
