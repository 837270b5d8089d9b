import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import {
  events,
  extensionRequests,
  mailOutbox,
  notifications,
  organizations,
  tasks,
  users,
} from '@/db/schema';
import { readSpreadsheet } from '@/lib/import/spreadsheet';
import { readTaskRows } from '@/lib/import/task-rows';
import { ExtensionRefuseInput, extensionRequestInput } from '@/lib/validations/extensions';
import { parseTaskAction, TaskCreateInput } from '@/lib/validations/tasks';
import { viewerFor } from '@/tests/viewers';
import { extensionRequestsOf, pendingExtensions } from './extension-request-views';
import {
  grantExtension,
  isOnePendingViolation,
  refuseExtension,
  requestExtension,
  withdrawExtension,
} from './extension-requests';
import { createTask, editTask } from './task-edits';
import { commitTaskImport } from './task-import';
import { applyTaskAction } from './task-writes';
import { createUser } from './users';

// The test day is 2026-11-15. Ban Dân vận Hải Phòng (HP-BDV) has one official, hp.danvan; the
// narrowest coordinator over it is Hải Phòng's, hp.dieuphoi (not the national dieuphoi).
const TODAY = '2026-11-15';
const env = { ...process.env };

beforeAll(async () => {
  // mails are queued in the outbox (nothing is sent here): the refusal's reason goes into them
  process.env.SMTP_URL = 'smtp://127.0.0.1:9';
  process.env.AUTH_URL = 'https://tracker.example.test/';
  await db.update(users).set({ email: 'danvan@example.test' }).where(eq(users.login, 'hp.danvan'));
  const [p01] = await db.select().from(organizations).where(eq(organizations.code, 'P01'));
  // an official of the city committee above HP-BDV: reads and may ask for its tasks, but is not
  // in the audience of HP-BDV's officials (its own official, hp.danvan, is narrower)
  const [hpTu] = await db.select().from(organizations).where(eq(organizations.code, 'HP-TU'));
  await db.transaction((tx) =>
    createUser(tx, {
      login: 'hp.tu.canbo',
      role: 'official',
      organizationId: hpTu.id,
      scopeId: hpTu.id,
      displayName: 'Cán bộ Thành ủy',
      password: 'Mot-mat-khau-dai-2026',
      mustChangePassword: false,
      actorId: null,
    }),
  );
  await db.transaction((tx) =>
    createUser(tx, {
      login: 'p01.dieuphoi',
      role: 'coordinator',
      organizationId: p01.id,
      scopeId: p01.id,
      displayName: 'Điều phối tỉnh khác',
      password: 'Mot-mat-khau-dai-2026',
      mustChangePassword: false,
      actorId: null,
    }),
  );
});

afterAll(() => {
  process.env = env;
});

let seq = 0;
/** A fresh in-progress task of HP-BDV, due 31/01/2027; answers its code. */
async function freshTask(supporting: string[] = []): Promise<string> {
  seq += 1;
  const code = `NV-GH-${seq}`;
  const created = await createTask(
    await viewerFor('hp.dieuphoi'),
    TaskCreateInput.parse({
      code,
      review: 'TK20-NQ23',
      title: `Nhiệm vụ thử gia hạn ${seq}`,
      description: '',
      assignee: 'HP-BDV',
      dueOn: '2027-01-31',
      session: '',
      recommendations: [],
      ...(supporting.length ? { supporting } : {}),
    }),
    TODAY,
  );
  if (!created.ok) throw new Error(JSON.stringify(created));
  return code;
}

const taskOf = async (code: string) => (await db.select().from(tasks).where(eq(tasks.code, code)))[0];

const history = async (code: string) =>
  (
    await db
      .select({ action: events.action, from: events.fromValue, to: events.toValue, data: events.data })
      .from(events)
      .innerJoin(tasks, eq(tasks.id, events.entityId))
      .where(and(eq(events.entityType, 'task'), eq(tasks.code, code)))
      .orderBy(events.id)
  ).filter((e) => e.action !== 'task.create');

