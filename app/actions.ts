'use server';

import { cookies } from 'next/headers';
import { signOut } from '@/auth';
import { recordLogout } from '@/db/queries/auth';
import { LOCALE_COOKIE, resolveLocale } from '@/i18n/locale';
import { findViewer } from '@/lib/auth/viewer';

/** The language switch: kept in a cookie for a year. */
export async function setLocale(form: FormData): Promise<void> {
  const locale = resolveLocale(String(form.get('locale') ?? ''));
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: 365 * 24 * 3600,
    sameSite: 'lax',
    httpOnly: true,
  });
}

export async function logout(): Promise<void> {
  const viewer = await findViewer();
  if (viewer) await recordLogout(viewer.id, viewer.org.id);
  await signOut({ redirectTo: '/login?reason=logout' });
}
