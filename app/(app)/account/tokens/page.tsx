import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountNav } from '@/components/account/account-nav';
import { CreateTokenForm, RevokeTokenForm } from '@/components/account/token-forms';
import { listOwnTokens } from '@/db/queries/tokens';
import { getViewer } from '@/lib/auth/viewer';
import { expiryClock } from '@/lib/clock';
import { formatDateTime } from '@/lib/format-time';
import { createTokenAction, revokeTokenAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('apiTokens');
  return { title: t('title') };
}

export default async function TokensPage() {
  const viewer = await getViewer();
  const [t, tokens] = await Promise.all([getTranslations('apiTokens'), listOwnTokens(viewer)]);
  const at = expiryClock();
  const stateOf = (token: (typeof tokens)[number]) =>
    token.revokedAt ? 'revoked' : token.expiresAt <= at ? 'expired' : 'active';
  return (
    <div className="flex flex-col gap-4">
      <AccountNav current="tokens" />
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="max-w-2xl text-slate-600">{t('intro')}</p>
      <p>
        <a href="/api/v1/openapi.json" className="text-brand-700 underline">
          {t('docs')}
        </a>
      </p>
      <h2 className="text-lg font-semibold">{t('createTitle')}</h2>
      <CreateTokenForm action={createTokenAction} />
      <h2 className="text-lg font-semibold">{t('listTitle')}</h2>
      {tokens.length === 0 ? (
        <p className="text-slate-600">{t('none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead className="border-b border-slate-300">
              <tr>
                <th scope="col" className="px-2 py-2">
                  {t('columns.name')}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t('columns.prefix')}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t('columns.scope')}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t('columns.expires')}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t('columns.lastUsed')}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t('columns.state')}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t('columns.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} className="border-b border-slate-200">
                  <td className="px-2 py-2">{token.name}</td>
                  <td className="px-2 py-2 font-mono">{token.prefix}…</td>
                  <td className="px-2 py-2">{t(`scopes.${token.scope}`)}</td>
                  <td className="px-2 py-2">{formatDateTime(token.expiresAt)}</td>
                  <td className="px-2 py-2">
                    {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('never')}
                  </td>
                  <td className="px-2 py-2">{t(`states.${stateOf(token)}`)}</td>
                  <td className="px-2 py-2">
                    {!token.revokedAt && (
                      <RevokeTokenForm action={revokeTokenAction} id={token.id} name={token.name} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