/** Who was told what about a task (`login kind`), with the data told. */
async function told(code: string) {
  const rows = await db
    .select({ login: users.login, kind: notifications.kind, data: notifications.data })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(and(eq(notifications.code, code), sql`${notifications.kind} LIKE 'extension%'`))
    .orderBy(notifications.id);
  return rows.map((r) => ({ who: `${r.login} ${r.kind}`, data: r.data }));
}

const ask = (code: string, dueOn = '2027-03-31') => ({
  code,
  dueOn,
  reason: 'Chờ số liệu tổng hợp của các xã.',
});

async function requested(code: string) {
  const made = await requestExtension(await viewerFor('hp.danvan'), ask(code), TODAY);
  if (!made.ok) throw new Error(made.reason);
  return made.id;
}

describe('an extension request granted', () => {
  it('extends the task through its own extend: due date, version, history and notifications in one go', async () => {
    const code = await freshTask();
    const before = await taskOf(code);
    const id = await requested(code);
    expect(await told(code)).toEqual([
      {
        who: 'hp.dieuphoi extension_requested',
        data: { requestedDueOn: '2027-03-31', reason: ask(code).reason },
      },
    ]);
    const coordinator = await viewerFor('hp.dieuphoi');
    expect((await pendingExtensions(coordinator)).items).toContainEqual(
      expect.objectContaining({ code, dueOn: '2027-01-31', requestedDueOn: '2027-03-31' }),
    );
    // the request changes no field of the task, so a page opened before it still decides
    expect((await taskOf(code)).version).toBe(before.version);

    const granted = await grantExtension(
      coordinator,
      { code, id, version: 1, taskVersion: before.version },
      TODAY,
    );
    expect(granted).toEqual({ ok: true, id, code });
    const after = await taskOf(code);
    expect(after.dueOn).toBe('2027-03-31');
    expect(after.version).toBe(before.version + 1);
    expect(await history(code)).toEqual([
      {
        action: 'task.extension_requested',
        from: '2027-01-31',
        to: '2027-03-31',
        data: { extensionRequest: id, note: ask(code).reason },
      },
      { action: 'task.extend', from: '2027-01-31', to: '2027-03-31', data: { note: ask(code).reason } },
    ]);
    expect((await told(code)).map((n) => n.who)).toEqual([
      'hp.dieuphoi extension_requested',
      'hp.danvan extension_granted',
    ]);
    const [shown] = await extensionRequestsOf(await viewerFor('hp.danvan'), after.id);
    expect(shown).toMatchObject({ status: 'granted', mine: true, deciderName: coordinator.name });
    expect((await pendingExtensions(coordinator)).items.map((i) => i.code)).not.toContain(code);
    // decided once: a second decision finds nothing pending
    expect(
      await grantExtension(coordinator, { code, id, version: 2, taskVersion: after.version }, TODAY),
    ).toEqual({ ok: false, reason: 'not_pending' });
  });
});

