import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findReview } from '@/db/queries/review-admin';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { codeFromParam } from '@/lib/domain/codes';
import { can } from '@/lib/domain/permissions';
import { ReviewFormPage } from '../review-page';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: codeFromParam((await params).code) ?? notFound() };
}

export default async function ReviewPage({ params }: Props) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'review.manage', { path: viewer.scope.path })) notFound();
  const review = await findReview(viewer, codeFromParam((await params).code) ?? notFound());
  if (!review) notFound();
  return <ReviewFormPage viewer={viewer} review={review} />;
}
