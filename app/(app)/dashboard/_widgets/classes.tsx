import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { ClassBarChart } from '@/components/charts/class-bar-chart';
import { CLASS_COLORS } from '@/components/dashboard/class-colors';
import { taskHeadline } from '@/db/queries/dashboard';
import type { Viewer } from '@/db/queries/viewer';
import { DEADLINE_CLASSES } from '@/lib/domain/tasks';
import { drillDown, type FigureView } from '@/lib/figure-filters';
import { formatNumber } from '@/lib/format';
import { toQueryString } from '@/lib/validations/filters';

export async function ClassWidget({ viewer, view }: { viewer: Viewer; view: FigureView }) {
  const [t, locale, counts] = await Promise.all([getTranslations(), getLocale(), taskHeadline(viewer, view)]);
  const bars = DEADLINE_CLASSES.map((cls) => ({
    key: cls,
    label: t(`deadlineClass.${cls}`),
    value: counts[cls],
    color: CLASS_COLORS[cls],
    href: `/tasks${toQueryString(drillDown(view, { class: cls }))}`,
  }));
  return (
    <ChartCard
      id="chart-classes"
      title={t('dashboard.classChart')}
      tableLabel={t('dashboard.showTable')}
      chart={<ClassBarChart bars={bars} valueLabel={t('dashboard.count')} />}
      table={
        <table className="w-full text-left">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-1">
                {t('dashboard.class')}
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
                  <span
                    aria-hidden
                    className="mr-2 inline-block size-3 rounded-sm"
                    style={{ background: bar.color }}
                  />
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