describe('an extension request refused', () => {
  it('keeps the due date and tells the assignee why, in the application and by mail', async () => {
    const code = await freshTask();
    const id = await requested(code);
    const refusal = { code, id, version: 1, reason: 'Hạn đã được Ban Chỉ đạo ấn định.' };
    // a reason is required
    const blank = ExtensionRefuseInput.safeParse({ ...refusal, id: String(id), version: '1', reason: '  ' });
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0].message).toBe('extensions.errors.refusalRequired');

    expect(await refuseExtension(await viewerFor('hp.dieuphoi'), refusal)).toEqual({ ok: true, id, code });
    expect((await taskOf(code)).dueOn).toBe('2027-01-31');
    expect((await history(code)).map((e) => [e.action, e.data])).toEqual([
      ['task.extension_requested', { extensionRequest: id, note: ask(code).reason }],
      ['task.extension_refused', { extensionRequest: id, reason: refusal.reason }],
    ]);
    expect(await told(code)).toContainEqual({
      who: 'hp.danvan extension_refused',
      data: { requestedDueOn: '2027-03-31', reason: refusal.reason },
    });
    const [mail] = await db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.subject, `[${code}] Không được gia hạn`),
          eq(mailOutbox.address, 'danvan@example.test'),
        ),
      );
    expect(mail.text).toContain(`Lý do: ${refusal.reason}`);
    expect(mail.html).toContain(refusal.reason);

    // the unit may ask again once the request is closed
    expect(
      await requestExtension(await viewerFor('hp.danvan'), ask(code, '2027-02-28'), TODAY),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe('who may ask and decide', () => {
  it('refuses other units, coordinators out of scope, leaders and the requester as deciders', async () => {
    const code = await freshTask();
    // another unit's official does not read the task; a coordinator does not ask
    expect(await requestExtension(await viewerFor('hp.mttq'), ask(code), TODAY)).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect(await requestExtension(await viewerFor('hp.dieuphoi'), ask(code), TODAY)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    const id = await requested(code);
    const decision = { code, id, version: 1, reason: 'Không đồng ý.' };
    const { version: taskVersion } = await taskOf(code);
    const grant = { code, id, version: 1, taskVersion };
    // a coordinator of another province does not even read the task
    const stranger = await viewerFor('p01.dieuphoi');
    expect(await grantExtension(stranger, grant, TODAY)).toEqual({ ok: false, reason: 'not_found' });
    expect(await refuseExtension(stranger, decision)).toEqual({ ok: false, reason: 'not_found' });
    // a leader reads it but decides nothing; nor does the official who asked
    for (const login of ['hp.lanhdao', 'hp.danvan']) {
      const viewer = await viewerFor(login);
      expect(await grantExtension(viewer, grant, TODAY)).toEqual({ ok: false, reason: 'forbidden' });
      expect(await refuseExtension(viewer, decision)).toEqual({ ok: false, reason: 'forbidden' });
    }
    // only the requester withdraws
    expect(await withdrawExtension(await viewerFor('hp.dieuphoi'), { code, id, version: 1 })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect((await taskOf(code)).dueOn).toBe('2027-01-31');
    expect(await withdrawExtension(await viewerFor('hp.danvan'), { code, id, version: 1 })).toEqual({
      ok: true,
      id,
      code,
    });
    expect((await history(code)).map((e) => e.action)).toEqual([
      'task.extension_requested',
      'task.extension_withdrawn',
    ]);
  });

  it('asks only for a later date on an open task', async () => {
    const code = await freshTask();
    const official = await viewerFor('hp.danvan');
    expect(await requestExtension(official, ask(code, '2027-01-31'), TODAY)).toEqual({
      ok: false,
      reason: 'not_later',
    });
    const past = extensionRequestInput(TODAY).safeParse(ask(code, '2026-11-14'));
    expect(past.error?.issues[0].message).toBe('extensions.errors.dueInPast');
    const cancel = parseTaskAction(
      { action: 'cancel', code, version: String((await taskOf(code)).version), reason: 'Không còn cần' },
      TODAY,
    );
    if (!cancel.success) throw new Error('cancel');
    expect(await applyTaskAction(await viewerFor('hp.dieuphoi'), cancel.data, TODAY)).toMatchObject({
      ok: true,
    });
    expect(await requestExtension(official, ask(code), TODAY)).toEqual({ ok: false, reason: 'not_open' });
    expect(await history(code)).toHaveLength(1);
  });
});

describe('stale pages', () => {
  it('refuse a grant from a page that saw an older task or request, and change nothing', async () => {
    const code = await freshTask();
    const id = await requested(code);
    const seen = (await taskOf(code)).version;
    // the official updates the progress after the coordinator opened the page
    const progress = parseTaskAction({ action: 'start', code, version: String(seen), note: '' }, TODAY);
    if (!progress.success) throw new Error('start');
    expect(await applyTaskAction(await viewerFor('hp.danvan'), progress.data, TODAY)).toMatchObject({
      ok: true,
    });
    const coordinator = await viewerFor('hp.dieuphoi');
    expect(await grantExtension(coordinator, { code, id, version: 1, taskVersion: seen }, TODAY)).toEqual({
      ok: false,
      reason: 'conflict',
    });
    expect(await grantExtension(coordinator, { code, id, version: 7, taskVersion: seen + 1 }, TODAY)).toEqual(
      { ok: false, reason: 'conflict' },
    );
    expect(await refuseExtension(coordinator, { code, id, version: 7, reason: 'Không.' })).toEqual({
      ok: false,
      reason: 'conflict',
    });
    const [request] = await db.select().from(extensionRequests).where(eq(extensionRequests.id, id));
    expect(request).toMatchObject({ status: 'pending', version: 1, decidedById: null });
    expect((await taskOf(code)).dueOn).toBe('2027-01-31');
    expect((await history(code)).map((e) => e.action)).toEqual(['task.extension_requested', 'task.start']);
  });
});

describe('requests and decisions made at once', () => {
  it('leave exactly one pending request on a task', async () => {
    const code = await freshTask();
    const official = await viewerFor('hp.danvan');
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        requestExtension(official, ask(code, `2027-02-${String(10 + i).padStart(2, '0')}`), TODAY),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === 'already_pending')).toHaveLength(11);
    const { id: taskId } = await taskOf(code);
    const rows = await db.select().from(extensionRequests).where(eq(extensionRequests.taskId, taskId));
    expect(rows).toHaveLength(1);
    // the database itself holds it, whatever writes: a second pending row is refused
    await expect(
      db.insert(extensionRequests).values({ ...rows[0], id: undefined, createdAt: new Date() }),
    ).rejects.toThrow();
    expect((await history(code)).filter((e) => e.action === 'task.extension_requested')).toHaveLength(1);
    expect((await told(code)).map((n) => n.who)).toEqual(['hp.dieuphoi extension_requested']);
  });

  it('decide a request once when a grant and a refusal race', async () => {
    const code = await freshTask();
    const id = await requested(code);
    const { version: taskVersion } = await taskOf(code);
    const [local, national] = await Promise.all([viewerFor('hp.dieuphoi'), viewerFor('dieuphoi')]);
    const results = await Promise.all([
      grantExtension(local, { code, id, version: 1, taskVersion }, TODAY),
      refuseExtension(national, { code, id, version: 1, reason: 'Không đồng ý.' }),
      grantExtension(national, { code, id, version: 1, taskVersion }, TODAY),
      refuseExtension(local, { code, id, version: 1, reason: 'Không đồng ý.' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.reason))).toEqual([
      'not_pending',
      'not_pending',
      'not_pending',
    ]);
    const [request] = await db.select().from(extensionRequests).where(eq(extensionRequests.id, id));
    const task = await taskOf(code);
    expect(task.dueOn).toBe(request.status === 'granted' ? '2027-03-31' : '2027-01-31');
    const decisions = (await history(code)).filter((e) => e.action !== 'task.extension_requested');
    expect(decisions).toHaveLength(1);
  });
});

/** The request's status and the cause its closing event names. */
async function requestState(code: string, id: number) {
  const [request] = await db.select().from(extensionRequests).where(eq(extensionRequests.id, id));
  const closing = (await history(code)).filter((e) => e.action === 'task.extension_withdrawn');
  return { status: request.status, causes: closing.map((e) => (e.data as { cause?: string }).cause) };
}

async function act(login: string, code: string, raw: Record<string, string>) {
  const parsed = parseTaskAction({ code, version: String((await taskOf(code)).version), ...raw }, TODAY);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return applyTaskAction(await viewerFor(login), parsed.data, TODAY);
}

describe('a pending request the task moves past', () => {
  it('is closed with the task cancelled, and no longer listed as pending', async () => {
    const code = await freshTask();
    const id = await requested(code);
    expect(await act('hp.dieuphoi', code, { action: 'cancel', reason: 'Không còn cần' })).toMatchObject({
      ok: true,
    });
    expect(await requestState(code, id)).toEqual({ status: 'withdrawn', causes: ['closed'] });
    expect((await pendingExtensions(await viewerFor('hp.dieuphoi'))).items.map((i) => i.code)).not.toContain(
      code,
    );
  });

  it('is closed with the task confirmed', async () => {
    const code = await freshTask();
    const id = await requested(code);
    expect(await act('hp.danvan', code, { action: 'start', note: '' })).toMatchObject({ ok: true });
    expect(
      await act('hp.danvan', code, { action: 'report', completedOn: TODAY, note: 'Xong', docRef: '' }),
    ).toMatchObject({ ok: true });
    expect((await requestState(code, id)).status).toBe('pending');
    expect(await act('hp.dieuphoi', code, { action: 'confirm', note: '' })).toMatchObject({ ok: true });
    expect(await requestState(code, id)).toEqual({ status: 'withdrawn', causes: ['closed'] });
  });

  it('is closed when the deadline is extended directly to the requested date or later, not before', async () => {
    const code = await freshTask();
    const id = await requested(code);
    expect(
      await act('hp.dieuphoi', code, { action: 'extend', dueOn: '2027-02-28', reason: 'Một phần' }),
    ).toMatchObject({ ok: true });
    expect((await requestState(code, id)).status).toBe('pending');
    expect(
      await act('hp.dieuphoi', code, { action: 'extend', dueOn: '2027-03-31', reason: 'Đủ' }),
    ).toMatchObject({
      ok: true,
    });
    expect(await requestState(code, id)).toEqual({ status: 'withdrawn', causes: ['extended'] });
    // the unit may ask again
    expect(
      await requestExtension(await viewerFor('hp.danvan'), ask(code, '2027-04-30'), TODAY),
    ).toMatchObject({
      ok: true,
    });
  });

  it('is closed when the task is given to another unit', async () => {
    const code = await freshTask();
    const id = await requested(code);
    const task = await taskOf(code);
    const edited = await editTask(
      await viewerFor('hp.dieuphoi'),
      { code, version: task.version, title: task.title, description: '', assignee: 'HP-BTG', session: null },
      TODAY,
    );
    expect(edited).toEqual({ ok: true, code });
    expect(await requestState(code, id)).toEqual({ status: 'withdrawn', causes: ['reassigned'] });
  });

  it('is closed by an import that reassigns or extends far enough, in its transaction', async () => {
    const [moved, far, short] = [await freshTask(), await freshTask(), await freshTask()];
    const ids = [await requested(moved), await requested(far), await requested(short)];
    const header =
      'Mã nhiệm vụ,Tên nhiệm vụ,Mô tả,Đơn vị thực hiện,Hạn hoàn thành,Trạng thái,Tiến độ (%),Lý do';
    const line = async (code: string, unit: string, due: string) =>
      `${code},${(await taskOf(code)).title},,${unit},${due},,,Theo kết luận`;
    const text = [
      header,
      await line(moved, 'HP-BTG', '31/01/2027'),
      await line(far, 'HP-BDV', '30/04/2027'),
      await line(short, 'HP-BDV', '28/02/2027'),
    ].join('\n');
    const sheet = await readSpreadsheet(new TextEncoder().encode(text));
    if (!sheet.ok) throw new Error(sheet.problem.key);
    const table = readTaskRows(sheet.rows);
    if ('missing' in table) throw new Error(table.missing.join());
    const result = await commitTaskImport(await viewerFor('hp.dieuphoi'), 'gia-han.csv', table.rows, TODAY);
    expect(result.ok).toBe(true);
    expect(await requestState(moved, ids[0])).toEqual({ status: 'withdrawn', causes: ['reassigned'] });
    expect(await requestState(far, ids[1])).toEqual({ status: 'withdrawn', causes: ['extended'] });
    expect((await requestState(short, ids[2])).status).toBe('pending');
  });

  it('a granted request is granted, not withdrawn', async () => {
    const code = await freshTask();
    const id = await requested(code);
    const { version: taskVersion } = await taskOf(code);
    expect(
      await grantExtension(await viewerFor('hp.dieuphoi'), { code, id, version: 1, taskVersion }, TODAY),
    ).toEqual({ ok: true, id, code });
    expect(await requestState(code, id)).toEqual({ status: 'granted', causes: [] });
  });
});

describe('the other side hears what became of a request', () => {
  it('the coordinators it was asked of hear that it was withdrawn', async () => {
    const code = await freshTask();
    const id = await requested(code);
    expect(await withdrawExtension(await viewerFor('hp.danvan'), { code, id, version: 1 })).toMatchObject({
      ok: true,
    });
    expect(await told(code)).toEqual([
      {
        who: 'hp.dieuphoi extension_requested',
        data: { requestedDueOn: '2027-03-31', reason: ask(code).reason },
      },
      { who: 'hp.dieuphoi extension_withdrawn', data: { requestedDueOn: '2027-03-31' } },
    ]);
  });

  it('the requester hears that the task closed it, in the application and by mail', async () => {
    const code = await freshTask();
    const id = await requested(code);
    expect(await act('hp.dieuphoi', code, { action: 'cancel', reason: 'Không còn cần' })).toMatchObject({
      ok: true,
    });
    expect(await requestState(code, id)).toEqual({ status: 'withdrawn', causes: ['closed'] });
    expect((await told(code)).slice(1)).toEqual([
      { who: 'hp.danvan extension_closed', data: { requestedDueOn: '2027-03-31', cause: 'closed' } },
    ]);
    const [mail] = await db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.subject, `[${code}] Đề nghị gia hạn đã được đóng`),
          eq(mailOutbox.address, 'danvan@example.test'),
        ),
      );
    expect(mail.text).toContain('31/03/2027');
  });

  it('the requester hears it when the task is confirmed complete, once', async () => {
    const code = await freshTask();
    const id = await requested(code);
    expect(await act('hp.danvan', code, { action: 'start', note: '' })).toMatchObject({ ok: true });
    expect(
      await act('hp.danvan', code, { action: 'report', completedOn: TODAY, note: 'Xong', docRef: '' }),
    ).toMatchObject({ ok: true });
    expect(await act('hp.dieuphoi', code, { action: 'confirm', note: '' })).toMatchObject({ ok: true });
    expect(await requestState(code, id)).toEqual({ status: 'withdrawn', causes: ['closed'] });
    expect((await told(code)).map((n) => n.who)).toEqual([
      'hp.dieuphoi extension_requested',
      'hp.danvan extension_closed',
    ]);
  });

  it('not a requester whose unit no longer has the task', async () => {
    const code = await freshTask();
    const id = await requested(code);
    const task = await taskOf(code);
    const edited = await editTask(
      await viewerFor('hp.dieuphoi'),
      { code, version: task.version, title: task.title, description: '', assignee: 'HP-BTG', session: null },
      TODAY,
    );
    expect(edited).toEqual({ ok: true, code });
    expect(await requestState(code, id)).toEqual({ status: 'withdrawn', causes: ['reassigned'] });
    expect((await told(code)).map((n) => n.who)).toEqual(['hp.dieuphoi extension_requested']);
  });
});

