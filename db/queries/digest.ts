import 'server-only';
import { and, asc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { addDays } from '@/lib/clock';
import type { MailLocale } from '@/lib/domain/mail-preferences';
import type { NotificationKind } from '@/lib/domain/notification-kinds';
import { type DigestFigures, type DigestItem, digestMail } from '@/lib/mail/templates';
import { mailEnabled } from '@/lib/mail/transport';
import { db, selectRows } from '../index';
import { mailDigestItems, mailOutbox, users } from '../schema';
import { taskHeadline } from './dashboard';
import { recommendationHeadline } from './dashboard-recommendations';
import { tasksAsOf } from './dashboard-scope';
import { queueMail } from './mail-outbox';
import { mailRecipient } from './mail-recipients';
import { mailRecord } from './mail-records';
import type { Viewer } from './viewer';

export type DigestKind = 'daily' | 'weekly';
export type DigestRun = { queued: number; skipped: number };

/** Items of a digest, at most: the rest wait for the next one. */
const ITEMS_MAX = 50;

/**
 * A leader's figures of their scope with the dashboard's own functions: the deadline classes at
 * the end of `today` and at the end of the period's first day, the tasks that became overdue in
 * between, and the recommendations whose reply is overdue.
 */
async function scopeFigures(viewer: Viewer, locale: MailLocale, kind: DigestKind, today: string) {
  const since = addDays(today, kind === 'daily' ? -1 : -7);
  const [now, before, replies] = await Promise.all([
    taskHeadline(viewer, { asOf: today }),
    taskHeadline(viewer, { asOf: since }),
    recommendationHeadline(viewer, { asOf: today }),
  ]);
  const [overdue] = await selectRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM ${tasksAsOf(viewer, { asOf: today })} a
      WHERE a.status NOT IN ('completed', 'cancelled') AND a.due_on >= ${since}::date AND a.due_on < ${today}::date`,
  );
  const figures: DigestFigures = {
    scope: locale === 'en' ? (viewer.scope.nameEn ?? viewer.scope.nameVi) : viewer.scope.nameVi,
    now: {
      completed_on_time: now.completed_on_time,
      completed_late: now.completed_late,
      in_progress_on_time: now.in_progress_on_time,
      overdue: now.overdue,
    },
    before: {
      completed_on_time: before.completed_on_time,
      completed_late: before.completed_late,
      in_progress_on_time: before.in_progress_on_time,
      overdue: before.overdue,
    },
    newlyOverdue: overdue.n,
    repliesOverdue: replies.replyOverdue,
  };
  const changed = Object.keys(figures.now).some(
    (cls) => figures.now[cls as keyof typeof figures.now] !== figures.before[cls as keyof typeof figures.now],
  );
  return changed || figures.newlyOverdue > 0 || figures.repliesOverdue > 0 ? figures : null;
}

/**
 * One digest mail per user and day (key `digest:<kind>:<user>:<day>`): leaders whose digest is
 * of this kind get their scope's figures; on the daily run, every user with notifications kept
 * for the digest gets them listed. Never one mail per event. Running it again the same day
 * queues nothing more; a user with nothing to tell gets no mail.
 */
export async function runDigest(kind: DigestKind, today: string): Promise<DigestRun> {
  const run: DigestRun = { queued: 0, skipped: 0 };
  if (!mailEnabled()) return run;
  const withItems = db
    .select({ id: mailDigestItems.userId })
    .from(mailDigestItems)
    .where(and(eq(mailDigestItems.userId, users.id), isNull(mailDigestItems.digestedOn)));
  const recipients = await db
    .select({ id: users.id, role: users.role, digest: users.digest })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        isNotNull(users.email),
        or(
          and(eq(users.role, 'leader'), eq(users.digest, kind)),
          kind === 'daily' ? sql`EXISTS (${withItems})` : sql`FALSE`,
        ),
      ),
    )
    .orderBy(asc(users.id));
  for (const user of recipients) {
    const key = `digest:${kind}:${user.id}:${today}`;
    const [done] = await db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(eq(mailOutbox.idempotencyKey, key));
    const recipient = done ? null : await mailRecipient(db, user.id);
    if (!recipient?.email) {
      run.skipped++;
      continue;
    }
    const figures =
      user.role === 'leader' && user.digest === kind
        ? await scopeFigures(recipient.viewer, recipient.locale, kind, today)
        : null;
    const queued = await db.transaction(async (tx) => {
      const pending =
        kind === 'daily'
          ? await tx
              .select({
                id: mailDigestItems.id,
                kind: mailDigestItems.kind,
                taskId: mailDigestItems.taskId,
                recommendationId: mailDigestItems.recommendationId,
              })
              .from(mailDigestItems)
              .where(and(eq(mailDigestItems.userId, user.id), isNull(mailDigestItems.digestedOn)))
              .orderBy(asc(mailDigestItems.id))
              .limit(ITEMS_MAX)
          : [];
      const items: DigestItem[] = [];
      for (const item of pending) {
        const record = await mailRecord(tx, recipient.viewer, recipient.locale, item);
        if (record) items.push({ kind: item.kind as NotificationKind, record });
      }
      const written =
        (figures !== null || items.length > 0) &&
        (await queueMail(tx, {
          userId: user.id,
          address: recipient.email as string,
          locale: recipient.locale,
          ...digestMail(recipient.locale, {
            name: recipient.viewer.name,
            frequency: kind,
            day: today,
            figures,
            items,
          }),
          key,
        }));
      // Listed, or no longer readable by the recipient: either way, not kept for another digest.
      if ((written || !items.length) && pending.length) {
        await tx
          .update(mailDigestItems)
          .set({ digestedOn: today })
          .where(
            inArray(
              mailDigestItems.id,
              pending.map((item) => item.id),
            ),
          );
      }
      return written;
    });
    if (queued) run.queued++;
    else run.skipped++;
  }
  return run;
}
