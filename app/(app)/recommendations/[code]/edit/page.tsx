import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { orgLabel, titleLabel } from '@/components/recommendations/option-labels';
import { RecommendationForm } from '@/components/recommendations/recommendation-form';
import { recommendationDetail } from '@/db/queries/recommendation-detail';
import { addresseeOptions, sessionOptions } from '@/db/queries/recommendation-options';
import { actorOf } from '@/lib/auth/actor';
import { getViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { codeFromParam } from '@/lib/domain/codes';
import { checkWholeAction, TEXT_LIMIT } from '@/lib/domain/recommendation-workflow';
import { editRecommendationAction } from '../../actions';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('recommendations');
  return { title: t('editTitle', { code: codeFromParam((await params).code) ?? notFound() }) };
}

export default async function EditRecommendationPage({ params }: Props) {
  const viewer = await getViewer();
  const code = codeFromParam((await params).code) ?? notFound();
  const asOf = today();
  const rec = await recommendationDetail(viewer, code, asOf);
  if (!rec) notFound();
  const check = checkWholeAction(actorOf(viewer), 'recommendation.edit', {
    status: rec.status,
    sourcePath: rec.source.path,
    coordinatorPath: rec.coordinatorPath,
  });
  // Readable but not editable (submitted, or not theirs to edit): the page shows it as it is.
  if (!check.ok) redirect(`/recommendations/${rec.code}`);
  const [t, locale, sessions, addressees] = await Promise.all([
    getTranslations('recommendations'),
    getLocale(),
    sessionOptions(viewer),
    addresseeOptions(asOf),
  ]);
  const label = orgLabel(locale);
  // A current addressee retired since the draft stays listed, so it can be unticked.
  const extra = rec.addressees.filter((a) => !addressees.some((o) => o.code === a.code));
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/recommendations/${rec.code}`} className="text-sm text-brand-700 underline">
        {t('backToDetail')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('editTitle', { code: rec.code })}</h1>
      <RecommendationForm
        action={editRecommendationAction}
        textLimit={TEXT_LIMIT}
        initial={{
          code: rec.code,
          version: rec.version,
          review: rec.review.code,
          sourceOrg: rec.source.code,
          session: rec.session?.code ?? '',
          category: rec.category,
          text: rec.text,
          addressees: rec.addressees.map((a) => a.code),
        }}
        options={{
          reviews: [],
          sessions: sessions.map(titleLabel(locale)),
          addressees: [...addressees, ...extra].map(label),
        }}
      />
    </div>
  );
}
