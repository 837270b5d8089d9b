import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountNav } from '@/components/account/account-nav';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { getViewerBeforePasswordChange } from '@/lib/auth/viewer';
import { changePassword } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default async function ChangePasswordPage() {
  const viewer = await getViewerBeforePasswordChange();
  const t = await getTranslations('account');
  return (
    <div className="flex flex-col gap-4">
      <AccountNav current="password" />
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {viewer.mustChangePassword && (
        <p
          role="status"
          className="max-w-md rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
        >
          {t('mustChange')}
        </p>
      )}
      <p className="max-w-md text-slate-600">{t('policy')}</p>
      <ChangePasswordForm action={changePassword} login={viewer.login} />
    </div>
  );
}
