import { eq } from 'drizzle-orm';
import { db } from '@/db/index';
import { loadViewer, type Viewer } from '@/db/queries/viewer';
import { users } from '@/db/schema';

/** The viewer of a demo account, read as the application reads it. */
export async function viewerFor(login: string): Promise<Viewer> {
  const [user] = await db
    .select({ id: users.id, sv: users.sessionVersion })
    .from(users)
    .where(eq(users.login, login));
  if (!user) throw new Error(`no user ${login}`);
  const viewer = await loadViewer(user.id, user.sv);
  if (!viewer) throw new Error(`user ${login} is not active`);
  return viewer;
}
