import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ScrollRegion } from '@/components/ui/scroll-region';
import { listResolutionsWithReviews } from '@/db/queries/review-admin';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { can } from '@/lib/domain/permissions';
import { formatDate } from '@/lib/format';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reviewAdmin');
  return { title: t('title') };
}

const buttonClass = 'rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800';

export default async function ReviewsAdminPage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string }>;
}) {
  const viewer = await getViewer();
  if (!can(actorOf(viewer), 'review.manage', { path: viewer.scope.path })) notFound();
  const [t, locale, list, { saved }] = await Promise.all([
    getTranslations('reviewAdmin'),
    getLocale(),
    listResolutionsWithReviews(viewer),
    searchParams,
  ]);
  const title = (o: { titleVi: string; titleEn: string | null }) =>
    locale === 'en' ? (o.titleEn ?? o.titleVi) : o.titleVi;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/reviews/resolution" className={buttonClass}>
            {t('newResolution')}
          </Link>
          <Link href="/admin/reviews/new" className={buttonClass}>
            {t('newReview')}
          </Link>
        </div>
      </div>
      <p className="max-w-3xl text-slate-600">{t('intro')}</p>
      {(saved === 'resolution' || saved === 'review') && (
        <p role="status" className="max-w-xl rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {saved === 'resolution' ? t('savedResolution') : t('savedReview')}
        </p>
      )}
      {list.length === 0 && <p>{t('empty')}</p>}
      {list.map((resolution) => (
        <section
          key={resolution.code}
          aria-labelledby={`resolution-${resolution.code}`}
          className="flex flex-col gap-2 rounded-md border border-slate-200 p-4"
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`resolution-${resolution.code}`} className="text-lg font-semibold">
              {resolution.code} — {title(resolution)}
            </h2>
            <Link
              href={`/admin/reviews/resolution?code=${encodeURIComponent(resolution.code)}`}
              className="text-sm text-brand-700 underline"
              aria-label={`${t('editResolution')} ${resolution.code}`}
            >
              {t('edit')}
            </Link>
          </div>
          {resolution.issuedOn && (
            <p className="text-sm text-slate-600">
              {t('issued', { date: formatDate(resolution.issuedOn) })}
              {resolution.issuerVi ? ` · ${resolution.issuerVi}` : ''}
            </p>
          )}
          {resolution.reviews.length === 0 ? (
            <p className="text-sm text-slate-600">{t('noReviews')}</p>
          ) : (
            <ScrollRegion aria-labelledby={`resolution-${resolution.code}`}>
              <table className="w-full min-w-[36rem] text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-2 pr-3">
                      {t('reviewCode')}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t('reviewTitle')}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t('period')}
                    </th>
                    <th scope="col" className="py-2">
                      {t('coordinator')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {resolution.reviews.map((review) => (
                    <tr key={review.code} className="border-b border-slate-100">
                      <td className="py-2 pr-3 font-mono">
                        <Link
                          href={`/admin/reviews/${encodeURIComponent(review.code)}`}
                          className="text-brand-700 underline"
                        >
                          {review.code}
                        </Link>
                      </td>
                      <td className="py-2 pr-3">{title(review)}</td>
                      <td className="py-2 pr-3 whitespace-nowrap">
                        {t('periodValue', {
                          from: formatDate(review.startsOn),
                          to: formatDate(review.endsOn),
                        })}
                      </td>
                      <td className="py-2">
                        {locale === 'en'
                          ? (review.coordinator.nameEn ?? review.coordinator.nameVi)
                          : review.coordinator.nameVi}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
          <Link
            href={`/admin/reviews/new?resolution=${encodeURIComponent(resolution.code)}`}
            className="self-start text-sm text-brand-700 underline"
          >
            {t('newReview')}
          </Link>
        </section>
      ))}
    </div>
  );
}
