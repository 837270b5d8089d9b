import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CLASS_COLORS } from '@/components/dashboard/class-colors';
import { StatCard } from '@/components/dashboard/stat-card';
import { recommendationStatusCounts, taskClassCounts } from '@/db/queries/dashboard';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { RECOMMENDATION_STATUSES } from '@/lib/domain/recommendations';
import { DEADLINE_CLASSES } from '@/lib/domain/tasks';
import { formatDate, formatNumber } from '@/lib/format';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dashboard');
  return { title: t('title') };
}

export default async function DashboardPage() {
  const viewer = await getViewer();
  const asOf = today();
  const [t, locale, classes, statuses] = await Promise.all([
    getTranslations(),
    getLocale(),
    taskClassCounts(viewer, asOf),
    recommendationStatusCounts(viewer),
  ]);
  const n = (value: number) => formatNumber(value, locale);
  const scopeName = locale === 'en' ? (viewer.scope.nameEn ?? viewer.scope.nameVi) : viewer.scope.nameVi;
  const recommendationTotal = Object.values(statuses).reduce((sum, value) => sum + (value ?? 0), 0);

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-semibold">{t('dashboard.title')}</h1>
        <p className="text-slate-600">
          {t('dashboard.scope', { scope: scopeName })} · {t('dashboard.asOf', { date: formatDate(asOf) })}
        </p>
      </div>

      <section aria-labelledby="tasks-heading" className="flex flex-col gap-3">
        <h2 id="tasks-heading" className="text-lg font-semibold">
          {t('dashboard.tasks')}
        </h2>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-3 xl:grid-cols-6">
          <StatCard label={t('dashboard.tasksTotal')} value={n(classes.total)} testId="tasks-total" />
          {DEADLINE_CLASSES.map((cls) => (
            <StatCard
              key={cls}
              label={t(`deadlineClass.${cls}`)}
              value={n(classes[cls])}
              color={CLASS_COLORS[cls]}
              testId={`class-${cls}`}
            />
          ))}
          <StatCard
            label={t('dashboard.awaitingConfirmation')}
            value={n(classes.awaitingConfirmation)}
            testId="tasks-awaiting"
          />
        </div>
      </section>

      <section aria-labelledby="recs-heading" className="flex flex-col gap-3">
        <h2 id="recs-heading" className="text-lg font-semibold">
          {t('dashboard.recommendations')}
        </h2>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          <StatCard
            label={t('dashboard.recommendationsTotal')}
            value={n(recommendationTotal)}
            testId="recommendations-total"
          />
        </div>
        <table className="w-full max-w-xl border-collapse bg-white text-sm">
          <caption className="mb-2 text-left text-slate-600">{t('dashboard.statusTable')}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                {t('dashboard.status')}
              </th>
              <th scope="col" className="p-2 text-right">
                {t('dashboard.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {RECOMMENDATION_STATUSES.map((status) => (
              <tr key={status} className="border-b border-slate-100">
                <td className="p-2">{t(`recommendationStatus.${status}`)}</td>
                <td className="p-2 text-right tabular-nums" data-testid={`status-${status}`}>
                  {n(statuses[status] ?? 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
