'use client';

import { useTranslations } from 'next-intl';

/** Unexpected failures: a generic message here, the detail in the server log. */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errors');
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <p className="mb-4 text-red-900">{t('generic')}</p>
      <button type="button" onClick={reset} className="rounded-md bg-white px-3 py-1 text-sm underline">
        {t('retry')}
      </button>
    </div>
  );
}
