import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ConfirmEmailForm } from '@/components/account/email-forms';
import { getViewer } from '@/lib/auth/viewer';
import { confirmEmailAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('accountEmail');
  return { title: t('confirmTitle') };
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

/**
 * The page of the link in the confirmation mail. Opening it changes nothing (mail scanners open
 * links): the signed-in user confirms with the button, and only for their own account.
 */
export default async function ConfirmEmailPage({ searchParams }: Props) {
  const viewer = await getViewer();
  const [t, { token }] = await Promise.all([getTranslations('accountEmail'), searchParams]);
  const value = typeof token === 'string' ? token.slice(0, 100) : '';
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t('confirmTitle')}</h1>
      <p className="max-w-xl text-slate-700">{t('confirmIntro', { login: viewer.login })}</p>
      <ConfirmEmailForm action={confirmEmailAction} token={value} />
    </div>
  );
}
