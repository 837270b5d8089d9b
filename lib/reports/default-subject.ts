type Review = { code: string; nameVi: string; nameEn: string | null };

/**
 * The subject line a Word report starts with: the review named in full ("… tổng kết 20 năm
 * thực hiện Nghị quyết số 23-NQ/TW") when the filter names one, or when only one review exists;
 * otherwise the generic "… tổng kết nghị quyết", in lower case since no document is named.
 */
export function defaultSubject(
  t: (key: string, values?: Record<string, string>) => string,
  reviews: readonly Review[],
  reviewCode: string | undefined,
  locale: string,
): string {
  const review = reviewCode
    ? reviews.find((r) => r.code === reviewCode)
    : reviews.length === 1
      ? reviews[0]
      : undefined;
  if (!review) return t('reports.defaultSubjectAll');
  const name = locale === 'en' ? (review.nameEn ?? review.nameVi) : review.nameVi;
  return t('reports.defaultSubject', { review: name.charAt(0).toLocaleLowerCase(locale) + name.slice(1) });
}
