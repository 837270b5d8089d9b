import { dayOf, TIME_ZONE } from '@/lib/clock';
import { formatDate } from '@/lib/format';

const hourMinute = new Intl.DateTimeFormat('vi-VN', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as people here read it, in Vietnam time whatever the language: 15/11/2026 10:05. */
export function formatDateTime(at: Date): string {
  return `${formatDate(dayOf(at))} ${hourMinute.format(at)}`;
}
