import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, selectRows } from '@/db/index';
import { mailOutbox, users } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/data';
import { setClock } from '@/lib/clock';
import { closeMailTransport } from '@/lib/mail/transport';
import { TEST_NOW } from '@/tests/setup/database';
import { startTestSmtp, type TestSmtp } from '@/tests/smtp';
import { viewerFor } from '@/tests/viewers';
import { confirmEmail, requestEmailChange } from './email-address';
import { deliverPendingMails } from './mail-outbox';
import { adminCreateUser, adminSetEmail } from './user-admin';

let smtp: TestSmtp;
const env = { ...process.env };
const meta = { address: '203.0.113.7' };

beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.AUTH_URL = 'https://tracker.example.test';
});

afterAll(async () => {
  closeMailTransport();
  await smtp.stop();
  process.env = env;
});

beforeEach(() => {
  setClock(TEST_NOW);
  smtp.received.length = 0;
});

const row = async (login: string) => (await db.select().from(users).where(eq(users.login, login)))[0];
const userEvents = async (login: string, action: string) => {
  const [{ n }] = await selectRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM events e JOIN users u ON u.id = e.entity_id
      WHERE e.entity_type = 'user' AND u.login = ${login} AND e.action = ${action}`,
  );
  return n;
};

/** The token of the confirmation link in the last mail received. */
function tokenOfLastMail(): string {
  const text = smtp.received.at(-1)?.mail.text ?? '';
  const match = text.match(
    /https:\/\/tracker\.example\.test\/account\/email\/confirm\?token=([A-Za-z0-9_-]+)/,
  );
  if (!match) throw new Error(`no confirmation link in: ${text}`);
  return match[1];
}

describe("a user's e-mail address", () => {
  it('needs the password: a wrong one changes nothing, sends nothing and is counted', async () => {
    const viewer = await viewerFor('hp.mttq');
    const before = await row('hp.mttq');
    const outbox = (await db.select().from(mailOutbox)).length;
    expect(
      await requestEmailChange(viewer, { password: 'wrong-password', email: 'mttq@example.test' }, meta),
    ).toEqual({ ok: false, reason: 'wrong_password' });
    const after = await row('hp.mttq');
    expect(after).toMatchObject({ email: before.email, pendingEmail: before.pendingEmail });
    expect(after.failedLoginCount).toBe(before.failedLoginCount + 1);
    expect(await db.select().from(mailOutbox)).toHaveLength(outbox);
    expect(await userEvents('hp.mttq', 'user.email_change_failed')).toBe(1);
  });

  it('is confirmed by the link mailed to the new address, by that user only, once, before it expires', async () => {
    const viewer = await viewerFor('hp.danvan');
    await db.update(users).set({ email: 'old@example.test' }).where(eq(users.login, 'hp.danvan'));
    expect(
      await requestEmailChange(viewer, { password: DEMO_PASSWORD, email: 'new@example.test' }, meta),
    ).toEqual({ ok: true });
    const pending = await row('hp.danvan');
    expect(pending).toMatchObject({ email: 'old@example.test', pendingEmail: 'new@example.test' });
    expect(pending.pendingEmailTokenHash).toMatch(/^[0-9a-f]{64}$/);

    expect(await deliverPendingMails()).toMatchObject({ sent: 1 });
    expect(smtp.received[0].to).toEqual(['new@example.test']);
    expect(smtp.received[0].mail.subject).toBe('Xác nhận địa chỉ thư điện tử');
    const token = tokenOfLastMail();
    expect(pending.pendingEmailTokenHash).not.toContain(token);
    // once sent, the outbox keeps no copy of the link
    const [sent] = await db.select().from(mailOutbox).where(eq(mailOutbox.address, 'new@example.test'));
    expect(sent).toMatchObject({ status: 'sent', text: '', html: '' });
    expect(JSON.stringify(await db.select().from(mailOutbox))).not.toContain(token);

    // another account cannot use it, nor a wrong token
    expect(await confirmEmail(await viewerFor('hp.mttq'), token)).toEqual({
      ok: false,
      reason: 'invalid_token',
    });
    expect(await confirmEmail(viewer, `${token}x`)).toEqual({ ok: false, reason: 'invalid_token' });
    expect((await row('hp.danvan')).email).toBe('old@example.test');

    expect(await confirmEmail(viewer, token)).toEqual({ ok: true });
    expect(await row('hp.danvan')).toMatchObject({
      email: 'new@example.test',
      pendingEmail: null,
      pendingEmailTokenHash: null,
    });
    expect(await confirmEmail(viewer, token)).toEqual({ ok: false, reason: 'invalid_token' });
    expect(await userEvents('hp.danvan', 'user.email_confirmed')).toBe(1);
  });

  it('refuses an expired link', async () => {
    const viewer = await viewerFor('hp.dieuphoi');
    expect(
      await requestEmailChange(viewer, { password: DEMO_PASSWORD, email: 'dp@example.test' }, meta),
    ).toEqual({ ok: true });
    await deliverPendingMails();
    const token = tokenOfLastMail();
    setClock(new Date(new Date(TEST_NOW).getTime() + 25 * 3_600_000));
    expect(await confirmEmail(viewer, token)).toEqual({ ok: false, reason: 'invalid_token' });
    expect((await row('hp.dieuphoi')).email).toBeNull();
  });

  it('cannot be asked for without SMTP_URL', async () => {
    process.env.SMTP_URL = '';
    try {
      expect(
        await requestEmailChange(
          await viewerFor('bnv'),
          { password: DEMO_PASSWORD, email: 'b@example.test' },
          meta,
        ),
      ).toEqual({ ok: false, reason: 'mail_disabled' });
    } finally {
      process.env.SMTP_URL = smtp.url;
    }
    expect((await row('bnv')).pendingEmail).toBeNull();
  });

  it('is set directly by an admin of the account, who counts it confirmed; not by one out of scope', async () => {
    const quantri = await viewerFor('quantri');
    await adminCreateUser(quantri, {
      login: 'hp.quantri.mail',
      displayName: 'Quản trị Hải Phòng',
      role: 'admin',
      organization: 'HP-VPTU',
      scope: 'P31',
      password: 'Bien-Do-Son-2026',
    });
    const provinceAdmin = await viewerFor('hp.quantri.mail');
    expect(await adminSetEmail(provinceAdmin, 'bnv', 'bnv@example.test')).toEqual({
      ok: false,
      reason: 'not_found',
    });
    expect((await row('bnv')).email).toBeNull();
    expect(await adminSetEmail(provinceAdmin, 'hp.mttq', 'mttq@example.test')).toEqual({ ok: true });
    expect((await row('hp.mttq')).email).toBe('mttq@example.test');
    expect(await adminSetEmail(quantri, 'hp.mttq', null)).toEqual({ ok: true });
    expect((await row('hp.mttq')).email).toBeNull();
    const [{ n }] = await selectRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM events WHERE action IN ('user.email_set', 'user.email_removed') AND entity_code = 'hp.mttq'`,
    );
    expect(n).toBe(2);
  });
});
