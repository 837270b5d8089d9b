import { runDailyReminders } from '@/db/queries/reminders';
import { today } from '@/lib/clock';
import type { Schedule } from './registry';

/** The day's reminders, just after midnight in Vietnam (and at server start: instrumentation.ts). */
export const dailyReminders: Schedule = {
  name: 'daily-reminders',
  cron: '5 0 * * *',
  run: () => runDailyReminders(today()),
};
