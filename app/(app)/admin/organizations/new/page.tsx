import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { NewOrganizationForm } from '@/components/admin/organization-form';
import { findManagedOrganization } from '@/db/queries/org-tree';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { can } from '@/lib/domain/permissions';
import { createOrganizationAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('orgAdmin');
  return { title: t('new') };
}

export default async function NewOrganizationPage({
  searchParams,
}: {
  searchParams: Promise<{ parent?: string | string[] }>;
}) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'organization.manage', { path: viewer.scope.path })) notFound();
  const { parent } = await searchParams;
  const [t, locale, unit] = await Promise.all([
    getTranslations('orgAdmin'),
    getLocale(),
    typeof parent === 'string' ? findManagedOrganization(viewer, parent, today()) : null,
  ]);
  // the unit the page was opened from (its "add a unit under it" link), if it may be a parent
  const chosen =
    unit && !unit.retired
      ? {
          code: unit.code,
          label: `${locale === 'en' ? (unit.nameEn ?? unit.nameVi) : unit.nameVi} (${unit.code})`,
          sector: unit.sector,
        }
      : undefined;
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/organizations" className="text-sm text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('new')}</h1>
      <NewOrganizationForm action={createOrganizationAction} parent={chosen} />
    </div>
  );
}
