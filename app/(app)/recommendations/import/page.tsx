import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ImportForm } from '@/components/import/import-form';
import { mayImportRecommendations, recommendationTemplateFits } from '@/db/queries/recommendation-import';
import { TEMPLATE_MAX_ROWS } from '@/db/queries/task-import';
import { getViewer } from '@/lib/auth/viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('recommendationImport');
  return { title: t('title') };
}

export default async function RecommendationImportPage() {
  const viewer = await getViewer();
  if (!mayImportRecommendations(viewer)) notFound();
  const [t, fits] = await Promise.all([getTranslations(), recommendationTemplateFits(viewer)]);
  const link = 'rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-50';
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/recommendations" className="text-sm text-brand-700 underline">
          {t('recommendations.title')}
        </Link>
        <h1 className="text-2xl font-semibold">{t('recommendationImport.title')}</h1>
        <p className="max-w-3xl text-slate-600">{t('recommendationImport.intro')}</p>
      </div>
      <div className="flex flex-wrap gap-3">
        <a href="/recommendations/import/template" className={link} download>
          {t('recommendationImport.template')}
        </a>
        {fits ? (
          <a href="/recommendations/import/template?with=recommendations" className={link} download>
            {t('recommendationImport.templateWithRecommendations')}
          </a>
        ) : (
          <p className="max-w-xl text-sm text-slate-600">
            {t('recommendationImport.templateTooMany', { max: TEMPLATE_MAX_ROWS })}
          </p>
        )}
      </div>
      <ImportForm
        endpoint="/api/upload/recommendations-import"
        labels={{
          columns: 'recommendationImport.column',
          title: 'recommendationImport.columns.text',
          org: 'recommendationImport.columns.source',
          day: 'recommendationImport.columns.responseDueOn',
        }}
      />
    </div>
  );
}
