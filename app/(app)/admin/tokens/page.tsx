import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { RevokeTokenForm } from '@/components/account/token-forms';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { ADMIN_TOKENS_PAGE_SIZE, listTokensInScope, USAGE_DAYS } from '@/db/queries/token-admin';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { expiryClock } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import { formatNumber } from '@/lib/format';
import { formatDateTime } from '@/lib/format-time';
import { UserListParams } from '@/lib/validations/users';
import { adminRevokeTokenAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('adminTokens');
  return { title: t('title') };
}

/** Every API token of the admin's scope, a person's or a service account's. */
export default async function AdminTokensPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'user.manage', { path: viewer.scope.path })) notFound();
  const { page = 1 } = UserListParams.parse(await searchParams);
  const at = expiryClock();
  const [t, locale, { rows, total }] = await Promise.all([
    getTranslations(),
    getLocale(),
    listTokensInScope(viewer, { page }, at),
  ]);
  const pages = Math.max(1, Math.ceil(total / ADMIN_TOKENS_PAGE_SIZE));
  const stateOf = (token: (typeof rows)[number]) =>
    token.revokedAt ? 'revoked' : token.expiresAt <= at ? 'expired' : 'active';
  const head = (key: string) => (
    <th scope="col" className="py-2 pr-3">
      {t(key)}
    </th>
  );
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('adminTokens.title')}</h1>
        <Link href="/admin/service-accounts" className="text-brand-700 underline">
          {t('serviceAccounts.title')}
        </Link>
      </div>
      <p className="max-w-2xl text-slate-600">{t('adminTokens.intro', { days: USAGE_DAYS })}</p>
      <p className="text-sm text-slate-600">
        {t('adminTokens.count', { count: formatNumber(total, locale) })}
      </p>
      {rows.length > 0 && (
        <ScrollRegion aria-label={t('adminTokens.title')}>
          <table className="w-full min-w-[60rem] text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                {head('adminTokens.owner')}
                {head('adminTokens.unit')}
                {head('apiTokens.columns.name')}
                {head('apiTokens.columns.prefix')}
                {head('apiTokens.columns.scope')}
                {head('apiTokens.columns.expires')}
                {head('apiTokens.columns.lastUsed')}
                {head('adminTokens.recent')}
                {head('apiTokens.columns.state')}
                {head('apiTokens.columns.actions')}
              </tr>
            </thead>
            <tbody>
              {rows.map((token) => (
                <tr key={token.id} className="border-b border-slate-100">
                  <td className="py-2 pr-3">
                    {token.owner.kind === 'service' ? (
                      <Link
                        href={`/admin/service-accounts/${encodeURIComponent(token.owner.login)}`}
                        className="text-brand-700 underline"
                      >
                        {token.owner.name}
                      </Link>
                    ) : (
                      token.owner.name
                    )}
                    <span className="block font-mono text-xs text-slate-600">
                      {token.owner.login} · {t(`adminTokens.kinds.${token.owner.kind}`)}
                    </span>
                  </td>
                  <td className="py-2 pr-3">
                    {locale === 'en' ? (token.org.nameEn ?? token.org.nameVi) : token.org.nameVi}
                  </td>
                  <td className="py-2 pr-3">
                    <Link href={`/admin/tokens/${token.id}`} className="text-brand-700 underline">
                      {token.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-3 font-mono">{token.prefix}…</td>
                  <td className="py-2 pr-3">{t(`apiTokens.scopes.${token.scope}`)}</td>
                  <td className="py-2 pr-3">{formatDateTime(token.expiresAt)}</td>
                  <td className="py-2 pr-3">
                    {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('apiTokens.never')}
                  </td>
                  <td className="py-2 pr-3">{formatNumber(token.recentRequests, locale)}</td>
                  <td className="py-2 pr-3">{t(`apiTokens.states.${stateOf(token)}`)}</td>
                  <td className="py-2">
                    {stateOf(token) === 'active' && (
                      <RevokeTokenForm action={adminRevokeTokenAction} id={token.id} name={token.name} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {pages > 1 && (
        <nav aria-label={t('admin.pagination')} className="flex gap-3 text-sm">
          {page > 1 && (
            <Link href={`/admin/tokens?page=${page - 1}`} className="underline">
              {t('admin.previous')}
            </Link>
          )}
          <span>{t('admin.page', { page, pages })}</span>
          {page < pages && (
            <Link href={`/admin/tokens?page=${page + 1}`} className="underline">
              {t('admin.next')}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
