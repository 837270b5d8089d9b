import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { orgLabel, titleLabel } from '@/components/recommendations/option-labels';
import { RecommendationForm } from '@/components/recommendations/recommendation-form';
import { addresseeOptions, reviewOptions, sessionOptions } from '@/db/queries/recommendation-options';
import { searchUnits } from '@/db/queries/unit-options';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { TEXT_LIMIT } from '@/lib/domain/recommendation-workflow';
import { createRecommendationAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('recommendations');
  return { title: t('newTitle') };
}

export default async function NewRecommendationPage() {
  const viewer = await getViewer();
  const asOf = today();
  const [t, locale, reviews, sources, sessions, addressees] = await Promise.all([
    getTranslations('recommendations'),
    getLocale(),
    reviewOptions(),
    // the first unit the viewer may draft from (their own unit, or their scope's first), if any
    searchUnits(viewer, { purpose: 'source', q: '' }, asOf),
    sessionOptions(viewer),
    addresseeOptions(asOf),
  ]);
  // Leaders and administrators draft nothing: the page does not exist for them.
  const source = sources?.units[0];
  if (!source) notFound();
  return (
    <div className="flex flex-col gap-4">
      <Link href="/recommendations" className="text-sm text-brand-700 underline">
        {t('backToList')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('newTitle')}</h1>
      <RecommendationForm
        action={createRecommendationAction}
        textLimit={TEXT_LIMIT}
        initial={{
          review: reviews[0]?.code ?? '',
          sourceOrg: source.code,
          sourceOrgLabel: `${orgLabel(locale)(source).label} (${source.code})`,
          session: '',
          category: '',
          text: '',
          addressees: [],
        }}
        options={{
          reviews: reviews.map(titleLabel(locale)),
          sessions: sessions.map(titleLabel(locale)),
          addressees: addressees.map(orgLabel(locale)),
        }}
      />
    </div>
  );
}
