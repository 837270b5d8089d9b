import 'server-only';
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MailLocale } from '@/lib/domain/mail-preferences';
import type { Executor } from '../index';
import { organizations, users } from '../schema';
import type { Viewer } from './viewer';

const scopeOrg = alias(organizations, 'scope_org');

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
      id: users.id,
      login: users.login,
      name: users.displayName,
      role: users.role,
      mustChangePassword: users.mustChangePassword,
      totpEnabledAt: users.totpEnabledAt,
      email: users.email,
      locale: users.mailLocale,
      digest: users.digest,
      org: {
        id: organizations.id,
        code: organizations.code,
        path: organizations.path,
        nameVi: organizations.nameVi,
        nameEn: organizations.nameEn,
      },
      scope: {
        id: scopeOrg.id,
        code: scopeOrg.code,
        path: scopeOrg.path,
        nameVi: scopeOrg.nameVi,
        nameEn: scopeOrg.nameEn,
      },
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
      twoFactorEnabled: row.totpEnabledAt !== null,
    },
    email: row.email,
    locale: row.locale === 'en' ? 'en' : 'vi',
    digest: row.digest,
  };
}
