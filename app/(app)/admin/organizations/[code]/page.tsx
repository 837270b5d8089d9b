import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { EditOrganizationForm, RetireOrganizationForm } from '@/components/admin/organization-form';
import { findManagedOrganization } from '@/db/queries/org-tree';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import { can } from '@/lib/domain/permissions';
import { formatDate } from '@/lib/format';
import { retireOrganizationAction, updateOrganizationAction } from '../actions';

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: codeFromParam((await params).code) ?? notFound() };
}

const unitLink = (code: string) => `/admin/organizations/${encodeURIComponent(code)}`;

export default async function OrganizationPage({ params, searchParams }: Props) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'organization.manage', { path: viewer.scope.path })) notFound();
  const code = codeFromParam((await params).code) ?? notFound();
  const day = today();
  const [t, locale, unit] = await Promise.all([
    getTranslations('orgAdmin'),
    getLocale(),
    findManagedOrganization(viewer, code, day),
  ]);
  if (!unit) notFound();
  const name = (o: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (o.nameEn ?? o.nameVi) : o.nameVi;
  const { saved } = await searchParams;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <Link href="/admin/organizations" className="text-sm text-brand-700 underline">
          {t('back')}
        </Link>
        <h1 className="text-2xl font-semibold">
          {name(unit)} <span className="font-mono text-lg text-slate-600">({unit.code})</span>
        </h1>
        {saved === 'created' && (
          <p role="status" className="mt-2 max-w-xl rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
            {t('created')}
          </p>
        )}
        {(saved === 'updated' || saved === 'retired') && (
          <p role="status" className="mt-2 max-w-xl rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
            {saved === 'retired' ? t('retiredSaved') : t('saved')}
          </p>
        )}
        <dl className="mt-2 grid max-w-2xl grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-600">{t('kind')}</dt>
          <dd>
            {t(`kinds.${unit.kind}`)} · {t(`sectors.${unit.sector}`)}
          </dd>
          {unit.parent && (
            <>
              <dt className="text-slate-600">{t('path')}</dt>
              <dd>{name(unit.parent)}</dd>
            </>
          )}
          <dt className="text-slate-600">{t('validity')}</dt>
          <dd>
            {unit.validTo ? (
              <span className="rounded bg-amber-50 px-1.5 py-0.5 text-amber-900">
                {unit.retired
                  ? t('retired', { date: formatDate(unit.validTo) })
                  : t('validUntil', { date: formatDate(unit.validTo) })}
              </span>
            ) : unit.validFrom ? (
              t('validFromTo', { from: formatDate(unit.validFrom), to: '…' })
            ) : (
              t('inForce')
            )}
          </dd>
          {unit.successor && (
            <>
              <dt className="text-slate-600">{t('successor')}</dt>
              <dd>
                {unit.successor.inScope ? (
                  <Link href={unitLink(unit.successor.code)} className="text-brand-700 underline">
                    {name(unit.successor)}
                  </Link>
                ) : (
                  name(unit.successor)
                )}
              </dd>
            </>
          )}
          {unit.predecessors.length > 0 && (
            <>
              <dt className="text-slate-600">{t('predecessors')}</dt>
              <dd className="flex flex-col">
                {unit.predecessors.map((p) => (
                  <Link key={p.code} href={unitLink(p.code)} className="text-brand-700 underline">
                    {name(p)}
                  </Link>
                ))}
              </dd>
            </>
          )}
        </dl>
        <p className="text-sm text-slate-600">{t('activeAccounts', { count: unit.activeAccounts })}</p>
      </div>

      <section aria-labelledby="children-heading" className="flex flex-col gap-2">
        <h2 id="children-heading" className="text-lg font-semibold">
          {t('children')}
        </h2>
        {unit.children.length === 0 ? (
          <p className="text-sm text-slate-600">{t('noChildren')}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm">
            {unit.children.map((child) => (
              <li key={child.code}>
                <Link href={unitLink(child.code)} className="text-brand-700 underline">
                  {name(child)}
                </Link>{' '}
                <span className="font-mono text-xs text-slate-600">{child.code}</span>
                {child.validTo && (
                  <span className="ml-2 text-xs text-amber-900">
                    {t('validUntil', { date: formatDate(child.validTo) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {!unit.retired && (
          <Link
            href={`/admin/organizations/new?parent=${encodeURIComponent(unit.code)}`}
            className="self-start text-sm text-brand-700 underline"
          >
            {t('newUnder')}
          </Link>
        )}
      </section>

      <section aria-labelledby="edit-heading" className="flex flex-col gap-2">
        <h2 id="edit-heading" className="text-lg font-semibold">
          {t('edit')}
        </h2>
        <EditOrganizationForm
          action={updateOrganizationAction}
          unit={{ code: unit.code, nameVi: unit.nameVi, nameEn: unit.nameEn, stamp: unit.stamp }}
        />
      </section>

      {!unit.validTo && unit.parent && (
        <section aria-labelledby="retire-heading" className="flex flex-col gap-2">
          <h2 id="retire-heading" className="text-lg font-semibold">
            {t('retire')}
          </h2>
          <p className="max-w-xl text-sm text-slate-600">{t('retireHint')}</p>
          <RetireOrganizationForm
            action={retireOrganizationAction}
            unit={{ code: unit.code, stamp: unit.stamp }}
            today={day}
          />
        </section>
      )}
    </div>
  );
}
