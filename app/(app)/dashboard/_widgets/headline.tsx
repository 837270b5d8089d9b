import { getLocale, getTranslations } from 'next-intl/server';
import { CLASS_COLORS } from '@/components/dashboard/class-colors';
import { CompareControl } from '@/components/dashboard/compare-control';
import { StatCard } from '@/components/dashboard/stat-card';
import { headlineSince } from '@/db/queries/headline';
import type { Viewer } from '@/db/queries/viewer';
import { type ReadSource, readFrom } from '@/db/read-database';
import type { HeadlineNumbers } from '@/lib/domain/compare';
import { type FigureView, recommendationDrillDown } from '@/lib/figure-filters';
import { formatDate, formatNumber, formatPercent, formatSigned } from '@/lib/format';
import { type SearchParams, toQueryString } from '@/lib/validations/filters';

export async function HeadlineWidget({
  viewer,
  view,
  source,
  query,
}: {
  viewer: Viewer;
  view: FigureView;
  source: ReadSource;
  /** the page's own parameters, kept by the compare choices (no choices without them) */
  query?: SearchParams;
}) {
  const [t, locale, headline] = await Promise.all([
    getTranslations('dashboard'),
    getLocale(),
    readFrom(source, () => headlineSince(viewer, view)),
  ]);
  const { tasks, numbers: r, since } = headline;
  const n = (v: number) => formatNumber(v, locale);
  const pct = (v: number | null) => (v === null ? t('none') : formatPercent(v, locale));
  /** "+12 hoàn thành so với 01/10/2026"; rates change in percentage points */
  const sinceOf = (key: keyof HeadlineNumbers) => {
    const change = since?.change[key];
    if (!since || change === null || change === undefined) return undefined;
    const isRate = key.endsWith('Rate');
    const amount = isRate ? Math.round(change * 1000) / 10 : change;
    const date = formatDate(since.day);
    const direction = amount > 0 ? 'up' : amount < 0 ? 'down' : 'same';
    return {
      direction,
      directionLabel: t(`since.${direction}`),
      text:
        amount === 0
          ? t('since.noChange', { date })
          : t('since.line', {
              change: formatSigned(amount, locale),
              what: t(`since.what.${isRate ? 'points' : key}`),
              date,
            }),
    } as const;
  };
  return (
    <div className="flex flex-col gap-3">
      {query && <CompareControl asOf={view.asOf} compare={since?.day} query={query} />}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-4">
        <StatCard
          label={t('tasksTotal')}
          value={n(tasks.total)}
          testId="tasks-total"
          since={sinceOf('tasksTotal')}
        />
        <StatCard
          label={t('completed')}
          value={n(r.completed)}
          detail={t('completedDetail', { onTime: n(tasks.completed_on_time), late: n(tasks.completed_late) })}
          color={CLASS_COLORS.completed_on_time}
          testId="tasks-completed"
          since={sinceOf('completed')}
        />
        <StatCard
          label={t('notCompleted')}
          value={n(r.notCompleted)}
          detail={t('notCompletedDetail', {
            within: n(tasks.in_progress_on_time),
            overdue: n(tasks.overdue),
          })}
          color={CLASS_COLORS.overdue}
          testId="tasks-not-completed"
          since={sinceOf('notCompleted')}
        />
        <StatCard
          label={t('awaitingConfirmation')}
          value={n(tasks.awaitingConfirmation)}
          testId="tasks-awaiting"
          since={sinceOf('awaitingConfirmation')}
        />
        <StatCard
          label={t('completionRate')}
          value={pct(r.completionRate)}
          testId="rate-completion"
          since={sinceOf('completionRate')}
        />
        <StatCard
          label={t('onTimeRate')}
          value={pct(r.onTimeRate)}
          testId="rate-on-time"
          since={sinceOf('onTimeRate')}
        />
        <StatCard
          label={t('overdueRate')}
          value={pct(r.overdueRate)}
          testId="rate-overdue"
          since={sinceOf('overdueRate')}
        />
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatCard
          label={t('recommendationsTotal')}
          value={n(r.recommendationsTotal)}
          testId="recommendations-total"
          href={`/recommendations${toQueryString(recommendationDrillDown(view, {}))}`}
          since={sinceOf('recommendationsTotal')}
        />
        <StatCard
          label={t('answered')}
          value={n(r.answered)}
          testId="recommendations-answered"
          since={sinceOf('answered')}
        />
        <StatCard
          label={t('replyOverdue')}
          value={n(r.replyOverdue)}
          testId="recommendations-reply-overdue"
          href={`/recommendations${toQueryString(recommendationDrillDown(view, { replyOverdue: '1' }))}`}
          since={sinceOf('replyOverdue')}
        />
      </div>
    </div>
  );
}
