import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { navItemsFor } from '@/components/layout/nav-items';
import { NavLinks } from '@/components/layout/nav-links';
import { NotificationBell } from '@/components/layout/notification-bell';
import { MY_WORK_COUNT_CAP, myWorkCounts } from '@/db/queries/my-work';
import { unreadCount } from '@/db/queries/notifications';
import { actorOf } from '@/lib/auth/actor';
import { getViewerBeforePasswordChange } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { formatCapped } from '@/lib/format';
import { logout } from '../actions';

/** The shell: navigation for the sections that exist, the user's name, unit and role. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  // Not getViewer(): the shell also frames the change-password page; every page gates itself.
  const viewer = await getViewerBeforePasswordChange();
  const t = await getTranslations();
  const locale = await getLocale();
  const orgName = locale === 'en' ? (viewer.org.nameEn ?? viewer.org.nameVi) : viewer.org.nameVi;
  const [work, unread] = await Promise.all([
    viewer.role === 'official' || viewer.role === 'coordinator' ? myWorkCounts(viewer, today()) : null,
    unreadCount(viewer),
  ]);
  const waiting = work ? work.dueSoon + work.toConfirm + work.toAnswer : 0;
  const over = waiting > MY_WORK_COUNT_CAP;
  const items = navItemsFor(actorOf(viewer)).map((item) => ({
    href: item.href,
    label: t(`nav.${item.label}`),
    ...(item.href === '/my-work'
      ? {
          badge: waiting ? formatCapped(waiting, MY_WORK_COUNT_CAP, locale) : undefined,
          badgeLabel: t(over ? 'myWork.countOver' : 'myWork.count', {
            count: over ? MY_WORK_COUNT_CAP : waiting,
          }),
        }
      : {}),
  }));
  return (
    <div className="min-h-screen md:grid md:grid-cols-[15rem_1fr] print:block">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {t('app.skipToContent')}
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden md:row-span-2 md:flex md:flex-col md:border-r md:border-b-0">
        <div className="flex items-start justify-between gap-2 bg-brand-700 px-4 py-3 text-white">
          <p className="text-sm font-semibold leading-tight">{t('app.name')}</p>
          <NotificationBell
            unread={unread}
            label={t('notifications.bell')}
            countLabel={t('notifications.unread', { count: unread })}
          />
        </div>
        <div className="p-2 md:flex-1">
          <NavLinks items={items} label={t('nav.main')} />
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 p-3 text-sm md:flex-col md:items-stretch">
          <div data-testid="user-card">
            <p className="font-medium">{viewer.name}</p>
            <p className="text-slate-600">{orgName}</p>
            <p className="text-slate-600">{t(`roles.${viewer.role}`)}</p>
          </div>
          <div className="flex items-center gap-2">
            <a
              href="/account/password"
              className="rounded-md px-2 py-1 text-sm text-brand-700 underline hover:bg-brand-50"
            >
              {t('nav.account')}
            </a>
            <LanguageSwitch />
            <form action={logout}>
              <button
                type="submit"
                className="rounded-md px-2 py-1 text-sm text-brand-700 underline hover:bg-brand-50"
              >
                {t('nav.logout')}
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="min-w-0 p-4 md:p-8 print:p-0">
        {children}
      </main>
    </div>
  );
}