describe('the requester hears the decision', () => {
  it('beside the unit, once, while active', async () => {
    const code = await freshTask();
    const above = await viewerFor('hp.tu.canbo');
    const asked = await requestExtension(above, ask(code), TODAY);
    if (!asked.ok) throw new Error(asked.reason);
    const coordinator = await viewerFor('hp.dieuphoi');
    expect(
      await refuseExtension(coordinator, { code, id: asked.id, version: 1, reason: 'Không.' }),
    ).toMatchObject({
      ok: true,
    });
    expect((await told(code)).map((n) => n.who)).toEqual([
      'hp.dieuphoi extension_requested',
      'hp.danvan extension_refused',
      'hp.tu.canbo extension_refused',
    ]);
    const again = await requestExtension(above, ask(code, '2027-02-28'), TODAY);
    if (!again.ok) throw new Error(again.reason);
    const { version: taskVersion } = await taskOf(code);
    expect(
      await grantExtension(coordinator, { code, id: again.id, version: 1, taskVersion }, TODAY),
    ).toMatchObject({ ok: true });
    expect((await told(code)).filter((n) => n.who.endsWith('granted')).map((n) => n.who)).toEqual([
      'hp.danvan extension_granted',
      'hp.tu.canbo extension_granted',
    ]);
  });

  it('not once deactivated', async () => {
    const code = await freshTask();
    const asked = await requestExtension(await viewerFor('hp.tu.canbo'), ask(code), TODAY);
    if (!asked.ok) throw new Error(asked.reason);
    await db.update(users).set({ active: false }).where(eq(users.login, 'hp.tu.canbo'));
    try {
      expect(
        await refuseExtension(await viewerFor('hp.dieuphoi'), {
          code,
          id: asked.id,
          version: 1,
          reason: 'Không.',
        }),
      ).toMatchObject({ ok: true });
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.login, 'hp.tu.canbo'));
    }
    expect((await told(code)).map((n) => n.who)).toEqual([
      'hp.dieuphoi extension_requested',
      'hp.danvan extension_refused',
    ]);
  });
});

