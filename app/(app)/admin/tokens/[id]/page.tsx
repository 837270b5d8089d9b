import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { findTokenUsage, USAGE_DAYS } from '@/db/queries/token-admin';
import { getViewer } from '@/lib/auth/viewer';
import { expiryClock } from '@/lib/clock';
import { formatDate, formatNumber } from '@/lib/format';
import { formatDateTime } from '@/lib/format-time';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminTokens');
  return { title: t('usageTitle') };
}

/** One token's use, day by day: the log an admin reads (api_token_uses). */
export default async function TokenUsagePage({ params }: Props) {
  const viewer = await getViewer();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const [t, locale, found] = await Promise.all([
    getTranslations(),
    getLocale(),
    findTokenUsage(viewer, Number(id), expiryClock()),
  ]);
  if (!found) notFound();
  const { token, days } = found;
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/tokens" className="text-sm text-brand-700 underline">
        {t('adminTokens.back')}
      </Link>
      <h1 className="text-2xl font-semibold">
        {t('adminTokens.usageOf', { name: token.name })}{' '}
        <span className="font-mono text-lg text-slate-600">({token.prefix}…)</span>
      </h1>
      <p className="text-slate-700">
        {t('adminTokens.ownedBy', { owner: `${token.owner.name} (${token.owner.login})` })} ·{' '}
        {t(`apiTokens.scopes.${token.scope}`)} · {t('apiTokens.columns.expires')}:{' '}
        {formatDateTime(token.expiresAt)}
        {token.revokedAt && <> · {t('apiTokens.states.revoked')}</>}
      </p>
      <p className="max-w-2xl text-sm text-slate-600">{t('adminTokens.usageHint', { days: USAGE_DAYS })}</p>
      {days.length === 0 ? (
        <p className="text-slate-600">{t('adminTokens.noUse', { days: USAGE_DAYS })}</p>
      ) : (
        <ScrollRegion aria-label={t('adminTokens.usageTitle')}>
          <table className="w-full min-w-[36rem] text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  {t('adminTokens.day')}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t('adminTokens.requests')}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t('adminTokens.writes')}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t('adminTokens.limited')}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t('adminTokens.first')}
                </th>
                <th scope="col" className="py-2">
                  {t('adminTokens.last')}
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((day) => (
                <tr key={day.day} className="border-b border-slate-100">
                  <td className="py-2 pr-3">{formatDate(day.day)}</td>
                  <td className="py-2 pr-3 text-right">{formatNumber(day.requests, locale)}</td>
                  <td className="py-2 pr-3 text-right">{formatNumber(day.writes, locale)}</td>
                  <td className="py-2 pr-3 text-right">{formatNumber(day.limited, locale)}</td>
                  <td className="py-2 pr-3">{formatDateTime(day.firstAt)}</td>
                  <td className="py-2">{formatDateTime(day.lastAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
