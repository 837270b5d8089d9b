import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { events, extensionRequests, taskSupportingUnits, tasks } from '@/db/schema';
import { callApi, tokenOf as newToken } from '@/tests/api-client';
import { POST as cancel } from './tasks/[code]/actions/cancel/route';
import { POST as grant } from './tasks/[code]/extension-requests/[id]/actions/grant/route';
import { POST as refuse } from './tasks/[code]/extension-requests/[id]/actions/refuse/route';
import { POST as withdraw } from './tasks/[code]/extension-requests/[id]/actions/withdraw/route';
import { GET as getRequest } from './tasks/[code]/extension-requests/[id]/route';
import { POST as ask, GET as listRequests } from './tasks/[code]/extension-requests/route';
import { GET as getPart, PATCH as patchPart } from './tasks/[code]/parts/[unit]/route';
import { GET as listParts } from './tasks/[code]/parts/route';
import { POST as create } from './tasks/route';

/**
 * The contract of the task page's other workflow in /api/v1 (issue 21): a task's extension
 * requests (ask, grant, refuse, withdraw) and a supporting unit's part, through the page's
 * data-layer functions, with If-Match on the request's or the part's version, read-write
 * tokens, the page's permissions and the forms' validation, in the caller's language.
 * Hải Phòng: hp.dieuphoi coordinates, hp.danvan is the official of the lead unit HP-BDV,
 * hp.mttq of the supporting unit HP-MTTQ, hp.lanhdao a leader.
 */
type Params = Record<string, string>;

// one token per account and scope for the whole file (an account holds a limited number)
const tokens = new Map<string, Promise<string>>();
function tokenOf(login: string, scope: 'read' | 'write' = 'read'): Promise<string> {
  const key = `${login} ${scope}`;
  if (!tokens.has(key)) tokens.set(key, newToken(login, scope));
  return tokens.get(key) as Promise<string>;
}
type Route = (request: Request, context: { params: Promise<never> }) => Promise<Response>;

function call(
  handler: Route,
  path: string,
  params: Params,
  init: { token?: string; method?: string; ifMatch?: string | null; body?: unknown; headers?: Params } = {},
) {
  const headers: Params = { ...init.headers };
  if (init.ifMatch) headers['If-Match'] = init.ifMatch;
  return callApi((request) => handler(request, { params: Promise.resolve(params as never) }), path, {
    token: init.token,
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body,
  });
}

/** A fresh task of HP-BDV supported by HP-MTTQ, due 31/12/2026, made through the API. */
async function freshTask(supporting = ['HP-MTTQ']): Promise<string> {
  const response = await callApi((r) => create(r), '/api/v1/tasks', {
    token: await tokenOf('hp.dieuphoi', 'write'),
    method: 'POST',
    body: {
      review: 'TK20-NQ23',
      title: 'Nhiệm vụ thử gia hạn qua API',
      assignee: 'HP-BDV',
      dueOn: '2026-12-31',
      supporting,
    },
  });
  expect(response.status).toBe(201);
  return (await response.json()).code;
}

const requestsPath = (code: string) => `/api/v1/tasks/${code}/extension-requests`;
const askFor = async (code: string, token: string, body: unknown, headers: Params = {}) =>
  call(ask, requestsPath(code), { code }, { token, body, headers });
function decide(
  route: Route,
  name: string,
  code: string,
  id: number | string,
  token: string,
  ifMatch: string | null,
  body: unknown,
  headers: Params = {},
) {
  return call(
    route,
    `${requestsPath(code)}/${id}/actions/${name}`,
    { code, id: String(id) },
    {
      token,
      ifMatch,
      body,
      headers,
    },
  );
}

/** An official's pending request on a fresh task: its id and ETag. */
async function pendingRequest(code?: string) {
  const task = code ?? (await freshTask());
  const response = await askFor(task, await tokenOf('hp.danvan', 'write'), {
    requestedDueOn: '2027-02-28',
    reason: 'Chờ số liệu quý IV',
  });
  expect(response.status).toBe(201);
  return { code: task, id: (await response.json()).id as number, etag: response.headers.get('etag') ?? '' };
}

