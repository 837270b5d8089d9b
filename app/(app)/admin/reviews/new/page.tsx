import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/domain/permissions';
import { ReviewFormPage } from '../review-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reviewAdmin');
  return { title: t('newReview') };
}

export default async function NewReviewPage({
  searchParams,
}: {
  searchParams: Promise<{ resolution?: string | string[] }>;
}) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'review.manage', { path: viewer.scope.path })) notFound();
  const { resolution } = await searchParams;
  return (
    <ReviewFormPage viewer={viewer} resolution={typeof resolution === 'string' ? resolution : undefined} />
  );
}
