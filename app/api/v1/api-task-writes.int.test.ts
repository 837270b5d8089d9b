import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { events, tasks } from '@/db/schema';
import { callApi, tokenOf } from '@/tests/api-client';
import { viewerFor } from '@/tests/viewers';
import { POST as cancel } from './tasks/[code]/actions/cancel/route';
import { POST as confirm } from './tasks/[code]/actions/confirm/route';
import { POST as extend } from './tasks/[code]/actions/extend/route';
import { POST as reopen } from './tasks/[code]/actions/reopen/route';
import { POST as report } from './tasks/[code]/actions/report/route';
import { POST as returnTask } from './tasks/[code]/actions/return/route';
import { POST as start } from './tasks/[code]/actions/start/route';
import { GET as getOne } from './tasks/[code]/route';
import { POST as create } from './tasks/route';

/**
 * The contract of the task writes of /api/v1 (issue 21): POST /api/v1/tasks and the workflow
 * actions, through the pages' data-layer functions, with If-Match, read-write tokens, the pages'
 * permissions and the forms' validation, in the caller's language.
 */
const TODAY = '2026-11-15';
const newTask = (extra: Record<string, unknown> = {}) => ({
  review: 'TK20-NQ23',
  title: 'Tổng hợp ý kiến qua API',
  assignee: 'HP-MTTQ',
  dueOn: '2026-12-31',
  ...extra,
});
const post = (token: string, body: unknown, headers: Record<string, string> = {}) =>
  callApi((r) => create(r), '/api/v1/tasks', { token, method: 'POST', body, headers });

async function taskCount() {
  return (await db.select({ n: count() }).from(tasks))[0].n;
}
async function taskRow(code: string) {
  return (await db.select().from(tasks).where(eq(tasks.code, code)))[0];
}
async function eventsOf(code: string, action: string) {
  return db
    .select()
    .from(events)
    .where(and(eq(events.entityType, 'task'), eq(events.entityCode, code), eq(events.action, action)));
}

/** A fresh task of Hải Phòng's MTTQ, made through the API by the city's coordinator. */
async function freshTask(): Promise<{ code: string; etag: string }> {
  const response = await post(await tokenOf('hp.dieuphoi', 'write'), newTask());
  expect(response.status).toBe(201);
  return { code: (await response.json()).code, etag: response.headers.get('etag') ?? '' };
}

type Action = typeof start;
function act(
  action: Action,
  name: string,
  code: string,
  token: string,
  ifMatch: string | null,
  body: unknown,
) {
  return callApi(action, `/api/v1/tasks/${code}/actions/${name}`, {
    token,
    method: 'POST',
    headers: ifMatch === null ? {} : { 'If-Match': ifMatch },
    body,
  });
}

