'use server';

import { cookies } from 'next/headers';
import { auth, signOut } from '@/auth';
import { endSession } from '@/db/queries/auth';
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

/** Ends the session on the server (a copy of the cookie is refused from now on), then the cookie. */
export async function logout(): Promise<void> {
  const viewer = await findViewer();
  const sessionId = (await auth())?.user?.sessionId;
  if (viewer && sessionId) await endSession(viewer.id, viewer.org.id, sessionId);
  await signOut({ redirectTo: '/login?reason=logout' });
}
