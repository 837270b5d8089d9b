import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { listUsers, USERS_PAGE_SIZE } from '@/db/queries/users';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { expiryClock } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import { formatNumber } from '@/lib/format';
import { UserListParams } from '@/lib/validations/users';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.users');
  return { title: t('title') };
}

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'user.manage', { path: viewer.scope.path })) notFound();
  const params = UserListParams.parse(await searchParams);
  const [t, locale, { rows, total }] = await Promise.all([
    getTranslations(),
    getLocale(),
    listUsers(viewer, params),
  ]);
  const page = params.page ?? 1;
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const pageHref = (p: number) =>
    `/admin/users?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), page: String(p) })}`;
  // Locks run on the real clock (lib/clock.ts expiryClock), whatever APP_NOW says.
  const at = expiryClock();
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('admin.users.title')}</h1>
        <Link
          href="/admin/users/new"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          {t('admin.users.new')}
        </Link>
      </div>
      <search>
        <form method="get" className="flex flex-wrap items-end gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="q" className="text-sm font-medium">
              {t('admin.users.search')}
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={params.q}
              maxLength={200}
              className="min-h-10 rounded-md border border-slate-300 px-3 py-2"
            />
          </div>
          <button
            type="submit"
            className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-100"
          >
            {t('admin.users.searchSubmit')}
          </button>
        </form>
      </search>
      <p className="text-sm text-slate-600">
        {t('admin.users.count', { count: formatNumber(total, locale) })}
      </p>
      <ScrollRegion aria-label={t('admin.users.title')}>
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                {t('admin.users.login')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('admin.users.displayName')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('admin.users.role')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('admin.users.organization')}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t('admin.users.scope')}
              </th>
              <th scope="col" className="py-2">
                {t('admin.users.state')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((user) => (
              <tr key={user.id} className="border-b border-slate-100">
                <td className="py-2 pr-3 font-mono">
                  <Link
                    href={`/admin/users/${encodeURIComponent(user.login)}`}
                    className="text-brand-700 underline"
                  >
                    {user.login}
                  </Link>
                </td>
                <td className="py-2 pr-3">{user.displayName}</td>
                <td className="py-2 pr-3">{t(`roles.${user.role}`)}</td>
                <td className="py-2 pr-3">{user.org.code}</td>
                <td className="py-2 pr-3">{user.scope.code}</td>
                <td className="py-2">
                  {!user.active
                    ? t('admin.users.inactive')
                    : user.lockedUntil && user.lockedUntil > at
                      ? t('admin.users.locked')
                      : user.mustChangePassword
                        ? t('admin.users.mustChange')
                        : t('admin.users.active')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {pages > 1 && (
        <nav aria-label={t('admin.pagination')} className="flex gap-3 text-sm">
          {page > 1 && (
            <Link href={pageHref(page - 1)} className="underline">
              {t('admin.previous')}
            </Link>
          )}
          <span>{t('admin.page', { page, pages })}</span>
          {page < pages && (
            <Link href={pageHref(page + 1)} className="underline">
              {t('admin.next')}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
