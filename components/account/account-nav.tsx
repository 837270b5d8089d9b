import { getTranslations } from 'next-intl/server';

/** The pages of one's own account, side by side. */
export async function AccountNav({
  current,
}: {
  current: 'password' | 'security' | 'email' | 'notifications' | 'tokens';
}) {
  const t = await getTranslations();
  const links = [
    { key: 'password', href: '/account/password', label: t('account.title') },
    { key: 'security', href: '/account/security', label: t('nav.security') },
    { key: 'email', href: '/account/email', label: t('accountEmail.tab') },
    { key: 'notifications', href: '/account/notifications', label: t('notificationSettings.tab') },
    { key: 'tokens', href: '/account/tokens', label: t('apiTokens.tab') },
  ] as const;
  return (
    <nav aria-label={t('account.tabs')} className="flex gap-4 border-b border-slate-200 text-sm">
      {links.map((link) => (
        <a
          key={link.key}
          href={link.href}
          aria-current={link.key === current ? 'page' : undefined}
          className={`-mb-px border-b-2 px-1 py-2 ${link.key === current ? 'border-brand-700 font-medium text-brand-800' : 'border-transparent text-slate-600 hover:text-brand-700'}`}
        >
          {link.label}
        </a>
      ))}
    </nav>
  );
}
