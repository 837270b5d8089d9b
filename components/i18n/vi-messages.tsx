'use client';
import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { TIME_ZONE } from '@/lib/clock';
import messages from '@/messages/vi.json';

/**
 * The Vietnamese messages for the client components, from a script the browser keeps (one per
 * language: a page loads only its own), not copied into every page's payload (issue 20).
 */
export function ViMessages({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="vi" messages={messages} timeZone={TIME_ZONE}>
      {children}
    </NextIntlClientProvider>
  );
}
