import type { NotificationKind } from './notification-kinds';

/** How the e-mail of one notification kind goes to a user; in-app notifications are always on. */
export const MAIL_DELIVERIES = ['immediate', 'digest', 'off'] as const;
export type MailDelivery = (typeof MAIL_DELIVERIES)[number];

/**
 * Without a choice of their own, a user gets each mail at once — but the daily reminders (one per
 * task or recommendation due or overdue) come gathered in the daily digest, never one mail each.
 */
export function defaultDelivery(kind: NotificationKind): MailDelivery {
  return REMINDER_KINDS.includes(kind) ? 'digest' : 'immediate';
}

const REMINDER_KINDS: readonly NotificationKind[] = [
  'task_due_soon',
  'task_overdue',
  'reply_due_soon',
  'reply_overdue',
];

/** Leaders' digest of their scope. */
export const DIGEST_FREQUENCIES = ['daily', 'weekly', 'off'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

export const MAIL_LOCALES = ['vi', 'en'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

/** Attempts before a mail is marked failed (an admin may retry it). */
export const MAX_MAIL_ATTEMPTS = 8;

/**
 * The wait before the next attempt after `attempts` failed ones: 1, 2, 4 … minutes, at most
 * six hours, so that a server down for a night is retried without hammering it.
 */
export function retryDelayMs(attempts: number): number {
  const minutes = 2 ** Math.max(0, attempts - 1);
  return Math.min(minutes, 360) * 60_000;
}
