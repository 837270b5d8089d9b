import { getLocale, getTranslations } from 'next-intl/server';
import { StatCard } from '@/components/dashboard/stat-card';
import { openExplanationCount } from '@/db/queries/explanations';
import type { Viewer } from '@/db/queries/viewer';
import { formatNumber } from '@/lib/format';

/** "Yêu cầu giải trình đang mở" in the viewer's scope, linked to the list on "my work". */
export async function ExplanationsWidget({ viewer }: { viewer: Viewer }) {
  const [t, locale, count] = await Promise.all([
    getTranslations('explanations'),
    getLocale(),
    openExplanationCount(viewer),
  ]);
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
      <StatCard
        label={t('openCard')}
        value={formatNumber(count, locale)}
        testId="explanations-open"
        href="/my-work#explanations-title"
      />
    </div>
  );
}