describe('what else is refused', () => {
  it('a date already past, checked on the server too', async () => {
    const code = await freshTask();
    // a day after the due date: 15/02/2027 is later than the due date but already past
    expect(
      await requestExtension(await viewerFor('hp.danvan'), ask(code, '2027-02-15'), '2027-03-01'),
    ).toEqual({
      ok: false,
      reason: 'not_later',
    });
    expect(await history(code)).toHaveLength(0);
  });

  it('an official of a supporting unit, who reads the task, may not ask', async () => {
    const code = await freshTask(['HP-MTTQ']);
    expect(await requestExtension(await viewerFor('hp.mttq'), ask(code), TODAY)).toEqual({
      ok: false,
      reason: 'forbidden',
    });
  });

  it('only the one-pending index is "already pending", not any unique violation', async () => {
    const code = await freshTask();
    const id = await requested(code);
    const [row] = await db.select().from(extensionRequests).where(eq(extensionRequests.id, id));
    const caught = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (error: unknown) => error,
      );
    const samePending = await caught(db.insert(extensionRequests).values({ ...row, id: undefined }));
    const sameId = await caught(db.insert(extensionRequests).values({ ...row, status: 'withdrawn' }));
    expect(samePending).not.toBeNull();
    expect(sameId).not.toBeNull();
    expect(isOnePendingViolation(samePending)).toBe(true);
    expect(isOnePendingViolation(sameId)).toBe(false);
  });

  it('tells the coordinator the requested date in the mail', async () => {
    await db.update(users).set({ email: 'hp.dieuphoi@example.test' }).where(eq(users.login, 'hp.dieuphoi'));
    const code = await freshTask();
    await requested(code);
    const [mail] = await db
      .select()
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.address, 'hp.dieuphoi@example.test'),
          sql`${mailOutbox.subject} LIKE ${`%${code}%`}`,
        ),
      );
    expect(mail.text).toContain('Hạn đề nghị gia hạn đến');
    expect(mail.text).toContain('31/03/2027');
  });
});
