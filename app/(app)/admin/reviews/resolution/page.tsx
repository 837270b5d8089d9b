import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ResolutionForm } from '@/components/admin/review-forms';
import { findResolution } from '@/db/queries/review-admin';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/domain/permissions';
import { createResolutionAction, updateResolutionAction } from '../actions';

type Props = { searchParams: Promise<{ code?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations('reviewAdmin');
  return { title: (await searchParams).code ? t('editResolution') : t('newResolution') };
}

/** A new resolution, or (`?code=43-NQ/TW`, a number with a slash) the one to edit. */
export default async function ResolutionPage({ searchParams }: Props) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'review.manage', { path: viewer.scope.path })) notFound();
  const { code } = await searchParams;
  const t = await getTranslations('reviewAdmin');
  const resolution = typeof code === 'string' ? await findResolution(viewer, code) : null;
  if (code !== undefined && !resolution) notFound();
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/reviews" className="text-sm text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">
        {resolution ? `${t('editResolution')} ${resolution.code}` : t('newResolution')}
      </h1>
      {resolution ? (
        <ResolutionForm action={updateResolutionAction} resolution={resolution} />
      ) : (
        <ResolutionForm action={createResolutionAction} />
      )}
    </div>
  );
}
