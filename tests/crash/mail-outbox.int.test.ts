import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db/index';
import { deliverPendingMails, queueMail } from '@/db/queries/mail-outbox';
import { mailOutbox } from '@/db/schema';
import { startTestSmtp, type TestSmtp } from '@/tests/smtp';

// The embedded database is one process: a second process cannot use it, so this runs on PostgreSQL.
describe.runIf(process.env.TEST_DRIVER === 'postgres')('a mail sender killed in the middle of a send', () => {
  let smtp: TestSmtp;
  const saved = process.env.SMTP_URL;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    process.env.SMTP_URL = smtp.url;
  });
  afterAll(async () => {
    process.env.SMTP_URL = saved;
    await smtp.stop();
  });

  it('loses nothing: the committed mail is sent once by the next sender after the lease', async () => {
    const key = `crash-${Date.now()}`;
    await db.transaction((tx) =>
      queueMail(tx, {
        userId: null,
        address: 'can.bo@example.vn',
        locale: 'vi',
        subject: 'Nhắc việc NV-HP-08',
        text: 'NV-HP-08',
        html: '<p>NV-HP-08</p>',
        key,
      }),
    );
    smtp.hold = true;
    const child = spawn(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'tests/crash/mail-worker.ts'],
      {
        env: { ...process.env, CRASH_DATABASE_URL: process.env.TEST_FILE_DATABASE_URL, SMTP_URL: smtp.url },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const exited = once(child, 'exit');
    // killed once the server holds the mail's data: the sender is inside its send
    for (const started = Date.now(); smtp.held === 0; ) {
      if (Date.now() - started > 60_000) throw new Error(`the sender never reached the server: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    child.kill('SIGKILL');
    await exited;
    expect(output).not.toContain('returned');
    smtp.hold = false;

    const [claimed] = await db.select().from(mailOutbox).where(eq(mailOutbox.idempotencyKey, key));
    expect(claimed).toMatchObject({ status: 'pending', attempts: 1 });
    // within the lease nobody sends it again…
    expect((await deliverPendingMails()).sent).toBe(0);
    // …after it, the next sender does, once
    const later = new Date(claimed.nextAttemptAt.getTime() + 1000);
    expect((await deliverPendingMails({ at: later })).sent).toBe(1);
    expect((await deliverPendingMails({ at: new Date(later.getTime() + 3_600_000) })).sent).toBe(0);
    const [sent] = await db.select().from(mailOutbox).where(eq(mailOutbox.idempotencyKey, key));
    expect(sent.status).toBe('sent');
    expect(smtp.received.filter((m) => m.mail.subject === 'Nhắc việc NV-HP-08')).toHaveLength(1);
  }, 120_000);
});
