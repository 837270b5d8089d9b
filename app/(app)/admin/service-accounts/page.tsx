import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ServiceAccountForm } from '@/components/admin/service-account-forms';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { listServiceAccounts } from '@/db/queries/service-accounts';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { expiryClock } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import { formatDateTime } from '@/lib/format-time';
import { createServiceAccountAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('serviceAccounts');
  return { title: t('title') };
}

export default async function ServiceAccountsPage() {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'user.manage', { path: viewer.scope.path })) notFound();
  const at = expiryClock();
  const [t, locale, accounts] = await Promise.all([
    getTranslations(),
    getLocale(),
    listServiceAccounts(viewer, at),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('serviceAccounts.title')}</h1>
        <Link href="/admin/tokens" className="text-brand-700 underline">
          {t('adminTokens.title')}
        </Link>
      </div>
      <p className="max-w-2xl text-slate-600">{t('serviceAccounts.intro')}</p>
      <h2 className="text-lg font-semibold">{t('serviceAccounts.listTitle')}</h2>
      {accounts.length === 0 ? (
        <p className="text-slate-600">{t('serviceAccounts.none')}</p>
      ) : (
        <ScrollRegion aria-label={t('serviceAccounts.listTitle')}>
          <table className="w-full min-w-[44rem] text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">
                  {t('serviceAccounts.name')}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t('serviceAccounts.organization')}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t('serviceAccounts.role')}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t('serviceAccounts.tokensInForce')}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t('apiTokens.columns.lastUsed')}
                </th>
                <th scope="col" className="py-2">
                  {t('serviceAccounts.state')}
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => (
                <tr key={account.id} className="border-b border-slate-100">
                  <td className="py-2 pr-3">
                    <Link
                      href={`/admin/service-accounts/${encodeURIComponent(account.login)}`}
                      className="text-brand-700 underline"
                    >
                      {account.name}
                    </Link>
                    <span className="block font-mono text-xs text-slate-600">{account.login}</span>
                  </td>
                  <td className="py-2 pr-3">
                    {locale === 'en' ? (account.org.nameEn ?? account.org.nameVi) : account.org.nameVi} (
                    {account.org.code})
                  </td>
                  <td className="py-2 pr-3">{t(`roles.${account.role}`)}</td>
                  <td className="py-2 pr-3">{account.tokensInForce}</td>
                  <td className="py-2 pr-3">
                    {account.lastUsedAt ? formatDateTime(account.lastUsedAt) : t('apiTokens.never')}
                  </td>
                  <td className="py-2">
                    {account.active ? t('serviceAccounts.active') : t('serviceAccounts.inactive')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <h2 className="text-lg font-semibold">{t('serviceAccounts.createTitle')}</h2>
      <ServiceAccountForm action={createServiceAccountAction} />
    </div>
  );
}
