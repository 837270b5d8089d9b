import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { mailDigestItems, mailOutbox, notificationPreferences, tasks, users } from '@/db/schema';
import { setClock } from '@/lib/clock';
import { MAX_MAIL_ATTEMPTS } from '@/lib/domain/mail-preferences';
import { NOTIFICATION_KINDS, type NotificationKind } from '@/lib/domain/notification-kinds';
import { closeMailTransport } from '@/lib/mail/transport';
import { TEST_NOW } from '@/tests/setup/database';
import { startTestSmtp, type TestSmtp } from '@/tests/smtp';
import { viewerFor } from '@/tests/viewers';
import { runDigest } from './digest';
import { deliverPendingMails, queueMail } from './mail-outbox';
import { saveMailSettings } from './mail-preferences';
import { mailsForNotifications, type NotificationForMail } from './notification-mails';
import { failedMails, mailQueueCounts, retryFailedMail } from './system';

let smtp: TestSmtp;
const env = { ...process.env };

beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = 'Theo doi NQ23 <tracker@example.test>';
  process.env.AUTH_URL = 'https://tracker.example.test/';
});

afterAll(async () => {
  closeMailTransport();
  await smtp.stop();
  process.env = env;
});

beforeEach(async () => {
  setClock(TEST_NOW);
  smtp.refuse = false;
  smtp.received.length = 0;
  await db.execute(sql`UPDATE mail_outbox SET status = 'sent' WHERE status <> 'sent'`);
});

const userId = async (login: string) =>
  (await db.select({ id: users.id }).from(users).where(eq(users.login, login)))[0].id;
const taskId = async (code: string) =>
  (await db.select({ id: tasks.id }).from(tasks).where(eq(tasks.code, code)))[0].id;
const later = (minutes: number) => new Date(new Date(TEST_NOW).getTime() + minutes * 60_000);

async function setEmail(login: string, email: string | null, locale: 'vi' | 'en' = 'vi') {
  await db.update(users).set({ email, mailLocale: locale }).where(eq(users.login, login));
}

async function notify(rows: NotificationForMail[]) {
  return db.transaction((tx) => mailsForNotifications(tx, rows));
}

let seq = 0;
const key = () => `test-${Date.now()}-${++seq}`;

/** Reminders go to the digest unless the user asks for them at once. */
async function chooseImmediate(login: string, kind: 'task_due_soon' | 'task_overdue') {
  await db
    .insert(notificationPreferences)
    .values({ userId: await userId(login), kind, delivery: 'immediate' })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { delivery: 'immediate' },
    });
}

