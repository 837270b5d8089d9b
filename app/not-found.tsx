import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <main className="mx-auto max-w-lg p-8 text-center">
      <h1 className="mb-4 text-2xl font-semibold">404</h1>
      <p className="mb-6">{t('notFound')}</p>
      <Link href="/dashboard" className="text-brand-700 underline">
        {t('backHome')}
      </Link>
    </main>
  );
}
