import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CreateTokenForm, RevokeTokenForm } from '@/components/account/token-forms';
import { DeactivateServiceAccountForm } from '@/components/admin/service-account-forms';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { findServiceAccount } from '@/db/queries/service-accounts';
import { getViewer } from '@/lib/auth/viewer';
import { expiryClock } from '@/lib/clock';
import { segmentOf } from '@/lib/domain/codes';
import { formatDateTime } from '@/lib/format-time';
import { adminRevokeTokenAction } from '../../tokens/actions';
import { deactivateServiceAccountAction, issueServiceTokenAction } from '../actions';

type Props = { params: Promise<{ login: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: segmentOf((await params).login) ?? notFound() };
}

export default async function ServiceAccountPage({ params, searchParams }: Props) {
  const viewer = await getViewer();
  const login = segmentOf((await params).login) ?? notFound();
  const at = expiryClock();
  const [t, locale, found] = await Promise.all([
    getTranslations(),
    getLocale(),
    findServiceAccount(viewer, login, at),
  ]);
  if (!found) notFound();
  const { account, tokens } = found;
  const { saved } = await searchParams;
  const stateOf = (token: (typeof tokens)[number]) =>
    token.revokedAt ? 'revoked' : token.expiresAt <= at ? 'expired' : 'active';
  const orgName = locale === 'en' ? (account.org.nameEn ?? account.org.nameVi) : account.org.nameVi;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <Link href="/admin/service-accounts" className="text-sm text-brand-700 underline">
          {t('serviceAccounts.back')}
        </Link>
        <h1 className="text-2xl font-semibold">
          {account.name} <span className="font-mono text-lg text-slate-600">({account.login})</span>
        </h1>
        {account.description && <p className="max-w-2xl text-slate-700">{account.description}</p>}
        <p className="text-slate-700">
          {t('serviceAccounts.summary', {
            role: t(`roles.${account.role}`),
            unit: `${orgName} (${account.org.code})`,
          })}
        </p>
        <p className="text-slate-700">
          {account.active ? t('serviceAccounts.active') : t('serviceAccounts.inactive')}
        </p>
        {saved === 'created' && (
          <p role="status" className="mt-2 max-w-xl rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
            {t('serviceAccounts.created')}
          </p>
        )}
      </div>
      {account.active && (
        <section aria-labelledby="issue-heading" className="flex flex-col gap-2">
          <h2 id="issue-heading" className="text-lg font-semibold">
            {t('serviceAccounts.issueTitle')}
          </h2>
          <p className="max-w-2xl text-sm text-slate-600">{t('serviceAccounts.issueHint')}</p>
          <CreateTokenForm action={issueServiceTokenAction} account={account.login} />
        </section>
      )}
      <section aria-labelledby="tokens-heading" className="flex flex-col gap-2">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          {t('apiTokens.listTitle')}
        </h2>
        {tokens.length === 0 ? (
          <p className="text-slate-600">{t('apiTokens.none')}</p>
        ) : (
          <ScrollRegion aria-label={t('apiTokens.listTitle')}>
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-3">
                    {t('apiTokens.columns.name')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('apiTokens.columns.prefix')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('apiTokens.columns.scope')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('apiTokens.columns.expires')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('apiTokens.columns.lastUsed')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('apiTokens.columns.state')}
                  </th>
                  <th scope="col" className="py-2">
                    {t('apiTokens.columns.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} className="border-b border-slate-100">
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
      </section>
      {account.active && (
        <section aria-labelledby="deactivate-heading" className="flex flex-col gap-2">
          <h2 id="deactivate-heading" className="text-lg font-semibold">
            {t('serviceAccounts.deactivateTitle')}
          </h2>
          <p className="max-w-2xl text-sm text-slate-600">{t('serviceAccounts.deactivateHint')}</p>
          <DeactivateServiceAccountForm action={deactivateServiceAccountAction} account={account.login} />
        </section>
      )}
    </div>
  );
}
