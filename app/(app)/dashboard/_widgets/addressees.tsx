import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ChartCard } from '@/components/charts/chart-card';
import { OrgStackedChart } from '@/components/charts/org-stacked-chart';
import { ADDRESSEE_STATUS_COLORS } from '@/components/dashboard/class-colors';
import { recommendationsByAddresseeStatus } from '@/db/queries/recommendation-figures';
import type { Viewer } from '@/db/queries/viewer';
import { ADDRESSEE_STATUSES } from '@/lib/domain/recommendations';
import type { FigureView } from '@/lib/figure-filters';
import { formatNumber } from '@/lib/format';
import { toQueryString } from '@/lib/validations/filters';

/** Recommendations by addressee, stacked by reply status (duplicates folded into their primary). */
export async function AddresseesWidget({ viewer, view }: { viewer: Viewer; view: FigureView }) {
  const [t, locale, figures] = await Promise.all([
    getTranslations(),
    getLocale(),
    recommendationsByAddresseeStatus(viewer, view),
  ]);
  const href = (code: string, status?: string) =>
    `/recommendations${toQueryString({ review: view.review, province: view.org, addressee: [code], status: status ? [status] : undefined })}`;
  const rows = new Map<
    string,
    { code: string; name: string; counts: Record<string, number>; sources: number }
  >();
  for (const f of figures) {
    const row = rows.get(f.code) ?? {
      code: f.code,
      name: locale === 'en' ? (f.nameEn ?? f.nameVi) : f.nameVi,
      counts: {},
      sources: 0,
    };
    row.counts[f.status] = f.recommendations;
    row.sources += f.sources;
    rows.set(f.code, row);
  }
  const data = [...rows.values()].map((row) => ({
    code: row.code,
    name: row.name,
    ...Object.fromEntries(ADDRESSEE_STATUSES.map((s) => [s, row.counts[s] ?? 0])),
    hrefs: Object.fromEntries(ADDRESSEE_STATUSES.map((s) => [s, href(row.code, s)])),
  }));
  const series = ADDRESSEE_STATUSES.map((s) => ({
    key: s,
    label: t(`recommendationStatus.${s}`),
    color: ADDRESSEE_STATUS_COLORS[s],
  }));
  const n = (v: number) => formatNumber(v, locale);
  return (
    <ChartCard
      id="chart-addressees"
      title={t('dashboard.byAddressee')}
      tableLabel={t('dashboard.showTable')}
      chart={data.length ? <OrgStackedChart rows={data} series={series} /> : <p>{t('dashboard.noData')}</p>}
      table={
        <table className="w-full text-left">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-1">
                {t('reports.columns.addressee')}
              </th>
              {ADDRESSEE_STATUSES.map((s) => (
                <th key={s} scope="col" className="p-1 text-right">
                  {t(`recommendationStatus.${s}`)}
                </th>
              ))}
              <th scope="col" className="p-1 text-right">
                {t('reports.columns.sources')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[...rows.values()].map((row) => (
              <tr key={row.code} className="border-b border-slate-100">
                <th scope="row" className="p-1 font-normal">
                  <Link href={href(row.code)} className="underline">
                    {row.name}
                  </Link>
                </th>
                {ADDRESSEE_STATUSES.map((s) => (
                  <td key={s} className="p-1 text-right tabular-nums">
                    <Link href={href(row.code, s)} className="underline">
                      {n(row.counts[s] ?? 0)}
                    </Link>
                  </td>
                ))}
                <td className="p-1 text-right tabular-nums">{n(row.sources)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