const taskRow = async (code: string) => (await db.select().from(tasks).where(eq(tasks.code, code)))[0];
const requestRows = async (code: string) =>
  db
    .select({ status: extensionRequests.status, version: extensionRequests.version })
    .from(extensionRequests)
    .innerJoin(tasks, eq(tasks.id, extensionRequests.taskId))
    .where(eq(tasks.code, code))
    .orderBy(extensionRequests.id);
async function eventsOf(code: string, action: string) {
  return db
    .select()
    .from(events)
    .where(and(eq(events.entityType, 'task'), eq(events.entityCode, code), eq(events.action, action)));
}
/** Another province's open task: out of reach of every Hải Phòng account. */
async function otherProvinceTask() {
  const [other] = await selectRows<{ code: string }>(
    db,
    sql`SELECT t.code FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
        JOIN organizations p ON p.id = o.province_id
        WHERE p.code <> 'P31' AND t.status IN ('not_started', 'in_progress') ORDER BY t.code LIMIT 1`,
  );
  return other.code;
}

describe('extension requests through /api/v1', () => {
  it('asks (201), lists and reads the request, and the coordinator grants it: the task’s deadline moves', async () => {
    const code = await freshTask();
    const official = await tokenOf('hp.danvan', 'write');
    const asked = await askFor(code, official, { requestedDueOn: '2027-02-28', reason: 'Chờ số liệu' });
    expect(asked.status).toBe(201);
    const made = await asked.json();
    expect(made).toMatchObject({
      status: 'pending',
      fromDueOn: '2026-12-31',
      requestedDueOn: '2027-02-28',
      reason: 'Chờ số liệu',
      mine: true,
      decidedAt: null,
      version: 1,
    });
    expect(asked.headers.get('location')).toBe(`${requestsPath(code)}/${made.id}`);
    const etag = asked.headers.get('etag') ?? '';
    expect(etag.startsWith('"1-')).toBe(true);
    expect(await eventsOf(code, 'task.extension_requested')).toHaveLength(1);

    const one = await call(
      getRequest,
      `${requestsPath(code)}/${made.id}`,
      { code, id: String(made.id) },
      {
        token: await tokenOf('hp.danvan'),
      },
    );
    expect(one.headers.get('etag')).toBe(etag);
    const unchanged = await call(
      getRequest,
      `${requestsPath(code)}/${made.id}`,
      { code, id: String(made.id) },
      {
        token: await tokenOf('hp.danvan'),
        headers: { 'If-None-Match': etag },
      },
    );
    expect(unchanged.status).toBe(304);
    // the supporting unit reads the task, so its requests too
    const list = await call(listRequests, requestsPath(code), { code }, { token: await tokenOf('hp.mttq') });
    expect(list.status).toBe(200);
    expect((await list.json()).data).toMatchObject([{ id: made.id, status: 'pending', mine: false }]);

    const coordinator = await tokenOf('hp.dieuphoi', 'write');
    const granted = await decide(grant, 'grant', code, made.id, coordinator, etag, {});
    expect(granted.status).toBe(200);
    expect(await granted.json()).toMatchObject({ status: 'granted', version: 2, mine: false });
    expect(granted.headers.get('etag')?.startsWith('"2-')).toBe(true);
    expect((await taskRow(code)).dueOn).toBe('2027-02-28');
    expect(await eventsOf(code, 'task.extend')).toHaveLength(1);
  });

  it('refuses with a reason, and lets the requester withdraw the next one', async () => {
    const { code, id, etag } = await pendingRequest();
    const refused = await decide(refuse, 'refuse', code, id, await tokenOf('hp.dieuphoi', 'write'), etag, {
      reason: 'Không đủ căn cứ',
    });
    expect(refused.status).toBe(200);
    expect(await refused.json()).toMatchObject({ status: 'refused', refusalReason: 'Không đủ căn cứ' });
    expect((await taskRow(code)).dueOn).toBe('2026-12-31');

    const next = await pendingRequest(code);
    const official = await tokenOf('hp.danvan', 'write');
    const withdrawn = await decide(withdraw, 'withdraw', code, next.id, official, next.etag, {});
    expect(withdrawn.status).toBe(200);
    expect((await withdrawn.json()).status).toBe('withdrawn');
    expect((await requestRows(code)).map((r) => r.status)).toEqual(['refused', 'withdrawn']);
    expect(await eventsOf(code, 'task.extension_refused')).toHaveLength(1);
    expect(await eventsOf(code, 'task.extension_withdrawn')).toHaveLength(1);
  });

  it('answers 401 without a token, 403 to a read-only token and to whoever may not, and changes nothing', async () => {
    const { code, id, etag } = await pendingRequest();
    const before = { task: await taskRow(code), requests: await requestRows(code) };
    expect((await call(listRequests, requestsPath(code), { code })).status).toBe(401);
    expect((await askFor(code, '', { requestedDueOn: '2027-03-31', reason: 'x' })).status).toBe(401);

    const readOnly = await decide(
      grant,
      'grant',
      code,
      id,
      await tokenOf('hp.dieuphoi', 'read'),
      etag,
      {},
      {
        'Accept-Language': 'en',
      },
    );
    expect(readOnly.status).toBe(403);
    expect((await readOnly.json()).title).toBe('Read-only token');
    // only the assignee's officials ask; only a coordinator decides; only the requester withdraws
    const other = await freshTask();
    for (const login of ['hp.dieuphoi', 'hp.lanhdao', 'hp.mttq']) {
      const refusedAsk = await askFor(other, await tokenOf(login, 'write'), {
        requestedDueOn: '2027-03-31',
        reason: 'x',
      });
      expect(refusedAsk.status, login).toBe(403);
      expect(refusedAsk.headers.get('content-type')).toBe('application/problem+json');
    }
    const official = await tokenOf('hp.danvan', 'write');
    expect((await decide(grant, 'grant', code, id, official, etag, {})).status).toBe(403);
    expect((await decide(refuse, 'refuse', code, id, official, etag, { reason: 'x' })).status).toBe(403);
    const coordinator = await tokenOf('hp.dieuphoi', 'write');
    expect((await decide(withdraw, 'withdraw', code, id, coordinator, etag, {})).status).toBe(403);
    expect({ task: await taskRow(code), requests: await requestRows(code) }).toEqual(before);
    expect(await requestRows(other)).toEqual([]);
  });

  it('answers 404 out of reach as for what does not exist: another province’s task, a request of another task', async () => {
    const { code, id, etag } = await pendingRequest();
    const official = await tokenOf('hp.danvan', 'write');
    const hidden = await otherProvinceTask();
    const outside = await askFor(hidden, official, { requestedDueOn: '2027-03-31', reason: 'x' });
    const missing = await askFor('NV-KHONG-CO', official, { requestedDueOn: '2027-03-31', reason: 'x' });
    expect(outside.status).toBe(404);
    expect(missing.status).toBe(404);
    const [a, b] = [await outside.json(), await missing.json()];
    expect({ ...a, instance: undefined }).toEqual({ ...b, instance: undefined });
    expect(
      (await call(listRequests, requestsPath(hidden), { code: hidden }, { token: official })).status,
    ).toBe(404);
    // an official of another unit of the city reads nothing of a task it does not support
    const unsupported = await freshTask([]);
    expect(
      (
        await call(
          listRequests,
          requestsPath(unsupported),
          { code: unsupported },
          { token: await tokenOf('hp.mttq') },
        )
      ).status,
    ).toBe(404);
    const elsewhere = await freshTask();
    const coordinator = await tokenOf('hp.dieuphoi', 'write');
    expect((await decide(grant, 'grant', elsewhere, id, coordinator, etag, {})).status).toBe(404);
    expect((await decide(grant, 'grant', code, 'abc', coordinator, etag, {})).status).toBe(404);
    expect((await requestRows(code)).map((r) => r.status)).toEqual(['pending']);
  });
});

