import { createTranslator } from 'use-intl/core';
// use-intl's core (next-intl's own engine, same version): no React, so mails are made in jobs and scripts too
import type { MailLocale } from '@/lib/domain/mail-preferences';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';

/** The texts of mails, from the same messages files as the screens. */
export function mailTranslator(locale: MailLocale) {
  return createTranslator({ locale, messages: locale === 'en' ? en : vi });
}
export type MailTranslator = ReturnType<typeof mailTranslator>;
