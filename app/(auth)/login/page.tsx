import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { DEMO_PASSWORD, DEMO_USERS } from '@/db/seed/data';
import { oidcSettings, passwordLoginEnabled } from '@/lib/auth/oidc';
import { isDemoMode } from '@/lib/config';
import { LoginForm } from './login-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('title') };
}

const PROVIDER_REFUSALS: Record<string, string> = {
  unlinked: 'login.oidcUnlinked',
  inactive: 'login.oidcInactive',
  failed: 'login.oidcFailed',
};

type SearchParams = { reason?: string; oidc?: string; error?: string; step?: string };

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations();
  const { reason, oidc, error, step } = await searchParams;
  const settings = oidcSettings();
  // `error` is Auth.js's: a provider's answer that failed its checks (state, nonce, PKCE…).
  const refusal = oidc
    ? (PROVIDER_REFUSALS[oidc] ?? PROVIDER_REFUSALS.failed)
    : error
      ? PROVIDER_REFUSALS.failed
      : null;
  const notice =
    reason === 'expired'
      ? t('login.expired')
      : reason === 'logout'
        ? t('login.loggedOut')
        : reason === 'password_changed'
          ? t('login.passwordChanged')
          : undefined;
  const demo = isDemoMode();
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 p-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <div className="mb-6 flex items-start justify-between gap-4">
          <div>
            <p className="text-sm font-medium text-brand-700">{t('app.name')}</p>
            <h1 className="text-2xl font-semibold">{t('login.title')}</h1>
          </div>
          <LanguageSwitch />
        </div>
        <LoginForm
          notice={notice}
          alert={refusal ? t(refusal) : undefined}
          provider={settings ? (settings.name ?? t('login.providerDefault')) : undefined}
          password={passwordLoginEnabled()}
          step={step === 'code' ? 'code' : undefined}
        />
      </div>
      {demo && (
        <section
          aria-labelledby="demo-title"
          className="w-full max-w-md rounded-xl border border-amber-300 bg-amber-50 p-5 text-sm"
        >
          <h2 id="demo-title" className="mb-1 font-semibold text-amber-900">
            {t('login.demoTitle')}
          </h2>
          <p className="mb-3 text-amber-900">{t('login.demoText', { password: DEMO_PASSWORD })}</p>
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-amber-200">
                <th scope="col" className="py-1 pr-2">
                  {t('login.demoLogin')}
                </th>
                <th scope="col" className="py-1">
                  {t('login.demoRole')}
                </th>
              </tr>
            </thead>
            <tbody>
              {DEMO_USERS.map((user) => (
                <tr key={user.login} className="border-b border-amber-100 last:border-0">
                  <td className="py-1 pr-2 font-mono">{user.login}</td>
                  <td className="py-1">
                    {t(`roles.${user.role}`)} — {user.name}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </main>
  );
}
