import type { FigureView } from '@/lib/figure-filters';
import { formatDate } from '@/lib/format';

/**
 * The filters of an export, in words, for its title rows and its event. The compare day only when
 * the table `compares` (has comparison columns): no other export compares.
 */
export function describeFilters(view: FigureView, t: (key: string) => string, compares = false): string {
  const parts = [
    view.review ? `${t('dashboard.review')}: ${view.review}` : null,
    view.org ? `${t('dashboard.province')}: ${view.org}` : null,
    // the top of each cascade goes without saying; every level is said
    view.level === 'all' ? `${t('cascade.level')}: ${t('cascade.levels.all')}` : null,
    compares && view.compare ? `${t('reports.meta.compare')}: ${formatDate(view.compare)}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : t('reports.meta.none');
}

export function exportTimestamp(instant: Date): string {
  const day = instant.toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
  const time = instant.toLocaleTimeString('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${time} ${formatDate(day)}`;
}
