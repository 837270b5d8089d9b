import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { MailLocale } from '@/lib/domain/mail-preferences';
import type { Executor } from '../index';
import { organizations, users } from '../schema';
import { scopeOrg, type Viewer, viewerColumns } from './viewer';

/** An active account that mail may go to: its viewer (to check what it may read) and its address. */
export type MailRecipient = {
  viewer: Viewer;
  email: string | null;
  locale: MailLocale;
  digest: string;
};

/**
 * The recipient of a mail read in the caller's transaction: null when the account is inactive.
 * Mail goes only to the confirmed address (`email`), never to one waiting for confirmation.
 */
export async function mailRecipient(tx: Executor, userId: number): Promise<MailRecipient | null> {
  const [row] = await tx
    .select({
      ...viewerColumns,
      email: users.email,
      locale: users.mailLocale,
      digest: users.digest,
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .innerJoin(scopeOrg, eq(scopeOrg.id, users.scopeId))
    .where(and(eq(users.id, userId), eq(users.active, true)));
  if (!row) return null;
  return {
    viewer: {
      id: row.id,
      login: row.login,
      name: row.name,
      role: row.role,
      org: row.org,
      scope: row.scope,
      mustChangePassword: row.mustChangePassword,
      twoFactorEnabled: row.twoFactorEnabled,
    },
    email: row.email,
    locale: row.locale === 'en' ? 'en' : 'vi',
    digest: row.digest,
  };
}
