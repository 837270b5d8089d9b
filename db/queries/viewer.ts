import 'server-only';
import { and, eq, notExists, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Role } from '@/lib/domain/roles';
import { db } from '../index';
import { endedSessions, organizations, users } from '../schema';

export type OrgRef = { id: number; code: string; path: string; nameVi: string; nameEn: string | null };

/** The signed-in user as every query sees them: who, in which unit, over which subtree. */
export type Viewer = {
  id: number;
  login: string;
  name: string;
  role: Role;
  org: OrgRef;
  scope: OrgRef;
  mustChangePassword: boolean;
  /** Signs in with a one-time code too (see lib/auth/two-factor-policy.ts for who must). */
  twoFactorEnabled: boolean;
};

const scopeOrg = alias(organizations, 'scope_org');

/**
 * Re-reads the user on every request: a deactivated account, a bumped session version or a
 * session that was signed out is out.
 */
export async function loadViewer(
  userId: number,
  sessionVersion: number,
  sessionId = '',
): Promise<Viewer | null> {
  const [row] = await db
    .select({
      id: users.id,
      login: users.login,
      name: users.displayName,
      role: users.role,
      mustChangePassword: users.mustChangePassword,
      twoFactorEnabled: sql<boolean>`${users.totpEnabledAt} IS NOT NULL`,
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
    .where(
      and(
        eq(users.id, userId),
        eq(users.active, true),
        eq(users.sessionVersion, sessionVersion),
        notExists(db.select().from(endedSessions).where(eq(endedSessions.sid, sessionId))),
      ),
    );
  return row ?? null;
}
