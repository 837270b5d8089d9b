export const LOCALES = ['vi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'vi';
export const LOCALE_COOKIE = 'locale';

/** Vietnamese whatever the browser asks for; English only when chosen with the switch. */
export function resolveLocale(cookieValue: string | undefined): Locale {
  return cookieValue === 'en' ? 'en' : DEFAULT_LOCALE;
}
