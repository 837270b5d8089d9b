import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { listSessions } from '@/db/queries/sessions';
import { getViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/domain/permissions';
import { formatDate } from '@/lib/format';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sessions');
  return { title: t('title') };
}

export default async function SessionsPage() {
  const viewer = await getViewer();
  const [t, locale, sessions] = await Promise.all([
    getTranslations('sessions'),
    getLocale(),
    listSessions(viewer),
  ]);
  const mayCreate = can(
    { role: viewer.role, orgPath: viewer.org.path, scopePath: viewer.scope.path },
    'session.manage',
    {
      path: viewer.scope.path,
    },
  );
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {mayCreate && (
          <Link
            href="/sessions/new"
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white"
          >
            {t('new')}
          </Link>
        )}
      </div>
      {sessions.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <ScrollRegion
          className="overflow-x-auto rounded-md border border-slate-200 bg-white"
          aria-label={t('title')}
        >
          <table className="w-full min-w-[40rem] border-collapse text-sm">
            <thead className="border-b border-slate-300 bg-slate-50 text-left">
              <tr>
                <th scope="col" className="p-2">
                  {t('columns.code')}
                </th>
                <th scope="col" className="p-2">
                  {t('columns.title')}
                </th>
                <th scope="col" className="p-2">
                  {t('columns.heldOn')}
                </th>
                <th scope="col" className="p-2">
                  {t('columns.organization')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('columns.tasks')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.code} className="border-b border-slate-100 align-top">
                  <td className="p-2 whitespace-nowrap">
                    <Link href={`/sessions/${s.code}`} className="font-medium text-brand-700 underline">
                      {s.code}
                    </Link>
                  </td>
                  <td className="p-2">{s.title}</td>
                  <td className="p-2 whitespace-nowrap">{formatDate(s.heldOn)}</td>
                  <td className="p-2">
                    {locale === 'en' ? (s.organizationNameEn ?? s.organizationNameVi) : s.organizationNameVi}
                  </td>
                  <td className="p-2 text-right tabular-nums">{s.tasks}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
