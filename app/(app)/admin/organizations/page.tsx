import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { OrganizationTree } from '@/components/admin/organization-tree';
import { organizationTree } from '@/db/queries/org-tree';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import { formatNumber } from '@/lib/format';
import { OrganizationListParams } from '@/lib/validations/organizations';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('orgAdmin');
  return { title: t('title') };
}

export default async function OrganizationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'organization.manage', { path: viewer.scope.path })) notFound();
  const params = OrganizationListParams.parse(await searchParams);
  const [t, locale, nodes] = await Promise.all([
    getTranslations('orgAdmin'),
    getLocale(),
    organizationTree(viewer, params, today()),
  ]);
  const name = (o: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (o.nameEn ?? o.nameVi) : o.nameVi;
  const units = nodes.map((node) => ({
    ...node,
    name: name(node),
    successor: node.successor ? { code: node.successor.code, name: name(node.successor) } : null,
  }));
  const matches = params.q ? units.filter((u) => u.match).length : units.length;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <Link
          href="/admin/organizations/new"
          className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          {t('new')}
        </Link>
      </div>
      <p className="max-w-3xl text-slate-600">{t('intro')}</p>
      <search>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-1">
            <label htmlFor="q" className="text-sm font-medium">
              {t('search')}
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
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" name="current" value="1" defaultChecked={params.current === '1'} />
            {t('current')}
          </label>
          <button
            type="submit"
            className="min-h-10 rounded-md border border-slate-300 bg-white px-4 text-sm hover:bg-slate-100"
          >
            {t('searchSubmit')}
          </button>
          {(params.q || params.current) && (
            <Link href="/admin/organizations" className="min-h-10 py-2 text-sm underline">
              {t('clear')}
            </Link>
          )}
        </form>
      </search>
      <p className="text-sm text-slate-600" aria-live="polite">
        {t('count', { count: formatNumber(matches, locale) })}
      </p>
      {units.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <nav aria-label={t('treeLabel')}>
          <OrganizationTree units={units} openAll={!!params.q} />
        </nav>
      )}
    </div>
  );
}
