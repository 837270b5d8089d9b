import { getLocale, getTranslations } from 'next-intl/server';
import { setLocale } from '@/app/actions';

/** One button that switches to the other language. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations('nav');
  const other = locale === 'vi' ? 'en' : 'vi';
  return (
    <form action={setLocale}>
      <input type="hidden" name="locale" value={other} />
      <button
        type="submit"
        lang={other}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
        aria-label={`${t('language')}: ${other === 'en' ? t('switchToEnglish') : t('switchToVietnamese')}`}
      >
        {other === 'en' ? t('switchToEnglish') : t('switchToVietnamese')}
      </button>
    </form>
  );
}
