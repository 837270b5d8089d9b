import { useTranslations } from 'next-intl';

/**
 * Previous / next with "page x of n" ("page x" when the pages are not counted, nothing when the
 * page's number is not known either). The links come from `hrefFor(page)` (page numbers), or are
 * given as they are (`previousHref`, `nextHref`: a keyset list's cursors; null where there is none).
 * Plain links: a client <Link> is a component reference in the page's payload, hydrated and prefetched.
 */
export function Pagination({
  page,
  pages,
  hrefFor,
  previousHref,
  nextHref,
}: {
  page: number | null;
  pages: number | null;
  hrefFor?: (page: number) => string;
  previousHref?: string | null;
  nextHref?: string | null;
}) {
  const t = useTranslations('tasks.pagination');
  const previous =
    previousHref !== undefined ? previousHref : page && page > 1 ? (hrefFor?.(page - 1) ?? null) : null;
  const next =
    nextHref !== undefined ? nextHref : page && pages && page < pages ? (hrefFor?.(page + 1) ?? null) : null;
  if (!previous && !next) return null;
  return (
    <nav aria-label={t('label')} className="flex items-center justify-between gap-2 text-sm">
      {previous ? (
        <a href={previous} rel="prev" className="rounded-md border border-slate-300 bg-white px-3 py-2">
          {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <span>
        {page === null ? '' : pages === null ? t('pageOnly', { page }) : t('page', { page, pages })}
      </span>
      {next ? (
        <a href={next} rel="next" className="rounded-md border border-slate-300 bg-white px-3 py-2">
          {t('next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
