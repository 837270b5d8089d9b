import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findReview } from '@/db/queries/review-admin';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/domain/permissions';
import { ReviewFormPage } from '../review-page';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: decodeURIComponent((await params).code) };
}

export default async function ReviewPage({ params }: Props) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'review.manage', { path: viewer.scope.path })) notFound();
  const review = await findReview(viewer, decodeURIComponent((await params).code));
  if (!review) notFound();
  return <ReviewFormPage viewer={viewer} review={review} />;
}