describe('mails of notifications', () => {
  it('sends a Vietnamese mail with the right headers, text and HTML, and a link to the task', async () => {
    await setEmail('hp.danvan', 'danvan@example.test');
    await chooseImmediate('hp.danvan', 'task_due_soon');
    const result = await notify([
      {
        userId: await userId('hp.danvan'),
        kind: 'task_due_soon',
        taskId: await taskId('NV-HP-06'),
        dedupeKey: key(),
      },
    ]);
    expect(result).toMatchObject({ queued: 1 });
    expect(await deliverPendingMails()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const { mail, raw, to } = smtp.received[0];
    expect(to).toEqual(['danvan@example.test']);
    expect(mail.from?.value[0]).toMatchObject({ address: 'tracker@example.test' });
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : null).toBe('danvan@example.test');
    expect(mail.subject).toBe('[NV-HP-06] Nhiệm vụ sắp đến hạn');
    expect(mail.messageId).toMatch(/^<\d+\.notify\..+@tracker\.example\.test>$/);
    expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(mail.text).toContain('Kính gửi');
    expect(mail.text).toContain('https://tracker.example.test/tasks/NV-HP-06');
    expect(mail.text).toContain('Hạn hoàn thành');
    expect(mail.html).toContain('href="https://tracker.example.test/tasks/NV-HP-06"');
    expect(mail.html).toContain('lang="vi"');
  });

  it("writes in the user's language, and escapes what others typed in the HTML", async () => {
    await setEmail('hp.danvan', 'danvan@example.test', 'en');
    await chooseImmediate('hp.danvan', 'task_overdue');
    const id = await taskId('NV-HP-06');
    const [{ title }] = await db.select({ title: tasks.title }).from(tasks).where(eq(tasks.id, id));
    await db.update(tasks).set({ title: '<b>Bold</b> & "quoted"' }).where(eq(tasks.id, id));
    try {
      await notify([
        { userId: await userId('hp.danvan'), kind: 'task_overdue', taskId: id, dedupeKey: key() },
      ]);
      await deliverPendingMails();
    } finally {
      await db.update(tasks).set({ title }).where(eq(tasks.id, id));
      await setEmail('hp.danvan', 'danvan@example.test');
    }
    const { mail } = smtp.received[0];
    expect(mail.subject).toBe('[NV-HP-06] Task overdue');
    expect(mail.text).toContain('Dear');
    expect(mail.html).toContain('&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;quoted&quot;');
    expect(mail.html).not.toContain('<b>Bold</b>');
    expect(mail.html).toContain('lang="en"');
  });

  it('sends nothing when the kind is off, the address is unconfirmed, the account inactive or the record out of reach', async () => {
    const danvan = await userId('hp.danvan');
    await setEmail('hp.danvan', 'danvan@example.test');
    await db
      .insert(notificationPreferences)
      .values({ userId: danvan, kind: 'task_assigned', delivery: 'off' });
    await db
      .update(users)
      .set({ email: null, pendingEmail: 'mttq@example.test' })
      .where(eq(users.login, 'hp.mttq'));
    await setEmail('bnv', 'bnv@example.test');
    await db.update(users).set({ active: false }).where(eq(users.login, 'bnv'));
    const before = await db.select().from(mailOutbox);
    const result = await notify([
      { userId: danvan, kind: 'task_assigned', taskId: await taskId('NV-HP-06'), dedupeKey: key() },
      {
        userId: await userId('hp.mttq'),
        kind: 'task_assigned',
        taskId: await taskId('NV-HP-05'),
        dedupeKey: key(),
      },
      {
        userId: await userId('bnv'),
        kind: 'task_assigned',
        taskId: await taskId('NV-BNV-01'),
        dedupeKey: key(),
      },
      // the Ban Dân vận cannot read the Ministry's task
      { userId: danvan, kind: 'report_returned', taskId: await taskId('NV-BNV-01'), dedupeKey: key() },
    ]);
    await db.update(users).set({ active: true }).where(eq(users.login, 'bnv'));
    expect(result).toEqual({ queued: 0, digest: 0, skipped: 4 });
    expect(await db.select().from(mailOutbox)).toHaveLength(before.length);
    await deliverPendingMails();
    expect(smtp.received).toHaveLength(0);
  });

  it("follows the user's choices saved on /account/notifications", async () => {
    await setEmail('hp.danvan', 'danvan@example.test');
    const viewer = await viewerFor('hp.danvan');
    const row = () => ({
      userId: viewer.id,
      kind: 'extension_granted' as const,
      taskId: 0,
      dedupeKey: key(),
    });
    const id = await taskId('NV-HP-06');
    const deliveries = Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, 'immediate'])) as Record<
      NotificationKind,
      'immediate' | 'off'
    >;
    await saveMailSettings(viewer, {
      locale: 'vi',
      digest: 'daily',
      deliveries: { ...deliveries, extension_granted: 'off' },
    });
    expect(await notify([{ ...row(), taskId: id }])).toMatchObject({ queued: 0, skipped: 1 });
    await saveMailSettings(viewer, { locale: 'en', digest: 'daily', deliveries });
    expect(await notify([{ ...row(), taskId: id }])).toMatchObject({ queued: 1 });
    await deliverPendingMails();
    expect(smtp.received.map((r) => r.mail.subject)).toEqual(['[NV-HP-06] Deadline extended']);
    await setEmail('hp.danvan', 'danvan@example.test');
  });

  it('queues nothing without SMTP_URL, and nothing when the change rolls back', async () => {
    await setEmail('hp.danvan', 'danvan@example.test');
    const before = (await db.select().from(mailOutbox)).length;
    const row = {
      userId: await userId('hp.danvan'),
      kind: 'task_due_soon' as const,
      taskId: await taskId('NV-HP-06'),
    };
    process.env.SMTP_URL = '';
    try {
      expect(await notify([{ ...row, dedupeKey: key() }])).toMatchObject({ queued: 0 });
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
    await expect(
      db.transaction(async (tx) => {
        await mailsForNotifications(tx, [{ ...row, dedupeKey: key() }]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.select().from(mailOutbox)).toHaveLength(before);
  });

  it('sends nothing to an account deactivated after its mail was queued', async () => {
    await setEmail('hp.mttq', 'mttq@example.test');
    await chooseImmediate('hp.mttq', 'task_due_soon');
    const mttq = await userId('hp.mttq');
    expect(
      await notify([
        { userId: mttq, kind: 'task_due_soon', taskId: await taskId('NV-HP-05'), dedupeKey: key() },
      ]),
    ).toMatchObject({ queued: 1 });
    await db.update(users).set({ active: false }).where(eq(users.id, mttq));
    try {
      expect(await deliverPendingMails()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.id, mttq));
      await setEmail('hp.mttq', null);
    }
    expect(smtp.received).toHaveLength(0);
    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.userId, mttq));
    expect(row).toMatchObject({ status: 'failed', lastError: 'account inactive' });
  });

  it('queues one mail per key however often it is asked', async () => {
    await setEmail('hp.danvan', 'danvan@example.test');
    const row = {
      userId: await userId('hp.danvan'),
      kind: 'task_due_soon' as const,
      taskId: await taskId('NV-HP-06'),
      dedupeKey: key(),
    };
    await Promise.all([notify([row]), notify([row])]);
    await notify([row]);
    await Promise.all([deliverPendingMails(), deliverPendingMails()]);
    expect(smtp.received).toHaveLength(1);
  });
});

