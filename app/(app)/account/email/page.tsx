import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountNav } from '@/components/account/account-nav';
import { EmailChangeForm } from '@/components/account/email-forms';
import { mailSettings } from '@/db/queries/mail-preferences';
import { getViewer } from '@/lib/auth/viewer';
import { mailEnabled } from '@/lib/mail/transport';
import { requestEmailChangeAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('accountEmail');
  return { title: t('title') };
}

type Props = { searchParams: Promise<{ confirmed?: string }> };

export default async function EmailPage({ searchParams }: Props) {
  const viewer = await getViewer();
  const [t, settings, { confirmed }] = await Promise.all([
    getTranslations('accountEmail'),
    mailSettings(viewer),
    searchParams,
  ]);
  return (
    <div className="flex flex-col gap-4">
      <AccountNav current="email" />
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {confirmed === '1' && (
        <p role="status" className="max-w-xl rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">
          {t('confirmed')}
        </p>
      )}
      <p className="max-w-xl text-slate-600">{t('intro')}</p>
      <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-slate-600">{t('current')}</dt>
        <dd data-testid="confirmed-email">{settings.email ?? t('none')}</dd>
      </dl>
      {settings.pendingEmail && (
        <p className="text-slate-700">{t('pending', { email: settings.pendingEmail })}</p>
      )}
      {mailEnabled() ? (
        <EmailChangeForm action={requestEmailChangeAction} login={viewer.login} />
      ) : (
        <p
          role="status"
          className="max-w-xl rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
        >
          {t('mailOff')}
        </p>
      )}
    </div>
  );
}
