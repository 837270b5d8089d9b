import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateField } from '@/components/ui/date-field';
import type { FigureView } from '@/lib/figure-filters';

type Option = { code: string; nameVi: string; nameEn: string | null };

const input =
  'min-h-10 w-full max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm sm:w-auto';

/** The figure filters as a plain GET form: every view is a URL, and works without JavaScript. */
export async function FigureFiltersForm({
  action,
  view,
  reviews,
  provinces,
  showPeriod = true,
}: {
  action: string;
  view: FigureView;
  reviews: Option[];
  provinces: Option[];
  showPeriod?: boolean;
}) {
  const [t, tc, locale] = await Promise.all([
    getTranslations('dashboard'),
    getTranslations('cascade'),
    getLocale(),
  ]);
  const label = (o: Option) => (locale === 'en' ? (o.nameEn ?? o.nameVi) : o.nameVi);
  return (
    <form
      method="get"
      action={action}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3"
      aria-label={t('filters')}
    >
      <label className="flex min-w-0 max-w-full flex-col gap-1 text-sm sm:max-w-sm">
        {t('review')}
        <select name="review" defaultValue={view.review ?? ''} className={input}>
          <option value="">{t('allReviews')}</option>
          {reviews.map((r) => (
            <option key={r.code} value={r.code}>
              {label(r)}
            </option>
          ))}
        </select>
      </label>
      {provinces.length > 1 && (
        <label className="flex flex-col gap-1 text-sm">
          {t('province')}
          <select name="province" defaultValue={view.org ?? ''} className={input}>
            <option value="">{t('allProvinces')}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {label(p)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex flex-col gap-1 text-sm">
        {tc('level')}
        <select name="level" defaultValue={view.level} className={input}>
          <option value="top">{tc('levels.top')}</option>
          <option value="all">{tc('levels.all')}</option>
        </select>
      </label>
      <DateField label={t('asOfLabel')} name="asOf" defaultValue={view.asOf} />
      {showPeriod && (
        <>
          <label className="flex flex-col gap-1 text-sm">
            {t('period')}
            <select name="period" defaultValue={view.period} className={input}>
              <option value="month">{t('month')}</option>
              <option value="week">{t('week')}</option>
            </select>
          </label>
          <DateField label={t('from')} name="from" defaultValue={view.from} />
          <DateField label={t('to')} name="to" defaultValue={view.to} />
        </>
      )}
      {view.compare && <input type="hidden" name="compare" value={view.compare} />}
      <button
        type="submit"
        className="min-h-10 rounded-md bg-brand-700 px-4 text-sm font-medium text-white hover:bg-brand-800"
      >
        {t('apply')}
      </button>
      <Link href={action} className="min-h-10 px-2 py-2 text-sm text-brand-700 underline">
        {t('reset')}
      </Link>
    </form>
  );
}