describe('POST /api/v1/tasks', () => {
  it('makes the task as the form does: 201, Location, ETag, event, the unit told', async () => {
    const token = await tokenOf('hp.dieuphoi', 'write');
    const response = await post(token, newTask({ description: 'Mô tả', supporting: ['HP-SNV'] }));
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.code).toMatch(/^NV-2026-\d+$/);
    expect(body).toMatchObject({
      title: 'Tổng hợp ý kiến qua API',
      description: 'Mô tả',
      status: 'not_started',
      progress: 0,
      dueOn: '2026-12-31',
      originalDueOn: '2026-12-31',
      assignee: { code: 'HP-MTTQ' },
      review: { code: 'TK20-NQ23' },
      version: 1,
    });
    expect(response.headers.get('location')).toBe(`/api/v1/tasks/${body.code}`);
    const read = await callApi(getOne, `/api/v1/tasks/${body.code}`, { token });
    expect(read.headers.get('etag')).toBe(response.headers.get('etag'));
    const [event] = await eventsOf(body.code, 'task.create');
    expect(event.actorId).toBe((await viewerFor('hp.dieuphoi')).id);
    expect(event.data).toMatchObject({ assignee: 'HP-MTTQ', supporting: ['HP-SNV'] });
    const [told] = await selectRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE u.login = 'hp.mttq' AND n.code = ${body.code} AND n.kind = 'task_assigned'`,
    );
    expect(told.n).toBeGreaterThan(0);
  });

  it('refuses a read-only token, an official and a leader with 403, and makes nothing', async () => {
    const before = await taskCount();
    const readOnly = await post(await tokenOf('hp.dieuphoi', 'read'), newTask(), { 'Accept-Language': 'en' });
    expect(readOnly.status).toBe(403);
    expect((await readOnly.json()).title).toBe('Read-only token');
    for (const login of ['hp.mttq', 'hp.lanhdao']) {
      const refused = await post(await tokenOf(login, 'write'), newTask());
      expect(refused.status, login).toBe(403);
      expect(refused.headers.get('content-type')).toBe('application/problem+json');
      expect((await refused.json()).title).toBe('Không có quyền');
    }
    expect(await taskCount()).toBe(before);
  });

  it('answers a bad body with 422 naming each field, in the caller’s language, and makes nothing', async () => {
    const token = await tokenOf('hp.dieuphoi', 'write');
    const before = await taskCount();
    const typed = await post(token, { review: 'TK20-NQ23', title: 5, dueOn: '2026-12-31', colour: 'red' });
    expect(typed.status).toBe(422);
    expect(Object.keys((await typed.json()).errors).sort()).toEqual(['assignee', 'colour', 'title']);

    // the form's own rules, with its own messages
    const en = await post(token, newTask({ dueOn: '2026-02-30', title: '   ' }), { 'Accept-Language': 'en' });
    expect(en.status).toBe(422);
    expect((await en.json()).errors).toEqual({
      title: ['Please enter a title.'],
      dueOn: ['Invalid date.'],
    });
    // the data layer's: a unit of another province, a day in the past
    const outside = await post(token, newTask({ assignee: 'P01' }));
    expect(outside.status).toBe(422);
    expect((await outside.json()).errors).toEqual({
      assignee: [
        'Đơn vị này không thể nhận nhiệm vụ (ngoài phạm vi, là nhóm đơn vị hoặc đã ngừng hoạt động).',
      ],
    });
    const past = await post(token, newTask({ dueOn: '2026-11-14' }), { 'Accept-Language': 'en' });
    expect((await past.json()).errors).toEqual({ dueOn: ['The due date cannot be before today.'] });

    const notJson = await post(token, 'title=x', { 'Content-Type': 'text/plain' });
    expect(notJson.status).toBe(415);
    const broken = await callApi((r) => create(r), '/api/v1/tasks', {
      token,
      method: 'POST',
      raw: '{"title":',
    });
    expect(broken.status).toBe(400);
    expect(await taskCount()).toBe(before);
  });
});

describe('POST /api/v1/tasks/{code}/actions/{action}', () => {
  it('walks the workflow through the task page’s data layer: start, report, return, report, confirm, reopen, extend, cancel', async () => {
    const { code, etag } = await freshTask();
    const official = await tokenOf('hp.mttq', 'write');
    const coordinator = await tokenOf('hp.dieuphoi', 'write');
    let tag = etag;
    const step = async (action: Action, name: string, token: string, body: unknown, status: string) => {
      const response = await act(action, name, code, token, tag, body);
      expect(response.status, name).toBe(200);
      const task = await response.json();
      expect(task.status, name).toBe(status);
      tag = response.headers.get('etag') ?? '';
      expect(tag.startsWith(`"${task.version}-`)).toBe(true);
      expect(await eventsOf(code, `task.${name}`), name).not.toHaveLength(0);
      return task;
    };
    await step(start, 'start', official, { note: 'Bắt đầu' }, 'in_progress');
    await step(
      report,
      'report',
      official,
      { completedOn: TODAY, note: 'Đã xong', docRef: '12/BC' },
      'awaiting_confirmation',
    );
    await step(returnTask, 'return', coordinator, { reason: 'Thiếu số liệu' }, 'in_progress');
    const reported = await step(
      report,
      'report',
      official,
      { completedOn: TODAY, note: 'Bổ sung' },
      'awaiting_confirmation',
    );
    expect(reported.progress).toBe(100);
    const done = await step(confirm, 'confirm', coordinator, {}, 'completed');
    expect(done.completedOn).toBe(TODAY);
    await step(reopen, 'reopen', coordinator, { reason: 'Cần làm lại' }, 'in_progress');
    const extended = await step(
      extend,
      'extend',
      coordinator,
      { dueOn: '2027-03-31', reason: 'Thêm thời gian' },
      'in_progress',
    );
    expect(extended.dueOn).toBe('2027-03-31');
    await step(cancel, 'cancel', coordinator, { reason: 'Không còn cần' }, 'cancelled');
    expect((await taskRow(code)).version).toBe(9);
  });

  it('answers 409 when the workflow forbids it, 403 when the user may not, 404 out of reach, and changes nothing', async () => {
    const { code, etag } = await freshTask();
    const coordinator = await tokenOf('hp.dieuphoi', 'write');
    const before = await taskRow(code);
    const early = await act(confirm, 'confirm', code, coordinator, etag, {});
    expect(early.status).toBe(409);
    expect(early.headers.get('content-type')).toBe('application/problem+json');
    expect(await early.json()).toMatchObject({ status: 409, title: 'Không thể thực hiện' });
    const en = await callApi(confirm, `/api/v1/tasks/${code}/actions/confirm`, {
      token: coordinator,
      method: 'POST',
      headers: { 'If-Match': etag, 'Accept-Language': 'en' },
      body: {},
    });
    expect((await en.json()).title).toBe('Not possible now');
    // an official does the work, never the coordinator's part; a leader only reads
    expect(
      (await act(cancel, 'cancel', code, await tokenOf('hp.mttq', 'write'), etag, { reason: 'x' })).status,
    ).toBe(403);
    expect((await act(start, 'start', code, await tokenOf('hp.lanhdao', 'write'), etag, {})).status).toBe(
      403,
    );
    expect((await act(start, 'start', code, coordinator, etag, {})).status).toBe(403);
    // another official of the city, of another unit: reads nothing of it
    expect((await act(start, 'start', code, await tokenOf('hp.danvan', 'write'), etag, {})).status).toBe(404);
    expect(await taskRow(code)).toEqual(before);
  });

  it("answers 404 for another province's task, as for one that does not exist", async () => {
    const [other] = await selectRows<{ code: string; version: number }>(
      db,
      sql`SELECT t.code, t.version FROM tasks t JOIN organizations o ON o.id = t.assignee_org_id
          JOIN organizations p ON p.id = o.province_id
          WHERE p.code <> 'P31' AND t.status = 'not_started'
            AND NOT EXISTS (SELECT 1 FROM task_recommendations tr WHERE tr.task_id = t.id)
            AND NOT EXISTS (SELECT 1 FROM task_supporting_units su WHERE su.task_id = t.id)
          ORDER BY t.code LIMIT 1`,
    );
    const token = await tokenOf('hp.dieuphoi', 'write');
    const hidden = await act(cancel, 'cancel', other.code, token, `"${other.version}"`, { reason: 'x' });
    const missing = await act(cancel, 'cancel', 'NV-KHONG-CO', token, '"1"', { reason: 'x' });
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    const [a, b] = [await hidden.json(), await missing.json()];
    expect({ ...a, instance: undefined }).toEqual({ ...b, instance: undefined });
    expect((await taskRow(other.code)).version).toBe(other.version);
  });

  it('needs a read-write token (403), If-Match (428), the current version (412), a good body (422)', async () => {
    const { code, etag } = await freshTask();
    const before = await taskRow(code);
    const readOnly = await act(start, 'start', code, await tokenOf('hp.mttq', 'read'), etag, {});
    expect(readOnly.status).toBe(403);
    const official = await tokenOf('hp.mttq', 'write');
    expect((await act(start, 'start', code, official, null, {})).status).toBe(428);
    expect((await act(start, 'start', code, official, '"0"', {})).status).toBe(412);
    expect((await act(start, 'start', code, official, 'nonsense', {})).status).toBe(400);
    const extra = await act(start, 'start', code, official, etag, { note: 'x', progress: 50 });
    expect(extra.status).toBe(422);
    expect(Object.keys((await extra.json()).errors)).toEqual(['progress']);
    const coordinator = await tokenOf('hp.dieuphoi', 'write');
    const badDay = await act(extend, 'extend', code, coordinator, etag, { dueOn: '2026-13-01', reason: 'x' });
    expect(badDay.status).toBe(422);
    expect((await badDay.json()).errors).toEqual({ dueOn: ['Ngày không hợp lệ.'] });
    const earlier = await callApi(extend, `/api/v1/tasks/${code}/actions/extend`, {
      token: coordinator,
      method: 'POST',
      headers: { 'If-Match': etag, 'Accept-Language': 'en' },
      body: { dueOn: '2026-12-01', reason: 'sớm hơn' },
    });
    expect(earlier.status).toBe(422);
    expect((await earlier.json()).errors).toEqual({
      dueOn: ['The new due date must be after the current one and not before today.'],
    });
    const noReason = await act(cancel, 'cancel', code, coordinator, etag, {});
    expect(noReason.status).toBe(422);
    expect(Object.keys((await noReason.json()).errors)).toEqual(['reason']);
    expect(await taskRow(code)).toEqual(before);
  });

  it('lets exactly one of parallel actions on the same version win; the others get 412', async () => {
    const { code, etag } = await freshTask();
    const coordinator = await tokenOf('hp.dieuphoi', 'write');
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        i % 2
          ? act(cancel, 'cancel', code, coordinator, etag, { reason: `Song song ${i}` })
          : act(extend, 'extend', code, coordinator, etag, {
              dueOn: `2027-01-${10 + i}`,
              reason: `Gia hạn ${i}`,
            }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 412, 412, 412, 412, 412, 412, 412]);
    expect((await taskRow(code)).version).toBe(2);
    const written = [...(await eventsOf(code, 'task.cancel')), ...(await eventsOf(code, 'task.extend'))];
    expect(written).toHaveLength(1);
  });
});
