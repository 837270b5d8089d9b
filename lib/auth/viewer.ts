import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { loadViewer, type Viewer } from '@/db/queries/viewer';
import { logger } from '@/lib/logger';
import {
  openSession,
  type SessionUser,
  sessionChunks,
  sessionCookieName,
  sessionUser,
} from './session-cookie';
import { mustEnrolTwoFactor } from './two-factor-policy';

/**
 * The signed-in user, re-read from the database once per request. No session, a deactivated
 * account or a bumped session version: back to the login page. A user who must change their
 * password (first sign-in, or after an administrator's reset) is sent to do that first; then
 * an administrator without two-factor sign-in, when it is required, is sent to set it up.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const viewer = await getViewerBeforeTwoFactor();
  if (mustEnrolTwoFactor(viewer)) redirect('/account/security');
  return viewer;
});

/** The same, for the two-factor set-up page, which such an administrator may reach. */
export const getViewerBeforeTwoFactor = cache(async (): Promise<Viewer> => {
  const viewer = await getViewerBeforePasswordChange();
  if (viewer.mustChangePassword) redirect('/account/password');
  return viewer;
});

/**
 * For route handlers: a user held back (a password to change, two-factor sign-in to set up)
 * gets nothing but those pages, so downloads refuse them too.
 */
export function isHeldBack(viewer: Viewer): boolean {
  return viewer.mustChangePassword || mustEnrolTwoFactor(viewer);
}

/** The same, for the shell and the change-password page itself, which such a user may reach. */
export const getViewerBeforePasswordChange = cache(async (): Promise<Viewer> => {
  const viewer = await findViewer();
  if (!viewer) redirect('/login?reason=expired');
  return viewer;
});

/** The same, without redirecting: for route handlers that answer 401 themselves. */
export const findViewer = cache(async (): Promise<Viewer | null> => {
  const session = await requestSession();
  const id = Number(session?.id);
  const version = Number(session?.sessionVersion);
  const sessionId = session?.sessionId;
  if (!Number.isInteger(id) || id <= 0 || !Number.isInteger(version) || !sessionId) return null;
  const viewer = await loadViewer(id, version, sessionId);
  if (!viewer || !session?.viaProvider) return viewer;
  // A sign-in through the provider used no password: there is none to change first.
  return { ...viewer, mustChangePassword: false, providerMfa: session.providerMfa };
});

/**
 * The request's session, opened with the same checks as Auth.js's `auth()` (a token this server
 * sealed, not expired, not idle too long) but without its whole request handling: a page cannot
 * set the renewed cookie anyway, the proxy does (proxy.ts).
 */
export const requestSession = cache(async (): Promise<SessionUser | null> => {
  try {
    const name = sessionCookieName((await headers()).get('x-forwarded-proto'));
    const claims = await openSession(sessionChunks((await cookies()).getAll(), name), name);
    return claims ? sessionUser(claims) : null;
  } catch (error) {
    // A configuration that cannot open any session (no secret, a malformed AUTH_URL): nobody is
    // signed in — a route answers 401, as it did when Auth.js's `auth()` failed the same way.
    logger.error({ err: error }, 'the session could not be read');
    return null;
  }
});

export type { Viewer };
