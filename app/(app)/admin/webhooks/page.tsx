import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { WebhookSettingsForm } from '@/components/admin/webhook-forms';
import { listWebhooks } from '@/db/queries/webhook-views';
import { getViewer } from '@/lib/auth/viewer';
import { formatDateTime } from '@/lib/format-time';
import { createWebhookAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('webhooks');
  return { title: t('title') };
}

export default async function WebhooksPage({
  searchParams,
}: {
  searchParams: Promise<{ deleted?: string }>;
}) {
  const viewer = await getViewer();
  const [t, locale, hooks, params] = await Promise.all([
    getTranslations('webhooks'),
    getLocale(),
    listWebhooks(viewer),
    searchParams,
  ]);
  if (!hooks) notFound();
  const cell = 'border-b border-slate-200 px-2 py-2 text-left align-top';
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="max-w-3xl text-slate-600">{t('intro')}</p>
      {params.deleted === '1' && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t('deleted')}
        </p>
      )}
      <h2 className="text-lg font-semibold">{t('listTitle')}</h2>
      {hooks.length === 0 ? (
        <p className="text-slate-600">{t('none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm">
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  {t('url')}
                </th>
                <th scope="col" className={cell}>
                  {t('scope')}
                </th>
                <th scope="col" className={cell}>
                  {t('eventTypes')}
                </th>
                <th scope="col" className={cell}>
                  {t('state')}
                </th>
                <th scope="col" className={cell}>
                  {t('pending')}
                </th>
                <th scope="col" className={cell}>
                  {t('failed')}
                </th>
                <th scope="col" className={cell}>
                  {t('lastDelivered')}
                </th>
              </tr>
            </thead>
            <tbody>
              {hooks.map((hook) => (
                <tr key={hook.id}>
                  <td className={`${cell} break-all`}>
                    <a href={`/admin/webhooks/${hook.id}`} className="text-brand-700 underline">
                      {hook.url}
                    </a>
                    {hook.description && <div className="text-slate-600">{hook.description}</div>}
                  </td>
                  <td className={cell}>
                    {locale === 'en' && hook.scope.nameEn ? hook.scope.nameEn : hook.scope.nameVi} (
                    {hook.scope.code})
                  </td>
                  <td className={cell}>{hook.eventTypes.join(', ')}</td>
                  <td className={cell}>{hook.active ? t('on') : t('off')}</td>
                  <td className={`${cell} tabular-nums`}>{hook.pending}</td>
                  <td className={`${cell} tabular-nums`}>{hook.failed}</td>
                  <td className={cell}>
                    {hook.lastDeliveredAt ? formatDateTime(hook.lastDeliveredAt) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 className="text-lg font-semibold">{t('createTitle')}</h2>
      <WebhookSettingsForm action={createWebhookAction} defaultScope={viewer.scope.code} />
    </div>
  );
}
