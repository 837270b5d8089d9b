import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { EnMessages, ViMessages } from '@/components/i18n/messages-provider';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: { default: t('name'), template: `%s · ${t('name')}` }, description: t('tagline') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // Not <NextIntlClientProvider> here: it would serialise the whole catalogue (~100 KB) into
  // every page; each language's provider imports its catalogue on the client instead.
  const Messages = locale === 'en' ? EnMessages : ViMessages;
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <Messages>{children}</Messages>
      </body>
    </html>
  );
}