describe('extension requests: the workflow’s refusals, If-Match and bad bodies', () => {
  it('answers 409 for what the workflow does not take now, 422 for a day not later, with the page’s words', async () => {
    const { code, id, etag } = await pendingRequest();
    const official = await tokenOf('hp.danvan', 'write');
    const en = { 'Accept-Language': 'en' };
    const again = await askFor(code, official, { requestedDueOn: '2027-03-31', reason: 'Lần nữa' }, en);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      status: 409,
      title: 'Not possible now',
      detail: 'This task already has an extension request awaiting a decision.',
    });
    const coordinator = await tokenOf('hp.dieuphoi', 'write');
    const refused = await decide(refuse, 'refuse', code, id, coordinator, etag, { reason: 'Không' });
    const current = refused.headers.get('etag') ?? '';
    const twice = await decide(refuse, 'refuse', code, id, coordinator, current, { reason: 'Lại' }, en);
    expect(twice.status).toBe(409);
    expect((await twice.json()).detail).toBe('This request was already decided or withdrawn.');
    expect((await decide(grant, 'grant', code, id, coordinator, current, {})).status).toBe(409);

    const notLater = await askFor(code, official, { requestedDueOn: '2026-12-31', reason: 'Sớm' }, en);
    expect(notLater.status).toBe(422);
    expect((await notLater.json()).errors).toEqual({
      requestedDueOn: ['The new date must be later than the current due date and not in the past.'],
    });

    const task = await taskRow(code);
    const cancelled = await callApi(cancel, `/api/v1/tasks/${code}/actions/cancel`, {
      token: coordinator,
      method: 'POST',
      headers: { 'If-Match': `"${task.version}"` },
      body: { reason: 'Không còn cần' },
    });
    expect(cancelled.status).toBe(200);
    const closed = await askFor(code, official, { requestedDueOn: '2027-03-31', reason: 'x' });
    expect(closed.status).toBe(409);
    expect((await closed.json()).detail).toBe('Chỉ đề nghị gia hạn được cho nhiệm vụ chưa hoàn thành.');
    expect((await requestRows(code)).map((r) => r.status)).toEqual(['refused']);
  });

  it('needs If-Match (428), a well-formed one (400), the request’s current version (412); a stale task version is 412', async () => {
    const { code, id, etag } = await pendingRequest();
    const coordinator = await tokenOf('hp.dieuphoi', 'write');
    expect((await decide(grant, 'grant', code, id, coordinator, null, {})).status).toBe(428);
    expect((await decide(grant, 'grant', code, id, coordinator, 'nonsense', {})).status).toBe(400);
    expect((await decide(grant, 'grant', code, id, coordinator, '"7"', {})).status).toBe(412);
    const version = (await taskRow(code)).version;
    const staleTask = await decide(grant, 'grant', code, id, coordinator, etag, { taskVersion: version - 1 });
    expect(staleTask.status).toBe(412);
    expect((await requestRows(code)).map((r) => r.status)).toEqual(['pending']);
    expect((await taskRow(code)).dueOn).toBe('2026-12-31');
  });

  it('lets exactly one of parallel decisions on the same version win; the others get 412', async () => {
    const { code, id, etag } = await pendingRequest();
    const coordinator = await tokenOf('hp.dieuphoi', 'write');
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        i % 2
          ? decide(refuse, 'refuse', code, id, coordinator, etag, { reason: `Song song ${i}` })
          : decide(grant, 'grant', code, id, coordinator, etag, {}),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412, 412]);
    expect((await requestRows(code))[0].version).toBe(2);
    const decided = [
      ...(await eventsOf(code, 'task.extend')),
      ...(await eventsOf(code, 'task.extension_refused')),
    ];
    expect(decided).toHaveLength(1);
  });

  it('lets exactly one of parallel asks make a request; the others get 409', async () => {
    const code = await freshTask();
    const official = await tokenOf('hp.danvan', 'write');
    const responses = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        askFor(code, official, { requestedDueOn: `2027-01-1${i}`, reason: `Song song ${i}` }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await requestRows(code)).toHaveLength(1);
  });

  it('answers a bad body with 422 naming each field, in the caller’s language, and changes nothing', async () => {
    const { code, id, etag } = await pendingRequest();
    const official = await tokenOf('hp.danvan', 'write');
    const coordinator = await tokenOf('hp.dieuphoi', 'write');
    const before = { task: await taskRow(code), requests: await requestRows(code) };
    const other = await freshTask();
    const typed = await askFor(other, official, { requestedDueOn: 20270101, colour: 'red' });
    expect(typed.status).toBe(422);
    expect(Object.keys((await typed.json()).errors).sort()).toEqual(['colour', 'reason', 'requestedDueOn']);
    const badDay = await askFor(
      other,
      official,
      { requestedDueOn: '2027-02-30', reason: '   ' },
      {
        'Accept-Language': 'en',
      },
    );
    expect(badDay.status).toBe(422);
    expect((await badDay.json()).errors).toEqual({
      requestedDueOn: ['Please enter a valid date (dd/mm/yyyy).'],
      reason: ['Please give the reason.'],
    });
    const past = await askFor(other, official, { requestedDueOn: '2026-11-01', reason: 'Quá hạn' });
    expect(past.status).toBe(422);
    expect(Object.keys((await past.json()).errors)).toEqual(['requestedDueOn']);

    const extra = await decide(grant, 'grant', code, id, coordinator, etag, { dueOn: '2027-06-30' });
    expect(extra.status).toBe(422);
    expect(Object.keys((await extra.json()).errors)).toEqual(['dueOn']);
    const blank = await decide(
      refuse,
      'refuse',
      code,
      id,
      coordinator,
      etag,
      { reason: '  ' },
      {
        'Accept-Language': 'en',
      },
    );
    expect(blank.status).toBe(422);
    expect((await blank.json()).errors).toEqual({ reason: ['Please give the reason for the refusal.'] });
    const notJson = await call(
      withdraw,
      `${requestsPath(code)}/${id}/actions/withdraw`,
      { code, id: String(id) },
      {
        token: official,
        ifMatch: etag,
        body: 'x',
        headers: { 'Content-Type': 'text/plain' },
      },
    );
    expect(notJson.status).toBe(415);
    expect({ task: await taskRow(code), requests: await requestRows(code) }).toEqual(before);
    expect(await requestRows(other)).toEqual([]);
  });
});

