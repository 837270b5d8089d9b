import 'server-only';
import { sql } from 'drizzle-orm';
import { expiryClock } from '@/lib/clock';
import { MAX_MAIL_ATTEMPTS, type MailLocale, retryDelayMs } from '@/lib/domain/mail-preferences';
import { logger } from '@/lib/logger';
import { mailEnabled, messageIdOf, sendMail } from '@/lib/mail/transport';
import { db, type Executor, selectRows } from '../index';
import { mailOutbox } from '../schema';

export type QueuedMail = {
  userId: number | null;
  address: string;
  locale: MailLocale;
  subject: string;
  text: string;
  html: string;
  /** one mail per key, ever: queueing it again is a no-op */
  key: string;
  /** it carries a secret (an e-mail confirmation link): its text is emptied once it is sent */
  secret?: boolean;
};

/** The key of a mail that carries a secret starts with this (the outbox has no other mark of it). */
const SECRET_KEY = 'secret:';

/**
 * Writes a mail in the caller's transaction (the outbox): sent only if that transaction commits.
 * Without SMTP_URL nothing is queued. True when a row was written (false: no mail, or already queued).
 */
export async function queueMail(tx: Executor, mail: QueuedMail): Promise<boolean> {
  if (!mailEnabled()) return false;
  const at = expiryClock();
  const rows = await tx
    .insert(mailOutbox)
    .values({
      userId: mail.userId,
      address: mail.address,
      locale: mail.locale,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      idempotencyKey: mail.secret ? `${SECRET_KEY}${mail.key}` : mail.key,
      nextAttemptAt: at,
      createdAt: at,
    })
    .onConflictDoNothing({ target: mailOutbox.idempotencyKey })
    .returning({ id: mailOutbox.id });
  return rows.length > 0;
}

/** A claimed mail is left alone this long: a sender that died while sending is retried after it. */
const LEASE_MS = 10 * 60_000;

type Claimed = {
  id: number;
  address: string;
  subject: string;
  text: string;
  html: string;
  idempotency_key: string;
  attempts: number;
};

export type DeliveryRun = { sent: number; retrying: number; failed: number };

/**
 * Sends the mails that are due, a small batch at a time. Each batch is claimed by one statement
 * (FOR UPDATE SKIP LOCKED, and the claim moves the row's next attempt past a lease), so that
 * runs in parallel — several instances, or two jobs — never take the same mail. A mail the
 * server refuses, or a server that is down, puts it back with a longer wait; after
 * MAX_MAIL_ATTEMPTS it is marked failed, never deleted (an admin can retry it).
 */
export async function deliverPendingMails(
  options: { at?: Date; batch?: number; maxBatches?: number } = {},
): Promise<DeliveryRun> {
  const run: DeliveryRun = { sent: 0, retrying: 0, failed: 0 };
  if (!mailEnabled()) return run;
  const at = options.at ?? expiryClock();
  const batch = options.batch ?? 10;
  // An account deactivated since its mail was queued gets nothing more: the mail is kept, failed.
  await db.execute(
    sql`UPDATE mail_outbox SET status = 'failed', last_error = 'account inactive'
      WHERE status = 'pending' AND user_id IN (SELECT id FROM users WHERE NOT active)`,
  );
  for (let round = 0; round < (options.maxBatches ?? 50); round++) {
    const claimed = await selectRows<Claimed>(
      db,
      sql`UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ${new Date(at.getTime() + LEASE_MS).toISOString()}
        WHERE id IN (SELECT id FROM mail_outbox
          WHERE status = 'pending' AND next_attempt_at <= ${at.toISOString()}
          ORDER BY next_attempt_at, id LIMIT ${batch} FOR UPDATE SKIP LOCKED)
        RETURNING id, address, subject, text, html, idempotency_key, attempts`,
    );
    for (const mail of claimed) {
      try {
        await sendMail({
          to: mail.address,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: messageIdOf(mail.idempotency_key, Number(mail.id)),
        });
        // A secret's link now lives in the recipient's mailbox only, not in a copy of the database.
        const secret = sql`idempotency_key LIKE ${`${SECRET_KEY}%`}`;
        await db.execute(
          sql`UPDATE mail_outbox SET status = 'sent', sent_at = ${at.toISOString()}, last_error = NULL,
            text = CASE WHEN ${secret} THEN '' ELSE text END, html = CASE WHEN ${secret} THEN '' ELSE html END
            WHERE id = ${mail.id}`,
        );
        run.sent++;
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        const giveUp = mail.attempts >= MAX_MAIL_ATTEMPTS;
        await db.execute(
          sql`UPDATE mail_outbox SET last_error = ${message},
            status = ${giveUp ? 'failed' : 'pending'},
            next_attempt_at = ${new Date(at.getTime() + retryDelayMs(mail.attempts)).toISOString()}
            WHERE id = ${mail.id}`,
        );
        logger.warn(
          { mail: Number(mail.id), attempts: mail.attempts, giveUp, err: message },
          'mail not sent',
        );
        if (giveUp) run.failed++;
        else run.retrying++;
      }
    }
    if (claimed.length < batch) break;
  }
  return run;
}
