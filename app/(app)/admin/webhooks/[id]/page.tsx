import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import {
  DeleteWebhookForm,
  ResendForm,
  RotateSecretForm,
  WebhookSettingsForm,
} from '@/components/admin/webhook-forms';
import { getWebhook } from '@/db/queries/webhook-views';
import { getViewer } from '@/lib/auth/viewer';
import { formatDateTime } from '@/lib/format-time';
import {
  deleteWebhookAction,
  resendDeliveryAction,
  rotateWebhookSecretAction,
  updateWebhookAction,
} from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('webhooks');
  return { title: t('detailTitle') };
}

export default async function WebhookPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const viewer = await getViewer();
  const [t, hook] = await Promise.all([getTranslations('webhooks'), getWebhook(viewer, Number(id))]);
  if (!hook) notFound();
  const cell = 'border-b border-slate-200 px-2 py-2 text-left align-top';
  return (
    <div className="flex flex-col gap-6">
      <p>
        <a href="/admin/webhooks" className="text-brand-700 underline">
          {t('back')}
        </a>
      </p>
      <h1 className="text-2xl font-semibold break-all">{hook.url}</h1>
      <section aria-labelledby="settings-heading" className="flex flex-col gap-2">
        <h2 id="settings-heading" className="text-lg font-semibold">
          {t('settingsTitle')}
        </h2>
        <WebhookSettingsForm
          action={updateWebhookAction}
          defaultScope={hook.scope.code}
          current={{
            id: hook.id,
            url: hook.url,
            scope: hook.scope.code,
            description: hook.description,
            eventTypes: hook.eventTypes,
            active: hook.active,
          }}
        />
      </section>
      <section aria-labelledby="secret-heading" className="flex flex-col gap-2">
        <h2 id="secret-heading" className="text-lg font-semibold">
          {t('secretTitle')}
        </h2>
        <p className="max-w-3xl text-slate-600">{t('secretHint')}</p>
        <RotateSecretForm action={rotateWebhookSecretAction} id={hook.id} />
      </section>
      <section aria-labelledby="log-heading" className="flex flex-col gap-2">
        <h2 id="log-heading" className="text-lg font-semibold">
          {t('logTitle')}
        </h2>
        {hook.deliveries.length === 0 ? (
          <p className="text-slate-600">{t('noDeliveries')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm" data-testid="delivery-log">
              <thead>
                <tr>
                  <th scope="col" className={cell}>
                    {t('createdAt')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('event')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('record')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('state')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('attempts')}
                  </th>
                  <th scope="col" className={cell}>
                    <span className="sr-only">{t('resend')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {hook.deliveries.map((delivery) => (
                  <tr key={delivery.id}>
                    <td className={cell}>{formatDateTime(delivery.createdAt)}</td>
                    <td className={cell}>
                      <code>{delivery.eventType}</code>
                    </td>
                    <td className={cell}>{delivery.entityCode}</td>
                    <td className={cell}>
                      {t(`statuses.${delivery.status}`)}
                      {delivery.status === 'pending' && delivery.attempts.length > 0 && (
                        <div className="text-slate-600">
                          {t('nextAttempt', { at: formatDateTime(delivery.nextAttemptAt) })}
                        </div>
                      )}
                    </td>
                    <td className={cell}>
                      <ol className="flex flex-col gap-1">
                        {delivery.attempts.map((attempt) => (
                          <li key={attempt.attempt}>
                            {t('attemptLine', {
                              attempt: attempt.attempt,
                              at: formatDateTime(attempt.at),
                              status: attempt.responseStatus ?? '—',
                              ms: attempt.durationMs,
                            })}
                            {attempt.error && (
                              <span className="break-all text-red-800"> — {attempt.error}</span>
                            )}
                          </li>
                        ))}
                      </ol>
                    </td>
                    <td className={cell}>
                      <ResendForm action={resendDeliveryAction} id={hook.id} delivery={delivery.id} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="delete-heading" className="flex flex-col gap-2">
        <h2 id="delete-heading" className="text-lg font-semibold">
          {t('deleteTitle')}
        </h2>
        <DeleteWebhookForm action={deleteWebhookAction} id={hook.id} />
      </section>
    </div>
  );
}
