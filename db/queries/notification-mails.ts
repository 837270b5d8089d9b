import 'server-only';
import { expiryClock } from '@/lib/clock';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { notificationMail } from '@/lib/mail/templates';
import { mailEnabled } from '@/lib/mail/transport';
import type { Executor } from '../index';
import { mailDigestItems } from '../schema';
import { queueMail } from './mail-outbox';
import { deliveryOf } from './mail-preferences';
import { mailRecipient } from './mail-recipients';
import { mailRecord } from './mail-records';

/** One in-app notification as its mail needs it: who, what kind, about which record. */
export type NotificationForMail = {
  userId: number;
  kind: NotificationKind;
  taskId?: number | null;
  recommendationId?: number | null;
  /** the notification's own once-only key (recipient, record, kind, day…) */
  dedupeKey: string;
  /** why (a refused extension's reason), told in the mail as in the application */
  reason?: string | null;
  /** the date an extension request asked for, a fact of its mails */
  requestedDueOn?: string | null;
};

export type NotificationMailResult = { queued: number; digest: number; skipped: number };

/**
 * The mails of notifications just written, in the same transaction (the outbox): per recipient,
 * as they chose for the kind — a mail now, a line in tomorrow's digest, or nothing. Nothing goes
 * to an inactive account, to an address not confirmed, or about a record the recipient cannot
 * read. Without SMTP_URL nothing is written. Calling it twice with the same rows is harmless.
 */
export async function mailsForNotifications(
  tx: Executor,
  rows: readonly NotificationForMail[],
): Promise<NotificationMailResult> {
  const result: NotificationMailResult = { queued: 0, digest: 0, skipped: 0 };
  if (!mailEnabled()) {
    result.skipped = rows.length;
    return result;
  }
  // A reminder run writes tens of thousands of rows for a few thousand users: each user's address
  // and choices are read once per call.
  const recipients = new Map<number, Awaited<ReturnType<typeof mailRecipient>>>();
  const deliveries = new Map<string, Awaited<ReturnType<typeof deliveryOf>>>();
  for (const row of rows) {
    if (!recipients.has(row.userId)) recipients.set(row.userId, await mailRecipient(tx, row.userId));
    const recipient = recipients.get(row.userId);
    const choice = `${row.userId}:${row.kind}`;
    if (recipient?.email && !deliveries.has(choice)) {
      deliveries.set(choice, await deliveryOf(tx, row.userId, row.kind));
    }
    const delivery = recipient?.email ? (deliveries.get(choice) ?? 'off') : 'off';
    if (!recipient?.email || delivery === 'off') {
      result.skipped++;
      continue;
    }
    if (delivery === 'digest') {
      await tx
        .insert(mailDigestItems)
        .values({
          userId: row.userId,
          kind: row.kind,
          taskId: row.taskId ?? null,
          recommendationId: row.recommendationId ?? null,
          dedupeKey: row.dedupeKey,
          createdAt: expiryClock(),
        })
        .onConflictDoNothing();
      result.digest++;
      continue;
    }
    // a mail now tells only what the recipient can read (the digest checks again when it is sent)
    const record = await mailRecord(tx, recipient.viewer, recipient.locale, row);
    if (!record) {
      result.skipped++;
      continue;
    }
    const mail = notificationMail(
      recipient.locale,
      row.kind,
      record,
      recipient.viewer.name,
      row.reason,
      row.requestedDueOn,
    );
    const queued = await queueMail(tx, {
      userId: row.userId,
      address: recipient.email,
      locale: recipient.locale,
      ...mail,
      key: `notify:${row.userId}:${row.dedupeKey}`,
    });
    if (queued) result.queued++;
    else result.skipped++;
  }
  return result;
}
