import { dailyDigest, mailDelivery, weeklyDigest } from './mail';
import { dailyReminders } from './reminders';
import { webhookDelivery } from './webhooks';

/**
 * Every scheduled job of the application, in one place: a name (its pg-boss queue), a cron
 * in Asia/Ho_Chi_Minh and what it does. Each run happens once however many instances run
 * (pg-boss's cron takes one job per minute slot), and each must be idempotent (a key in the
 * database): a job retried after a crash does no harm.
 */
export type Schedule = {
  name: string;
  cron: string;
  run: () => Promise<unknown>;
};

export const SCHEDULES: readonly Schedule[] = [
  dailyReminders,
  mailDelivery,
  dailyDigest,
  weeklyDigest,
  webhookDelivery,
];
