import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { auth } from '@/auth';
import { loadViewer, type Viewer } from '@/db/queries/viewer';

/**
 * The signed-in user, re-read from the database once per request. No session, a deactivated
 * account or a bumped session version: back to the login page. A user who must change their
 * password (first sign-in, or after an administrator's reset) is sent to do that first.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const viewer = await getViewerBeforePasswordChange();
  if (viewer.mustChangePassword) redirect('/account/password');
  return viewer;
});

/** The same, for the shell and the change-password page itself, which such a user may reach. */
export const getViewerBeforePasswordChange = cache(async (): Promise<Viewer> => {
  const viewer = await findViewer();
  if (!viewer) redirect('/login?reason=expired');
  return viewer;
});

/** The same, without redirecting: for route handlers that answer 401 themselves. */
export const findViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth().catch(() => null);
  const id = Number(session?.user?.id);
  const version = Number(session?.user?.sessionVersion);
  const sessionId = session?.user?.sessionId;
  if (!Number.isInteger(id) || id <= 0 || !Number.isInteger(version) || !sessionId) return null;
  return loadViewer(id, version, sessionId);
});

export type { Viewer };
