import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ReviewForm } from '@/components/admin/review-forms';
import { type ReviewRow, resolutionOptions } from '@/db/queries/review-admin';
import type { Viewer } from '@/db/queries/viewer';
import { createReviewAction, updateReviewAction } from './actions';

/** The page of a new review or of one to edit: the form with its choices. */
export async function ReviewFormPage({
  viewer,
  review,
  resolution,
}: {
  viewer: Viewer;
  review?: ReviewRow;
  resolution?: string;
}) {
  const [t, locale, resolutions] = await Promise.all([
    getTranslations('reviewAdmin'),
    getLocale(),
    resolutionOptions(viewer),
  ]);
  const name = (o: { nameVi: string; nameEn: string | null }) =>
    locale === 'en' ? (o.nameEn ?? o.nameVi) : o.nameVi;
  const resolutionChoices = resolutions.map((r) => ({
    code: r.code,
    label: `${r.code} — ${locale === 'en' ? (r.titleEn ?? r.titleVi) : r.titleVi}`,
  }));
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/reviews" className="text-sm text-brand-700 underline">
        {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">
        {review ? `${t('editReview')} ${review.code}` : t('newReview')}
      </h1>
      {review ? (
        <ReviewForm
          action={updateReviewAction}
          review={{
            ...review,
            coordinator: {
              code: review.coordinator.code,
              label: `${name(review.coordinator)} (${review.coordinator.code})`,
            },
          }}
          resolutions={resolutionChoices}
        />
      ) : (
        <ReviewForm action={createReviewAction} resolution={resolution} resolutions={resolutionChoices} />
      )}
    </div>
  );
}
