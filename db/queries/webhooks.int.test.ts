import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { organizations, tasks } from '@/db/schema';
import { taskResource } from '@/lib/api/tasks';
import { setClock, today } from '@/lib/clock';
import { WebhookPayload } from '@/lib/webhooks/payload';
import { draft, versionOf } from '@/tests/recommendations';
import { TEST_NOW } from '@/tests/setup/database';
import { viewerFor } from '@/tests/viewers';
import { recordEvent } from './events';
import { answerRecommendation } from './recommendation-answers';
import { createRecommendation, submitRecommendation } from './recommendation-writes';
import { applyTaskAction } from './task-writes';
import { getTask } from './tasks';
import type { Viewer } from './viewer';
import { deliverPendingWebhooks } from './webhook-outbox';
import { getWebhook, listWebhooks } from './webhook-views';
import { createWebhook, deleteWebhook, resendDelivery, rotateWebhookSecret, updateWebhook } from './webhooks';

/** A receiver on loopback that answers what `answers` says (then 200), and keeps what it got. */
type Received = { path: string; headers: IncomingHttpHeaders; body: string };
let server: Server;
let base = '';
const received: Received[] = [];
const answers: number[] = [];
/** Called as each request arrives, before it is answered (a slow receiver moves the test clock). */
let onReceive: (() => unknown) | null = null;
const env = { ...process.env };

beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE = '1';
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body });
      void Promise.resolve(onReceive?.()).then(() => response.writeHead(answers.shift() ?? 200).end());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  process.env = env;
  server.closeAllConnections();
  server.close();
});

beforeEach(async () => {
  setClock(TEST_NOW);
  process.env.WEBHOOK_ALLOW_PRIVATE = '1';
  received.length = 0;
  answers.length = 0;
  onReceive = null;
  // each test starts with no subscription
  await db.execute(sql`DELETE FROM webhook_subscriptions`);
});

const ALL = [
  'task.created',
  'task.updated',
  'task.completed',
  'recommendation.created',
  'recommendation.submitted',
  'recommendation.answered',
] as const;
const later = (minutes: number) => new Date(new Date(TEST_NOW).getTime() + minutes * 60_000);

async function orgRef(code: string) {
  const [org] = await db
    .select({
      id: organizations.id,
      code: organizations.code,
      path: organizations.path,
      nameVi: organizations.nameVi,
      nameEn: organizations.nameEn,
    })
    .from(organizations)
    .where(eq(organizations.code, code));
  return org;
}

/** An administrator of one province (the national admin's account, with that scope). */
async function provinceAdmin(code: string): Promise<Viewer> {
  const admin = await viewerFor('quantri');
  return { ...admin, scope: await orgRef(code) };
}

async function subscribe(scope: string, path: string, types: readonly string[] = ALL) {
  const admin = await viewerFor('quantri');
  const made = await createWebhook(admin, {
    url: `${base}${path}`,
    scope,
    description: '',
    eventTypes: [...types] as (typeof ALL)[number][],
    active: true,
  });
  if (!made.ok) throw new Error(`could not subscribe: ${JSON.stringify(made)}`);
  return made;
}

async function progress(code: string, value: number) {
  const [task] = await db.select().from(tasks).where(eq(tasks.code, code));
  const result = await applyTaskAction(
    await viewerFor('hp.mttq'),
    { action: 'progress', code, version: task.version, progress: value, note: `Tiến độ ${value}` },
    today(),
  );
  expect(result).toMatchObject({ ok: true });
}

const deliveriesOf = (subscriptionId: number) =>
  selectRows<{ id: number; status: string; attempts: number; event_type: string; entity_code: string }>(
    db,
    sql`SELECT id, status, attempts, event_type, entity_code FROM webhook_deliveries
      WHERE subscription_id = ${subscriptionId} ORDER BY id`,
  );

