import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { AdminEmailForm } from '@/components/account/email-forms';
import {
  ActiveForm,
  ResetPasswordForm,
  ResetTwoFactorForm,
  SignOutForm,
} from '@/components/admin/account-actions';
import { LinkIdentityForm, UnlinkIdentityForm } from '@/components/admin/identity-forms';
import { UserForm } from '@/components/admin/user-form';
import { listIdentities } from '@/db/queries/identities';
import { findManagedUser } from '@/db/queries/users';
import { actorOf } from '@/lib/auth/actor';
import { oidcSettings } from '@/lib/auth/oidc';
import { getViewer } from '@/lib/auth/viewer';
import { segmentOf } from '@/lib/domain/codes';
import { can } from '@/lib/domain/permissions';
import { formatDateTime } from '@/lib/format-time';
import {
  linkIdentityAction,
  resetPasswordAction,
  resetTwoFactorAction,
  setActiveAction,
  setEmailAction,
  signOutEverywhereAction,
  unlinkIdentityAction,
  updateUserAction,
} from '../actions';

type Props = { params: Promise<{ login: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: segmentOf((await params).login) ?? notFound() };
}

export default async function UserPage({ params, searchParams }: Props) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'user.manage', { path: viewer.scope.path })) notFound();
  const login = segmentOf((await params).login) ?? notFound();
  const provider = oidcSettings();
  const [t, tEmail, tIdentity, locale, user, identities] = await Promise.all([
    getTranslations('admin.users'),
    getTranslations('accountEmail'),
    getTranslations('identities'),
    getLocale(),
    findManagedUser(viewer, login),
    provider ? listIdentities(viewer, login) : [],
  ]);
  if (!user) notFound();
  const { saved } = await searchParams;
  const unit = (org: { code: string; nameVi: string; nameEn: string | null }) => ({
    code: org.code,
    label: `${locale === 'en' ? (org.nameEn ?? org.nameVi) : org.nameVi} (${org.code})`,
  });
  const self = user.id === viewer.id;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/admin/users" className="text-sm text-brand-700 underline">
          {t('back')}
        </Link>
        <h1 className="text-2xl font-semibold">
          {user.displayName} <span className="font-mono text-lg text-slate-600">({user.login})</span>
        </h1>
        <p className="text-slate-700">{user.active ? t('active') : t('inactive')}</p>
        {saved === 'created' && (
          <p role="status" className="mt-2 max-w-xl rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
            {t('created')}
          </p>
        )}
      </div>
      <section aria-labelledby="edit-heading" className="flex flex-col gap-2">
        <h2 id="edit-heading" className="text-lg font-semibold">
          {t('edit')}
        </h2>
        <UserForm
          action={updateUserAction}
          lockRole={self}
          user={{
            login: user.login,
            displayName: user.displayName,
            role: user.role,
            organization: unit(user.org),
            scope: unit(user.scope),
            stamp: user.stamp,
          }}
        />
      </section>
      <section aria-labelledby="email-heading" className="flex flex-col gap-2">
        <h2 id="email-heading" className="text-lg font-semibold">
          {tEmail('adminTitle')}
        </h2>
        <p className="max-w-xl text-sm text-slate-600">{tEmail('adminHint')}</p>
        <AdminEmailForm action={setEmailAction} login={user.login} email={user.email} />
      </section>
      <section aria-labelledby="password-heading" className="flex flex-col gap-2">
        <h2 id="password-heading" className="text-lg font-semibold">
          {t('resetPassword')}
        </h2>
        <p className="max-w-xl text-sm text-slate-600">{t('resetHint')}</p>
        <ResetPasswordForm action={resetPasswordAction} login={user.login} />
      </section>
      <section aria-labelledby="two-factor-heading" className="flex flex-col gap-2">
        <h2 id="two-factor-heading" className="text-lg font-semibold">
          {t('twoFactor')}
        </h2>
        <p className="max-w-xl text-sm text-slate-700">
          {user.twoFactorEnabled ? t('twoFactorOn') : t('twoFactorOff')}
        </p>
        <ResetTwoFactorForm
          action={resetTwoFactorAction}
          login={user.login}
          enabled={user.twoFactorEnabled}
        />
      </section>
      {provider && (
        <section aria-labelledby="identities-heading" className="flex flex-col gap-2">
          <h2 id="identities-heading" className="text-lg font-semibold">
            {tIdentity('title')}
          </h2>
          <p className="max-w-xl text-sm text-slate-600">{tIdentity('hint')}</p>
          {identities.length === 0 ? (
            <p className="text-sm text-slate-700">{tIdentity('none')}</p>
          ) : (
            <table className="max-w-3xl text-left text-sm">
              <caption className="sr-only">{tIdentity('list')}</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  {(['subject', 'issuer', 'linkedAt', 'linkedBy', 'lastSignIn'] as const).map((column) => (
                    <th key={column} scope="col" className="py-1 pr-3">
                      {tIdentity(column)}
                    </th>
                  ))}
                  <td />
                </tr>
              </thead>
              <tbody>
                {identities.map((identity) => (
                  <tr key={identity.id} className="border-b border-slate-100 align-top">
                    <td className="py-1 pr-3 font-mono break-all">{identity.subject}</td>
                    <td className="py-1 pr-3 break-all">{identity.issuer}</td>
                    <td className="py-1 pr-3">{formatDateTime(identity.linkedAt)}</td>
                    <td className="py-1 pr-3">{identity.linkedBy ?? tIdentity('automatic')}</td>
                    <td className="py-1 pr-3">
                      {identity.lastSignInAt ? formatDateTime(identity.lastSignInAt) : tIdentity('never')}
                    </td>
                    <td className="py-1">
                      <UnlinkIdentityForm
                        action={unlinkIdentityAction}
                        login={user.login}
                        identity={identity.id}
                        subject={identity.subject}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <LinkIdentityForm action={linkIdentityAction} login={user.login} />
        </section>
      )}
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-2">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t('sessions')}
        </h2>
        <SignOutForm action={signOutEverywhereAction} login={user.login} />
        {!self && <ActiveForm action={setActiveAction} login={user.login} active={user.active} />}
      </section>
    </div>
  );
}
