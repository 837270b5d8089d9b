import Link from 'next/link';
import { useTranslations } from 'next-intl';

export function Pagination({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  const t = useTranslations('tasks.pagination');
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('label')} className="flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className="rounded-md border border-slate-300 bg-white px-3 py-2">
          {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span>{t('page', { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className="rounded-md border border-slate-300 bg-white px-3 py-2">
          {t('next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
