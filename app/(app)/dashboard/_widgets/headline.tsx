import { getLocale, getTranslations } from 'next-intl/server';
import { CLASS_COLORS } from '@/components/dashboard/class-colors';
import { StatCard } from '@/components/dashboard/stat-card';
import { taskHeadline } from '@/db/queries/dashboard';
import { recommendationHeadline } from '@/db/queries/dashboard-recommendations';
import type { Viewer } from '@/db/queries/viewer';
import { type ReadSource, readFrom } from '@/db/read-database';
import { rates } from '@/lib/domain/figures';
import { type FigureView, recommendationDrillDown } from '@/lib/figure-filters';
import { formatNumber, formatPercent } from '@/lib/format';
import { toQueryString } from '@/lib/validations/filters';

export async function HeadlineWidget({
  viewer,
  view,
  source,
}: {
  viewer: Viewer;
  view: FigureView;
  source: ReadSource;
}) {
  const [t, locale, tasks, recs] = await Promise.all([
    getTranslations('dashboard'),
    getLocale(),
    readFrom(source, () => taskHeadline(viewer, view)),
    readFrom(source, () => recommendationHeadline(viewer, view)),
  ]);
  const r = rates(tasks, tasks.dueOrCompleted);
  const n = (v: number) => formatNumber(v, locale);
  const pct = (v: number | null) => (v === null ? t('none') : formatPercent(v, locale));
  return (
    <div className="flex flex-col gap-3">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-4">
        <StatCard label={t('tasksTotal')} value={n(tasks.total)} testId="tasks-total" />
        <StatCard
          label={t('completed')}
          value={n(r.completed)}
          detail={t('completedDetail', { onTime: n(tasks.completed_on_time), late: n(tasks.completed_late) })}
          color={CLASS_COLORS.completed_on_time}
          testId="tasks-completed"
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
        />
        <StatCard
          label={t('awaitingConfirmation')}
          value={n(tasks.awaitingConfirmation)}
          testId="tasks-awaiting"
        />
        <StatCard label={t('completionRate')} value={pct(r.completionRate)} testId="rate-completion" />
        <StatCard label={t('onTimeRate')} value={pct(r.onTimeRate)} testId="rate-on-time" />
        <StatCard label={t('overdueRate')} value={pct(r.overdueRate)} testId="rate-overdue" />
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatCard
          label={t('recommendationsTotal')}
          value={n(recs.total)}
          testId="recommendations-total"
          href={`/recommendations${toQueryString(recommendationDrillDown(view, {}))}`}
        />
        <StatCard label={t('answered')} value={n(recs.answered)} testId="recommendations-answered" />
        <StatCard
          label={t('replyOverdue')}
          value={n(recs.replyOverdue)}
          testId="recommendations-reply-overdue"
          href={`/recommendations${toQueryString(recommendationDrillDown(view, { replyOverdue: '1' }))}`}
        />
      </div>
    </div>
  );
}
