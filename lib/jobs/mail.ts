import { runDigest } from '@/db/queries/digest';
import { deliverPendingMails } from '@/db/queries/mail-outbox';
import { today } from '@/lib/clock';

/**
 * The mail side's schedules (issue 15), in the shape of lib/jobs' registry (name, cron in
 * Asia/Ho_Chi_Minh, run): sending the outbox every minute, and the digests in the morning.
 * Each is idempotent: a mail is claimed by one run only, a digest is one per user and day.
 */
export const mailDelivery = {
  name: 'mail-delivery',
  cron: '* * * * *',
  run: () => deliverPendingMails(),
};

export const dailyDigest = {
  name: 'daily-digest',
  cron: '0 7 * * *',
  run: () => runDigest('daily', today()),
};

export const weeklyDigest = {
  name: 'weekly-digest',
  cron: '0 7 * * 1',
  run: () => runDigest('weekly', today()),
};
