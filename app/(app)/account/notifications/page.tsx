import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountNav } from '@/components/account/account-nav';
import { MailSettingsForm } from '@/components/account/mail-settings-form';
import { mailSettings } from '@/db/queries/mail-preferences';
import { getViewer } from '@/lib/auth/viewer';
import { saveMailSettingsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notificationSettings');
  return { title: t('title') };
}

export default async function NotificationSettingsPage() {
  const viewer = await getViewer();
  const [t, settings] = await Promise.all([getTranslations('notificationSettings'), mailSettings(viewer)]);
  return (
    <div className="flex flex-col gap-4">
      <AccountNav current="notifications" />
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="max-w-2xl text-slate-600">{t('intro')}</p>
      {!settings.email && (
        <p
          role="status"
          className="max-w-2xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
        >
          {t('noEmail')}
        </p>
      )}
      <MailSettingsForm
        action={saveMailSettingsAction}
        settings={settings}
        leader={viewer.role === 'leader'}
      />
    </div>
  );
}