const partPath = (code: string, unit = 'HP-MTTQ') => `/api/v1/tasks/${code}/parts/${unit}`;
const patch = (
  code: string,
  token: string,
  ifMatch: string | null,
  body: unknown,
  unit = 'HP-MTTQ',
  headers: Params = {},
) =>
  call(patchPart, partPath(code, unit), { code, unit }, { token, ifMatch, body, method: 'PATCH', headers });
const partRow = async (code: string) =>
  (
    await db
      .select({
        status: taskSupportingUnits.status,
        note: taskSupportingUnits.note,
        version: taskSupportingUnits.version,
      })
      .from(taskSupportingUnits)
      .innerJoin(tasks, eq(tasks.id, taskSupportingUnits.taskId))
      .where(eq(tasks.code, code))
  )[0];

describe('a supporting unit’s part through /api/v1', () => {
  it('lists and reads the parts, and lets the unit’s official update its own (ETag, event)', async () => {
    const code = await freshTask();
    const reader = await tokenOf('hp.dieuphoi');
    const list = await call(listParts, `/api/v1/tasks/${code}/parts`, { code }, { token: reader });
    expect(list.status).toBe(200);
    expect((await list.json()).data).toMatchObject([
      { unit: { code: 'HP-MTTQ' }, status: 'not_started', note: null, version: 1 },
    ]);
    const one = await call(getPart, partPath(code), { code, unit: 'HP-MTTQ' }, { token: reader });
    const etag = one.headers.get('etag') ?? '';
    expect(etag.startsWith('"1-')).toBe(true);
    const same = await call(
      getPart,
      partPath(code),
      { code, unit: 'HP-MTTQ' },
      {
        token: reader,
        headers: { 'If-None-Match': etag },
      },
    );
    expect(same.status).toBe(304);

    const updated = await patch(code, await tokenOf('hp.mttq', 'write'), etag, {
      status: 'in_progress',
      note: 'Đã gửi ý kiến',
    });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ status: 'in_progress', note: 'Đã gửi ý kiến', version: 2 });
    expect(updated.headers.get('etag')?.startsWith('"2-')).toBe(true);
    expect(await partRow(code)).toEqual({ status: 'in_progress', note: 'Đã gửi ý kiến', version: 2 });
    const [event] = await eventsOf(code, 'task.part');
    expect(event).toMatchObject({ fromValue: 'not_started', toValue: 'in_progress' });
  });

  it('answers 401, 403 (read-only, another unit, a coordinator), 404 out of reach, 409 on a closed task; nothing changes', async () => {
    const code = await freshTask();
    const before = await partRow(code);
    const body = { status: 'done' };
    expect((await patch(code, '', '"1"', body)).status).toBe(401);
    const readOnly = await patch(code, await tokenOf('hp.mttq', 'read'), '"1"', body);
    expect(readOnly.status).toBe(403);
    for (const login of ['hp.danvan', 'hp.dieuphoi', 'hp.lanhdao']) {
      expect((await patch(code, await tokenOf(login, 'write'), '"1"', body)).status, login).toBe(403);
    }
    const mttq = await tokenOf('hp.mttq', 'write');
    // not a supporting unit of the task; a task it does not read; another province's task
    expect((await patch(code, mttq, '"1"', body, 'HP-BTG')).status).toBe(404);
    const unsupported = await freshTask([]);
    expect((await patch(unsupported, mttq, '"1"', body)).status).toBe(404);
    const hidden = await otherProvinceTask();
    expect(
      (await call(listParts, `/api/v1/tasks/${hidden}/parts`, { code: hidden }, { token: mttq })).status,
    ).toBe(404);
    expect(await partRow(code)).toEqual(before);

    const task = await taskRow(code);
    await callApi(cancel, `/api/v1/tasks/${code}/actions/cancel`, {
      token: await tokenOf('hp.dieuphoi', 'write'),
      method: 'POST',
      headers: { 'If-Match': `"${task.version}"` },
      body: { reason: 'Không còn cần' },
    });
    const closed = await patch(code, mttq, '"1"', body);
    expect(closed.status).toBe(409);
    expect(await partRow(code)).toEqual(before);
  });

  it('needs If-Match (428) at the part’s version (412); of parallel updates exactly one wins', async () => {
    const code = await freshTask();
    const mttq = await tokenOf('hp.mttq', 'write');
    expect((await patch(code, mttq, null, { status: 'done' })).status).toBe(428);
    expect((await patch(code, mttq, '"2"', { status: 'done' })).status).toBe(412);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        patch(code, mttq, '"1"', { status: i % 2 ? 'done' : 'in_progress', note: `Song song ${i}` }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412, 412]);
    expect((await partRow(code)).version).toBe(2);
    expect(await eventsOf(code, 'task.part')).toHaveLength(1);
  });

  it('answers a bad body with 422 and changes nothing', async () => {
    const code = await freshTask();
    const before = await partRow(code);
    const mttq = await tokenOf('hp.mttq', 'write');
    const bad = await patch(code, mttq, '"1"', { status: 'finished', progress: 50 });
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json()).errors).sort()).toEqual(['progress', 'status']);
    const long = await patch(code, mttq, '"1"', { status: 'done', note: 'x'.repeat(2001) });
    expect(long.status).toBe(422);
    expect(Object.keys((await long.json()).errors)).toEqual(['note']);
    expect(await partRow(code)).toEqual(before);
    const [n] = await db
      .select({ n: count() })
      .from(events)
      .where(and(eq(events.entityCode, code), eq(events.action, 'task.part')));
    expect(n.n).toBe(0);
  });
});