describe('delivery', () => {
  async function queueSome(n: number) {
    const keys: string[] = [];
    await db.transaction(async (tx) => {
      for (let i = 0; i < n; i++) {
        const k = key();
        keys.push(k);
        await queueMail(tx, {
          userId: null,
          address: `person${i}@example.test`,
          locale: 'vi',
          subject: `Thư ${k}`,
          text: 'x',
          html: '<p>x</p>',
          key: k,
        });
      }
    });
    return keys;
  }
  const subjects = () => smtp.received.map((r) => r.mail.subject).sort();

  it('keeps refused mails and delivers each exactly once when the server accepts again, with runs in parallel', async () => {
    const keys = await queueSome(12);
    smtp.refuse = true;
    expect(await deliverPendingMails({ batch: 5 })).toEqual({ sent: 0, retrying: 12, failed: 0 });
    expect(smtp.received).toHaveLength(0);
    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.idempotencyKey, keys[0]));
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.lastError).toContain('451');

    smtp.refuse = false;
    // not due yet: the back-off holds them
    expect(await deliverPendingMails()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    const runs = await Promise.all([
      deliverPendingMails({ at: later(5), batch: 3 }),
      deliverPendingMails({ at: later(5), batch: 3 }),
      deliverPendingMails({ at: later(5), batch: 3 }),
    ]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(12);
    expect(subjects()).toEqual(keys.map((k) => `Thư ${k}`).sort());
    expect(await deliverPendingMails({ at: later(60) })).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(12);
  });

  it('keeps mails while the server is down and sends them once it is back', async () => {
    const keys = await queueSome(4);
    await smtp.stop();
    try {
      expect(await deliverPendingMails()).toEqual({ sent: 0, retrying: 4, failed: 0 });
    } finally {
      await smtp.start();
    }
    const [first, second] = await Promise.all([
      deliverPendingMails({ at: later(2) }),
      deliverPendingMails({ at: later(2) }),
    ]);
    expect(first.sent + second.sent).toBe(4);
    expect(subjects()).toEqual(keys.map((k) => `Thư ${k}`).sort());
  });

  it('gives up after the last attempt, shows the mail to a national admin, who can retry it', async () => {
    const [k] = await queueSome(1);
    smtp.refuse = true;
    let at = new Date(TEST_NOW);
    for (let i = 0; i < MAX_MAIL_ATTEMPTS; i++) {
      await deliverPendingMails({ at });
      at = new Date(at.getTime() + 7 * 3_600_000);
    }
    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.idempotencyKey, k));
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_MAIL_ATTEMPTS });

    const admin = await viewerFor('quantri');
    expect(await mailQueueCounts(admin)).toMatchObject({ failed: 1, pending: 0 });
    const failed = await failedMails(admin);
    expect(failed?.map((m) => m.id)).toEqual([row.id]);
    // a coordinator and a leader read nothing and cannot retry
    for (const login of ['dieuphoi', 'lanhdao', 'hp.danvan']) {
      const viewer = await viewerFor(login);
      expect(await failedMails(viewer)).toBeNull();
      expect(await retryFailedMail(viewer, row.id)).toEqual({ ok: false, reason: 'not_found' });
    }
    smtp.refuse = false;
    expect(await retryFailedMail(admin, row.id)).toEqual({ ok: true });
    expect(await retryFailedMail(admin, row.id)).toEqual({ ok: false, reason: 'not_found' });
    expect(await deliverPendingMails()).toMatchObject({ sent: 1 });
    expect(smtp.received.map((r) => r.mail.subject)).toEqual([`Thư ${k}`]);
    const [{ n }] = await selectRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM events WHERE action = 'mail.retried' AND entity_id = ${row.id}`,
    );
    expect(n).toBe(1);
  });
});

describe('digest', () => {
  it("gathers digest notifications into one mail a day, and a leader's digest tells their scope's figures", async () => {
    await setEmail('hp.danvan', 'danvan@example.test');
    await setEmail('hp.lanhdao', 'lanhdao@example.test');
    const danvan = await userId('hp.danvan');
    await db
      .insert(notificationPreferences)
      .values({ userId: danvan, kind: 'task_due_soon', delivery: 'digest' })
      .onConflictDoUpdate({
        target: [notificationPreferences.userId, notificationPreferences.kind],
        set: { delivery: 'digest' },
      });
    const result = await notify([
      { userId: danvan, kind: 'task_due_soon', taskId: await taskId('NV-HP-06'), dedupeKey: key() },
      { userId: danvan, kind: 'task_due_soon', taskId: await taskId('NV-HP-01'), dedupeKey: key() },
    ]);
    expect(result).toMatchObject({ queued: 0, digest: 2 });
    await deliverPendingMails();
    expect(smtp.received).toHaveLength(0);

    const day = '2026-11-15';
    const [first, again] = [await runDigest('daily', day), await runDigest('daily', day)];
    expect(first.queued).toBeGreaterThanOrEqual(2);
    expect(again.queued).toBe(0);
    await deliverPendingMails();
    const toDanvan = smtp.received.filter((r) => r.to.includes('danvan@example.test'));
    expect(toDanvan).toHaveLength(1);
    expect(toDanvan[0].mail.text).toContain('NV-HP-06');
    expect(toDanvan[0].mail.text).toContain('NV-HP-01');
    expect(toDanvan[0].mail.subject).toBe('Tình hình thực hiện ngày 15/11/2026');
    const toLeader = smtp.received.filter((r) => r.to.includes('lanhdao@example.test'));
    expect(toLeader).toHaveLength(1);
    expect(toLeader[0].mail.text).toContain('Thành ủy Hải Phòng');
    expect(toLeader[0].mail.text).toMatch(/Kiến nghị quá hạn trả lời: \d+/);
    expect(await db.select().from(mailDigestItems).where(eq(mailDigestItems.userId, danvan))).toSatisfy(
      (rows: { digestedOn: string | null }[]) => rows.every((r) => r.digestedOn === day),
    );
  });
});