describe('webhook delivery', () => {
  it('retries a receiver that fails twice, delivers once, logs three attempts, and signs as Standard Webhooks', async () => {
    const hook = await subscribe('P31', '/hp');
    await progress('NV-HP-05', 64);
    const [delivery] = await deliveriesOf(hook.id);
    expect(delivery).toMatchObject({
      status: 'pending',
      event_type: 'task.updated',
      entity_code: 'NV-HP-05',
    });

    answers.push(500, 500);
    expect(await deliverPendingWebhooks({ at: later(0) })).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    // not due again before its back-off (1 minute)
    expect(await deliverPendingWebhooks({ at: later(0.5) })).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 0,
    });
    expect(await deliverPendingWebhooks({ at: later(1) })).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect(await deliverPendingWebhooks({ at: later(5) })).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(await deliverPendingWebhooks({ at: later(6) })).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(await deliverPendingWebhooks({ at: later(60 * 24) })).toEqual({
      delivered: 0,
      retrying: 0,
      failed: 0,
    });

    expect(received).toHaveLength(3);
    const ids = new Set(received.map((r) => r.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const last = received[2];
    const verified = new Webhook(hook.secret).verify(last.body, {
      'webhook-id': String(last.headers['webhook-id']),
      'webhook-timestamp': String(last.headers['webhook-timestamp']),
      'webhook-signature': String(last.headers['webhook-signature']),
    });
    // the payload: the envelope, and the task as GET /api/v1/tasks/{code} answers it to the scope
    const payload = WebhookPayload.parse(verified);
    expect(payload.type).toBe('task.updated');
    const reader = await provinceAdmin('P31');
    const task = await getTask(reader, 'NV-HP-05', today());
    expect(payload.data).toEqual(taskResource(task!));
    expect(payload.data).toMatchObject({ code: 'NV-HP-05', progress: 64 });
    // another secret does not verify it
    const rotated = await rotateWebhookSecret(await viewerFor('quantri'), hook.id);
    expect(rotated.ok).toBe(true);
    if (rotated.ok) {
      expect(() =>
        new Webhook(rotated.secret).verify(last.body, {
          'webhook-id': String(last.headers['webhook-id']),
          'webhook-timestamp': String(last.headers['webhook-timestamp']),
          'webhook-signature': String(last.headers['webhook-signature']),
        }),
      ).toThrow();
    }

    const log = await getWebhook(await viewerFor('quantri'), hook.id);
    expect(log?.deliveries).toHaveLength(1);
    expect(log?.deliveries[0].status).toBe('delivered');
    expect(log?.deliveries[0].attempts.map((a) => [a.attempt, a.responseStatus])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    expect(log?.deliveries[0].attempts[0].error).toBe('HTTP 500');
  });

  it('gives up after the last back-off step, keeps the delivery, and re-sends it on demand', async () => {
    const hook = await subscribe('P31', '/down');
    await progress('NV-HP-05', 66);
    answers.push(...Array(6).fill(503));
    let minutes = 0;
    for (const step of [0, 1, 5, 30, 120, 720]) {
      minutes += step;
      await deliverPendingWebhooks({ at: later(minutes) });
    }
    const [failed] = await deliveriesOf(hook.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 6 });
    expect(received).toHaveLength(6);

    // the receiver is back: a re-send delivers it at once, with the same id and body
    setClock(later(minutes + 60));
    const resent = await resendDelivery(await viewerFor('quantri'), hook.id, failed.id);
    expect(resent).toEqual({ ok: true, delivered: true });
    expect(received).toHaveLength(7);
    expect(received[6].headers['webhook-id']).toBe(received[0].headers['webhook-id']);
    expect(received[6].body).toBe(received[0].body);
    const [after] = await deliveriesOf(hook.id);
    expect(after).toMatchObject({ status: 'delivered', attempts: 7 });
  });

  it('re-sends a delivery whose worker died mid-attempt once its lease is over, not before', async () => {
    const hook = await subscribe('P31', '/crashed');
    await progress('NV-HP-05', 67);
    const [pending] = await deliveriesOf(hook.id);
    // a worker claimed it (the attempt counted, the next one after a 2-minute lease) and died
    // before logging the attempt
    await db.execute(
      sql`UPDATE webhook_deliveries SET attempts = 1, next_attempt_at = ${later(2).toISOString()}
        WHERE id = ${pending.id}`,
    );
    const admin = await viewerFor('quantri');
    setClock(later(1));
    expect(await resendDelivery(admin, hook.id, pending.id)).toEqual({ ok: false, reason: 'not_found' });
    expect(received).toHaveLength(0);
    setClock(later(3));
    expect(await resendDelivery(admin, hook.id, pending.id)).toEqual({ ok: true, delivered: true });
    expect(received).toHaveLength(1);
    const [after] = await deliveriesOf(hook.id);
    expect(after).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it('counts the back-off and the lease from the time of each attempt, not from the start of a long run', async () => {
    const hook = await subscribe('P31', '/slow');
    for (const value of [75, 76]) await progress('NV-HP-05', value);
    // each answer takes 3 minutes (the test clock moves), longer than the lease (2 minutes)
    let clock = new Date(TEST_NOW).getTime();
    onReceive = () => {
      clock += 3 * 60_000;
      setClock(new Date(clock));
    };
    answers.push(500, 500, 500);
    expect(await deliverPendingWebhooks({ batch: 1, maxBatches: 2 })).toEqual({
      delivered: 0,
      retrying: 2,
      failed: 0,
    });
    onReceive = null;
    const due = await selectRows<{ next: Date | string }>(
      db,
      sql`SELECT next_attempt_at AS next FROM webhook_deliveries WHERE subscription_id = ${hook.id} ORDER BY id`,
    );
    // each waits its minute from its own failed attempt (ended at +3 and +6 minutes)
    expect(due.map((d) => new Date(d.next).getTime())).toEqual([
      new Date(TEST_NOW).getTime() + 4 * 60_000,
      new Date(TEST_NOW).getTime() + 7 * 60_000,
    ]);
    // at +6 minutes only the first is due again
    expect(await deliverPendingWebhooks()).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect(received).toHaveLength(3);
  });

  it('never makes the same attempt twice with workers in parallel', async () => {
    const hook = await subscribe('P31', '/parallel');
    for (const value of [70, 71, 72, 73, 74]) await progress('NV-HP-05', value);
    const runs = await Promise.all(Array.from({ length: 4 }, () => deliverPendingWebhooks({ batch: 2 })));
    expect(runs.reduce((n, run) => n + run.delivered, 0)).toBe(5);
    expect(received).toHaveLength(5);
    expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(5);
    const attempts = await selectRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
        WHERE d.subscription_id = ${hook.id}`,
    );
    expect(Number(attempts[0].n)).toBe(5);
  });

  it('tells a province subscription nothing of another province, nor of a type it did not ask for', async () => {
    const hp = await subscribe('P31', '/hp');
    const other = await subscribe('P01', '/p01');
    const completedOnly = await subscribe('P31', '/completed', ['task.completed']);
    const national = await subscribe('VN', '/vn');
    await progress('NV-HP-05', 67);
    expect(await deliveriesOf(hp.id)).toHaveLength(1);
    expect(await deliveriesOf(other.id)).toHaveLength(0);
    expect(await deliveriesOf(completedOnly.id)).toHaveLength(0);
    expect(await deliveriesOf(national.id)).toHaveLength(1);
    await deliverPendingWebhooks();
    expect(received.map((r) => r.path).sort()).toEqual(['/hp', '/vn']);
  });

  it("drops what was queued for the old scope when a subscription's scope changes", async () => {
    const hook = await subscribe('VN', '/moved');
    await progress('NV-HP-05', 68); // a Hải Phòng task, read by the national scope
    expect(await deliveriesOf(hook.id)).toHaveLength(1);
    const moved = await updateWebhook(await viewerFor('quantri'), {
      id: hook.id,
      url: `${base}/moved`,
      scope: 'P01',
      description: '',
      eventTypes: [...ALL],
      active: true,
    });
    expect(moved).toEqual({ ok: true });
    // P01 cannot read NV-HP-05: what the national scope read is neither sent nor re-sendable
    expect(await deliveriesOf(hook.id)).toHaveLength(0);
    await deliverPendingWebhooks();
    expect(received).toHaveLength(0);
    // a change of its settings that keeps the scope keeps the queue
    await updateWebhook(await viewerFor('quantri'), {
      id: hook.id,
      url: `${base}/moved`,
      scope: 'P31',
      description: '',
      eventTypes: [...ALL],
      active: true,
    });
    await progress('NV-HP-05', 69);
    await updateWebhook(await viewerFor('quantri'), {
      id: hook.id,
      url: `${base}/renamed`,
      scope: 'P31',
      description: 'renamed',
      eventTypes: [...ALL],
      active: true,
    });
    expect(await deliveriesOf(hook.id)).toHaveLength(1);
  });

  it('ends quietly an attempt whose subscription was deleted while it was in flight', async () => {
    const hook = await subscribe('P31', '/deleted');
    await progress('NV-HP-05', 70);
    const admin = await viewerFor('quantri');
    onReceive = () => deleteWebhook(admin, hook.id);
    expect(await deliverPendingWebhooks()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
    expect(received).toHaveLength(1);
    expect(await deliveriesOf(hook.id)).toHaveLength(0);
  });

  it('sends nothing for a change that is rolled back', async () => {
    const hook = await subscribe('P31', '/hp');
    const [task] = await db.select().from(tasks).where(eq(tasks.code, 'NV-HP-05'));
    await expect(
      db.transaction(async (tx) => {
        await tx.update(tasks).set({ progress: 99 }).where(eq(tasks.id, task.id));
        await recordEvent(tx, {
          actorId: null,
          organizationId: task.assigneeOrgId,
          entityType: 'task',
          entityId: task.id,
          entityCode: task.code,
          action: 'task.progress',
        });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await deliveriesOf(hook.id)).toHaveLength(0);
    await deliverPendingWebhooks();
    expect(received).toHaveLength(0);
  });

  it('waits while a subscription is off, and delivers when it is on again', async () => {
    const admin = await viewerFor('quantri');
    const hook = await subscribe('P31', '/paused');
    const settings = {
      id: hook.id,
      url: `${base}/paused`,
      scope: 'P31',
      description: '',
      eventTypes: [...ALL],
    };
    expect(await updateWebhook(admin, { ...settings, active: false })).toEqual({ ok: true });
    // switched off: nothing is queued for it
    await progress('NV-HP-05', 68);
    expect(await deliveriesOf(hook.id)).toHaveLength(0);
    expect(await updateWebhook(admin, { ...settings, active: true })).toEqual({ ok: true });
    await progress('NV-HP-05', 69);
    expect(await updateWebhook(admin, { ...settings, active: false })).toEqual({ ok: true });
    expect(await deliverPendingWebhooks()).toEqual({ delivered: 0, retrying: 0, failed: 0 });
    expect(await updateWebhook(admin, { ...settings, active: true })).toEqual({ ok: true });
    expect(await deliverPendingWebhooks()).toEqual({ delivered: 1, retrying: 0, failed: 0 });
  });
});

describe('recommendation events', () => {
  it('reach the scopes that read the recommendation: a draft the source side only, then the addressee too', async () => {
    const source = await subscribe('P31', '/source');
    const addressee = await subscribe('BNV', '/addressee');
    const elsewhere = await subscribe('P01', '/elsewhere');
    const types = async (id: number) => (await deliveriesOf(id)).map((d) => d.event_type);

    const created = await createRecommendation(await viewerFor('hp.dieuphoi'), draft);
    if (!created.ok) throw new Error('no recommendation');
    const code = (created as { code: string }).code;
    expect(await types(source.id)).toEqual(['recommendation.created']);
    // a draft is read on the source side only
    expect(await types(addressee.id)).toEqual([]);

    await submitRecommendation(await viewerFor('hp.dieuphoi'), { code, version: await versionOf(code) });
    const answered = await answerRecommendation(await viewerFor('bnv'), {
      code,
      version: await versionOf(code),
      addressee: 'BNV',
      status: 'under_review',
      response: 'Đang nghiên cứu',
    });
    expect(answered).toMatchObject({ ok: true });
    expect(await types(source.id)).toEqual([
      'recommendation.created',
      'recommendation.submitted',
      'recommendation.answered',
    ]);
    expect(await types(addressee.id)).toEqual(['recommendation.submitted', 'recommendation.answered']);
    expect(await types(elsewhere.id)).toEqual([]);

    await deliverPendingWebhooks();
    // a batch is sent in parallel: the order of arrival is not the order of the changes
    const payload = received
      .filter((r) => r.path === '/addressee')
      .map((r) => WebhookPayload.parse(JSON.parse(r.body)))
      .find((p) => p.type === 'recommendation.answered');
    expect(payload).toMatchObject({
      type: 'recommendation.answered',
      data: {
        code,
        source: { code: 'P31' },
        status: 'under_review',
        addressees: [{ code: 'BNV', status: 'under_review', responseText: 'Đang nghiên cứu' }],
      },
    });
  });
});

describe('webhook addresses', () => {
  it('refuses a private or loopback address at save time without WEBHOOK_ALLOW_PRIVATE', async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE = '0';
    const admin = await viewerFor('quantri');
    for (const url of [
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://[::1]/hook',
      'https://10.0.0.8/x',
    ]) {
      expect(
        await createWebhook(admin, {
          url,
          scope: 'P31',
          description: '',
          eventTypes: ['task.updated'],
          active: true,
        }),
      ).toEqual({ ok: false, reason: 'invalid', fieldErrors: { url: ['webhooks.errors.privateAddress'] } });
    }
    expect(
      await createWebhook(admin, {
        url: 'https://no-such-host.invalid/hook',
        scope: 'P31',
        description: '',
        eventTypes: ['task.updated'],
        active: true,
      }),
    ).toEqual({ ok: false, reason: 'invalid', fieldErrors: { url: ['webhooks.errors.unresolved'] } });
    expect(await listWebhooks(admin)).toEqual([]);
  });

  it('refuses it at delivery time too (the flag was lifted after the subscription was saved)', async () => {
    const hook = await subscribe('P31', '/late');
    await progress('NV-HP-05', 75);
    process.env.WEBHOOK_ALLOW_PRIVATE = '0';
    expect(await deliverPendingWebhooks()).toEqual({ delivered: 0, retrying: 1, failed: 0 });
    expect(received).toHaveLength(0);
    const log = await getWebhook(await viewerFor('quantri'), hook.id);
    expect(log?.deliveries[0].attempts[0]).toMatchObject({
      responseStatus: null,
      error: 'address not allowed: 127.0.0.1',
    });
  });
});

describe('webhook subscriptions', () => {
  it('are managed by administrators at or under their scope only, each change in the audit log, the secret in none', async () => {
    const national = await subscribe('VN', '/vn');
    const hp = await subscribe('P31', '/hp');
    const hpAdmin = await provinceAdmin('P31');
    expect((await listWebhooks(hpAdmin))?.map((w) => w.id)).toEqual([hp.id]);
    expect(await getWebhook(hpAdmin, national.id)).toBeNull();
    expect(await rotateWebhookSecret(hpAdmin, national.id)).toEqual({ ok: false, reason: 'not_found' });
    expect(await deleteWebhook(hpAdmin, national.id)).toEqual({ ok: false, reason: 'not_found' });
    expect(
      await createWebhook(hpAdmin, {
        url: `${base}/x`,
        scope: 'P01',
        description: '',
        eventTypes: ['task.updated'],
        active: true,
      }),
    ).toEqual({ ok: false, reason: 'invalid', fieldErrors: { scope: ['webhooks.errors.scopeInvalid'] } });
    // not administrators: nothing
    for (const login of ['hp.dieuphoi', 'lanhdao', 'dieuphoi']) {
      const viewer = await viewerFor(login);
      expect(await listWebhooks(viewer)).toBeNull();
      expect(await deleteWebhook(viewer, hp.id)).toEqual({ ok: false, reason: 'not_found' });
    }
    expect(await deleteWebhook(hpAdmin, hp.id)).toEqual({ ok: true });
    expect(await getWebhook(await viewerFor('quantri'), hp.id)).toBeNull();

    const logged = await selectRows<{ action: string; data: unknown }>(
      db,
      sql`SELECT action, data FROM events WHERE entity_type = 'webhook' AND entity_id IN (${national.id}, ${hp.id}) ORDER BY id`,
    );
    expect(logged.map((e) => e.action)).toEqual(['webhook.created', 'webhook.created', 'webhook.deleted']);
    expect(JSON.stringify(logged)).not.toContain('whsec_');
    const stored = await selectRows<{ secret_sealed: string }>(
      db,
      sql`SELECT secret_sealed FROM webhook_subscriptions WHERE id = ${national.id}`,
    );
    expect(stored[0].secret_sealed).not.toContain(national.secret.slice(6));
  });
});
