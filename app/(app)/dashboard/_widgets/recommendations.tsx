import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { SimpleBarChart } from '@/components/charts/simple-bar-chart';
import { recommendationsByCategory } from '@/db/queries/dashboard-recommendations';
import type { Viewer } from '@/db/queries/viewer';
import type { FigureView } from '@/lib/figure-filters';
import { formatNumber } from '@/lib/format';
import { toQueryString } from '@/lib/validations/filters';

export async function RecommendationsWidget({ viewer, view }: { viewer: Viewer; view: FigureView }) {
  const [t, locale, byCategory] = await Promise.all([
    getTranslations(),
    getLocale(),
    recommendationsByCategory(viewer, view),
  ]);
  const bars = byCategory.map((c) => ({
    key: c.category,
    label: t(`recommendations.categories.${c.category}`),
    value: c.count,
    href: `/recommendations${toQueryString({ review: view.review, province: view.org, category: [c.category] })}`,
  }));
  return (
    <ChartCard
      id="chart-categories"
      title={t('dashboard.byCategory')}
      tableLabel={t('dashboard.showTable')}
      chart={
        bars.length ? (
          <SimpleBarChart bars={bars} valueLabel={t('dashboard.count')} />
        ) : (
          <p>{t('dashboard.noData')}</p>
        )
      }
      table={
        <table className="w-full text-left">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-1">
                {t('dashboard.category')}
              </th>
              <th scope="col" className="p-1 text-right">
                {t('dashboard.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key} className="border-b border-slate-100">
                <td className="p-1">
                  <Link href={bar.href} className="underline">
                    {bar.label}
                  </Link>
                </td>
                <td className="p-1 text-right tabular-nums">{formatNumber(bar.value, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
