import { createTranslator } from 'use-intl/core';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';

export type ApiLocale = 'vi' | 'en';

/**
 * The caller's language from `Accept-Language`: the first of vi and en by quality (ties keep
 * the header's order); Vietnamese when neither is asked for, as the pages default.
 */
export function apiLocale(header: string | null): ApiLocale {
  const ranked = (header ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
      return { tag: tag.trim(), q: q ? Number(q[1]) : 1, index };
    })
    .filter((item) => item.q > 0 && !Number.isNaN(item.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const language = tag.split('-')[0];
    if (language === 'vi' || language === 'en') return language;
  }
  return 'vi';
}

/** The texts of API answers, from the same messages files as the screens. */
export function apiTranslator(locale: ApiLocale) {
  return createTranslator({ locale, messages: locale === 'en' ? en : vi });
}
export type ApiTranslator = ReturnType<typeof apiTranslator>;
