import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotificationList } from '@/components/notifications/notification-list';
import { Pagination } from '@/components/tasks/pagination';
import { listNotifications } from '@/db/queries/notifications';
import { getViewer } from '@/lib/auth/viewer';
import { readAllNotifications } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications');
  return { title: t('title') };
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  const params = await searchParams;
  const requested = Number(params.page);
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const [t, list] = await Promise.all([getTranslations('notifications'), listNotifications(viewer, page)]);
  const unread = list.items.some((item) => !item.read);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="text-slate-600">{t('intro')}</p>
        </div>
        {unread && (
          <form action={readAllNotifications}>
            <button
              type="submit"
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
            >
              {t('markAllRead')}
            </button>
          </form>
        )}
      </div>
      {params.error === 'notFound' && (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t('errors.notFound')}
        </p>
      )}
      {list.items.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <NotificationList items={list.items} />
      )}
      <Pagination page={page} pages={list.pages} hrefFor={(p) => `/notifications?page=${p}`} />
    </div>
  );
}
